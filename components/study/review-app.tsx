'use client';

import { Suspense, lazy, useCallback, useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n';
import { questionCards, termCards } from './decks';
import { Flashcards } from './flashcards';
import { dismissRecovered, readAside } from './progress-store';
import { STUDY_TEXT } from './strings';
import { termIdOfCard } from './types';
import type { StudyChapter } from './types';
import { useProgress } from './use-progress';
import { useReviewData } from './use-review-data';

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

/**
 * Chapters whose stored cards are due come first, so "all chapters" opens on the bank that has
 * work waiting; the rest follow in reading order.
 */
function chapterPriority(chapters: readonly StudyChapter[], dueIds: readonly string[]): string[] {
  const slugs = chapters.map((c) => c.slug);
  const hasDue = (slug: string) => dueIds.some((id) => id.startsWith(`${slug}-`));
  return [...slugs.filter(hasDue), ...slugs.filter((slug) => !hasDue(slug))];
}

/**
 * The review page (an island that renders in the browser: progress lives in this browser only).
 * Banks arrive one static JSON file at a time when a view needs them (useReviewData): a chosen
 * chapter loads its bank; "all chapters" loads the bank with due cards first and the next one when
 * that deck runs dry; the tag filter, quiz and progress views over all chapters load them all. A
 * question's answer and choices are fetched on their own when it comes up.
 */
function Loading() {
  return (
    <p className="text-muted" aria-busy="true" data-loading>
      …
    </p>
  );
}

export function ReviewApp({ locale, chapters }: { locale: Locale; chapters: StudyChapter[] }) {
  const t = STUDY_TEXT[locale];
  const { progress, recovered, persistent } = useProgress();
  const data = useReviewData(locale);
  const ids = { chapter: useId(), tag: useId(), tabs: useId() };
  const [tab, setTab] = useState<Tab>('cards');
  const [chapter, setChapter] = useState(() => initialChapter(chapters));
  const [tag, setTag] = useState('');
  const [now] = useState(() => Date.now());

  const dueIds = Object.entries(progress.cards)
    .filter(([, card]) => new Date(card.due).getTime() <= now)
    .map(([id]) => id);
  const order = chapter ? [chapter] : chapterPriority(chapters, dueIds);
  const loaded = order.filter((slug) => data.banks[slug]);
  const questions = loaded.flatMap((slug) => data.banks[slug] ?? []);
  const nextBank = order.find((slug) => !data.banks[slug]);
  const allLoaded = nextBank === undefined;
  const everyBank = chapters.every((c) => data.banks[c.slug]);
  const { need, needDefinition } = data;
  const showTerm = useCallback((cardId: string) => needDefinition(termIdOfCard(cardId)), [needDefinition]);

  // What the open view needs: one bank for flashcards, every bank in scope for the quiz and the
  // progress view, the glossary deck for terms and progress.
  const firstBank = order[0];
  useEffect(() => {
    if (tab === 'cards' && firstBank) need([firstBank]);
    if (tab === 'quiz') need(order);
    if (tab === 'terms') need([], true);
    if (tab === 'progress')
      need(
        chapters.map((c) => c.slug),
        true,
      );
    // `order` is derived from chapter and the due cards; firstBank and tab capture what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab, chapter, firstBank, need, chapters]);

  const tags = [...new Set(questions.flatMap((q) => q.tags))].sort();
  const filtered = questions.filter((q) => !tag || q.tags.includes(tag));
  // Terms have no tags: the term deck follows the chapter filter only.
  const termsInChapter = (data.terms ?? []).filter((term) => !chapter || term.chapter === chapter);

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
            // The tag list covers every bank in scope: load them when the reader reaches for it.
            onFocus={() => need(order)}
            onPointerDown={() => need(order)}
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
        {data.failed && (
          <p role="alert" className="mb-4 rounded-lg border border-pitfall/50 bg-pitfall-soft p-3 text-sm">
            {t.loadFailed}{' '}
            <button type="button" className="underline" onClick={data.retry}>
              {t.retry}
            </button>
          </p>
        )}
        {tab === 'cards' && (
          <Flashcards
            key={`cards/${chapter}/${tag}`}
            cards={questionCards(filtered, t, data.details, data.detailsFailed)}
            t={t}
            pending={data.loading || (loaded.length === 0 && !data.failed)}
            // This deck has run dry: the next bank in scope is needed now.
            onEmpty={nextBank ? () => need([nextBank]) : undefined}
            onShow={data.needDetails}
          />
        )}
        {tab === 'terms' &&
          (data.terms ? (
            <Flashcards
              key={`terms/${chapter}`}
              cards={termCards(termsInChapter, t, data.definitions, data.definitionFailed)}
              t={t}
              onShow={showTerm}
            />
          ) : (
            <Loading />
          ))}
        <Suspense fallback={<Loading />}>
          {tab === 'quiz' &&
            (allLoaded ? (
              <Quiz
                key={`${chapter}/${tag}`}
                questions={filtered}
                details={data.details}
                detailsFailed={data.detailsFailed}
                onShow={data.needDetails}
                t={t}
              />
            ) : (
              <Loading />
            ))}
          {tab === 'exercises' && <Exercises locale={locale} />}
          {tab === 'progress' &&
            (everyBank && data.terms ? (
              <ProgressView
                questions={chapters.flatMap((c) => data.banks[c.slug] ?? [])}
                terms={data.terms}
                chapters={chapters}
                t={t}
              />
            ) : (
              <Loading />
            ))}
        </Suspense>
      </div>
    </div>
  );
}
