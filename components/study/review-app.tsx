'use client';

import { Suspense, lazy, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n';
import { questionCards, termCards } from './decks';
import { Flashcards } from './flashcards';
import { dismissRecovered, readAside } from './progress-store';
import { STUDY_TEXT } from './strings';
import type { StudyChapter, StudyQuestion, StudyTerm } from './types';
import { useProgress } from './use-progress';

// Flashcards open first; the other tabs (and the lib/ code behind the exercises) load when chosen.
const Quiz = lazy(() => import('./quiz').then((m) => ({ default: m.Quiz })));
const Exercises = lazy(() => import('./exercises').then((m) => ({ default: m.Exercises })));
const ProgressView = lazy(() => import('./progress-view').then((m) => ({ default: m.ProgressView })));

const TABS = ['cards', 'terms', 'quiz', 'exercises', 'progress'] as const;
type Tab = (typeof TABS)[number];

/** `?chapter=intro` (from a chapter page's "drill these questions" link) preselects a chapter. */
function initialChapter(chapters: StudyChapter[]): string {
  const wanted = new URL(window.location.href).searchParams.get('chapter');
  return chapters.some((c) => c.slug === wanted) ? (wanted ?? '') : '';
}

export function ReviewApp({
  locale,
  questions,
  terms,
  chapters,
}: {
  locale: Locale;
  questions: StudyQuestion[];
  terms: StudyTerm[];
  chapters: StudyChapter[];
}) {
  const t = STUDY_TEXT[locale];
  const { recovered, persistent } = useProgress();
  const ids = { chapter: useId(), tag: useId(), tabs: useId() };
  const [tab, setTab] = useState<Tab>('cards');
  const [chapter, setChapter] = useState(() => initialChapter(chapters));
  const [tag, setTag] = useState('');

  const inChapter = questions.filter((q) => !chapter || q.chapter === chapter);
  const tags = [...new Set(inChapter.flatMap((q) => q.tags))].sort();
  const filtered = inChapter.filter((q) => !tag || q.tags.includes(tag));
  // Terms have no tags: the term deck follows the chapter filter only.
  const termsInChapter = terms.filter((term) => !chapter || term.chapter === chapter);

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${ids.tabs}-${next}`)?.focus();
  }

  function downloadAside(key: string) {
    const raw = readAside(key);
    if (raw === null) return;
    const url = URL.createObjectURL(new Blob([raw], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'llm-fundamentals-progress-corrupted.txt';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="mt-6">
      {recovered && (
        <div
          role="alert"
          className="mb-6 rounded-lg border border-pitfall/50 bg-pitfall-soft p-4"
          data-recovered-notice
        >
          <p className="font-medium">{t.recovered(recovered.error)}</p>
          <div className="mt-2 flex gap-3 text-sm">
            <button type="button" onClick={() => downloadAside(recovered.key)} className="underline">
              {t.downloadAside}
            </button>
            <button type="button" onClick={dismissRecovered} className="underline">
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
      {!persistent && <p className="mb-6 rounded-lg border border-line p-3 text-sm">{t.notPersistent}</p>}

      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={ids.chapter} className="block text-sm font-medium">
            {t.chapter}
          </label>
          <select
            id={ids.chapter}
            value={chapter}
            onChange={(e) => {
              setChapter(e.target.value);
              setTag('');
            }}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
          >
            <option value="">{t.all}</option>
            {chapters.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div hidden={tab === 'terms'}>
          <label htmlFor={ids.tag} className="block text-sm font-medium">
            {t.tag}
          </label>
          <select
            id={ids.tag}
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
          >
            <option value="">{t.all}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div role="tablist" aria-label={t.tablist} className="mt-6 flex gap-1 border-b border-line">
        {TABS.map((name) => (
          <button
            key={name}
            id={`${ids.tabs}-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${ids.tabs}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-2 aria-selected:border-accent aria-selected:text-accent-strong"
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div id={`${ids.tabs}-panel`} role="tabpanel" aria-labelledby={`${ids.tabs}-${tab}`} className="mt-5">
        {tab === 'cards' && (
          <Flashcards key={`cards/${chapter}/${tag}`} cards={questionCards(filtered, t)} t={t} />
        )}
        {tab === 'terms' && (
          <Flashcards key={`terms/${chapter}`} cards={termCards(termsInChapter, t)} t={t} />
        )}
        <Suspense fallback={<p className="text-muted">…</p>}>
          {tab === 'quiz' && <Quiz key={`${chapter}/${tag}`} questions={filtered} t={t} />}
          {tab === 'exercises' && <Exercises locale={locale} />}
          {tab === 'progress' && (
            <ProgressView questions={questions} terms={terms} chapters={chapters} t={t} />
          )}
        </Suspense>
      </div>
    </div>
  );
}
