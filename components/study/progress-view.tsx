'use client';

import { useRef, useState } from 'react';
import { accuracyByGroup, dueToday } from '@/lib/study/stats';
import { importProgress } from './progress-store';
import type { StudyText } from './strings';
import { termCardId } from './types';
import type { StudyChapter, StudyQuestion, StudyTerm } from './types';
import { useProgress } from './use-progress';
import { EXERCISE_KINDS } from './exercise-kinds';

/**
 * Chapters read, cards due today (both decks), accuracy per chapter and tag (weakest first; term
 * cards count under their chapter and the tag `glossary`), backup.
 */
export function ProgressView({
  questions,
  terms,
  chapters,
  t,
}: {
  questions: StudyQuestion[];
  terms: StudyTerm[];
  chapters: StudyChapter[];
  t: StudyText;
}) {
  const { progress } = useProgress();
  const [now] = useState(() => new Date());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const chapterTitle = (slug: string) => chapters.find((c) => c.slug === slug)?.title ?? slug;

  const due = dueToday(
    questions.map((q) => q.id),
    progress.cards,
    now,
  );
  const termsDue = dueToday(
    terms.map((term) => termCardId(term.id)),
    progress.cards,
    now,
  );
  const items = [
    ...questions.map((q) => ({ key: q.id, chapter: q.chapter, tags: q.tags })),
    ...terms.map((term) => ({ key: termCardId(term.id), chapter: term.chapter, tags: ['glossary'] })),
    ...EXERCISE_KINDS.map((e) => ({ key: `exercise:${e.kind}`, chapter: e.chapter, tags: e.tags })),
  ];
  const byChapter = accuracyByGroup(
    items.map((i) => ({ key: i.key, groups: [i.chapter] })),
    progress.answers,
  );
  const byTag = accuracyByGroup(
    items.map((i) => ({ key: i.key, groups: i.tags })),
    progress.answers,
  );

  function exportFile() {
    const blob = new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `llm-fundamentals-progress-${now.toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  async function importFile(file: File) {
    const result = importProgress(await file.text());
    setMessage(
      result.ok ? { ok: true, text: t.imported } : { ok: false, text: t.importFailed(result.error) },
    );
  }

  return (
    <div data-study="progress" className="space-y-8">
      <section>
        <h2 className="text-xl font-semibold">{t.chaptersRead}</h2>
        <ul className="mt-3 space-y-2">
          {chapters.map((c) => {
            const read = c.pages.filter((p) => progress.read[p.key]).length;
            return (
              <li key={c.slug}>
                <div className="flex justify-between text-sm">
                  <span className="font-medium">{c.title}</span>
                  <span className="text-muted tabular-nums">{t.pagesRead(read, c.pages.length)}</span>
                </div>
                <progress
                  value={read}
                  max={c.pages.length}
                  aria-label={c.title}
                  className="mt-1 h-2 w-full accent-accent"
                />
              </li>
            );
          })}
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-semibold">{t.dueToday}</h2>
        <p className="mt-2 text-fg-2" data-due-today>
          {t.dueTodayValue(due.due, due.fresh)}
        </p>
        <h3 className="mt-3 text-sm font-medium">{t.termsDue}</h3>
        <p className="mt-1 text-fg-2" data-terms-due-today>
          {t.dueTodayValue(termsDue.due, termsDue.fresh)}
        </p>
      </section>
      <AccuracyTable title={t.accuracyByChapter} rows={byChapter} label={chapterTitle} t={t} />
      <AccuracyTable title={t.accuracyByTag} rows={byTag} label={(tag) => tag} t={t} />
      <section>
        <h2 className="text-xl font-semibold">{t.backup}</h2>
        <p className="mt-1 text-sm text-muted">{t.backupHint}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={exportFile}
            className="rounded-md border border-line px-3 py-2 hover:bg-surface-2"
          >
            {t.export}
          </button>
          <label className="cursor-pointer rounded-md border border-line px-3 py-2 hover:bg-surface-2 has-focus-visible:outline-2 has-focus-visible:outline-accent">
            {t.import}
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void importFile(file);
                event.target.value = '';
              }}
            />
          </label>
        </div>
        <p
          role="status"
          className={`mt-2 min-h-5 text-sm ${message?.ok === false ? 'text-red-700 dark:text-red-400' : 'text-fg-2'}`}
        >
          {message?.text}
        </p>
      </section>
    </div>
  );
}

function AccuracyTable({
  title,
  rows,
  label,
  t,
}: {
  title: string;
  rows: ReturnType<typeof accuracyByGroup>;
  label: (group: string) => string;
  t: StudyText;
}) {
  return (
    <section>
      <h2 className="text-xl font-semibold">{title}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{t.noAnswers}</p>
      ) : (
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.group} className="border-b border-line">
                <th scope="row" className="py-1.5 text-left font-medium">
                  {label(row.group)}
                </th>
                <td className="py-1.5 text-right tabular-nums">
                  {t.accuracy(row.right, row.right + row.wrong)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
