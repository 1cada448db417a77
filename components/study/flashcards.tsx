'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { recordAnswer } from '@/lib/study/progress';
import { GRADES, gradeCard, newCard, previewIntervals, studyQueue } from '@/lib/study';
import type { GradeName } from '@/lib/study';
import { AnswerView } from './answer-view';
import { updateProgress } from './progress-store';
import type { StudyText } from './strings';
import type { StudyQuestion } from './types';
import { useProgress } from './use-progress';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** FSRS flashcards: due cards first, the answer on demand, Again/Hard/Good/Easy (keys 1–4). */
export function Flashcards({ questions, t }: { questions: StudyQuestion[]; t: StudyText }) {
  const { progress } = useProgress();
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const queue = studyQueue(
    questions.map((q) => q.id),
    progress.cards,
    now,
  );
  const current = questions.find((q) => q.id === queue[0]);
  const seen = questions.filter((q) => progress.cards[q.id]).length;
  const dueCount = queue.length - (questions.length - seen);
  const card = current ? (progress.cards[current.id] ?? newCard(now)) : null;
  const intervals = card ? previewIntervals(card, now) : null;

  // A card answered "Again" comes back a minute later: re-check the clock while the page is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  function grade(name: GradeName) {
    if (!current || !card) return;
    const at = new Date();
    updateProgress((p) =>
      recordAnswer(
        { ...p, cards: { ...p.cards, [current.id]: gradeCard(card, name, at) } },
        current.id,
        name !== 'again',
      ),
    );
    setRevealed(false);
    setNow(at);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (
        !revealed &&
        (event.key === ' ' || event.key === 'Enter') &&
        !(event.target instanceof HTMLButtonElement)
      ) {
        event.preventDefault();
        setRevealed(true);
      }
      const index = ['1', '2', '3', '4'].indexOf(event.key);
      if (revealed && index >= 0) grade(GRADES[index]!);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <div data-study="flashcards">
      <p className="text-sm text-muted" data-due-count>
        {t.dueCount(Math.max(dueCount, 0), queue.length - Math.max(dueCount, 0))}
      </p>
      {!current ? (
        <p className="mt-6 rounded-lg border border-line p-6 text-center text-fg-2">{t.doneForNow}</p>
      ) : (
        <article
          className="mt-4 rounded-xl border border-line p-5"
          aria-live="polite"
          data-card-id={current.id}
        >
          <div className="flex items-start justify-between gap-3">
            <h2
              className="text-lg font-semibold"
              dangerouslySetInnerHTML={{ __html: current.questionHtml }}
            />
            <span className="shrink-0 rounded-full border border-line px-2 py-0.5 text-xs text-muted">
              {t.levels[current.difficulty]}
            </span>
          </div>
          {!revealed ? (
            <button
              type="button"
              onClick={() => setRevealed(true)}
              className="mt-5 rounded-md bg-accent px-4 py-2 font-medium text-surface hover:bg-accent-strong"
            >
              {t.show} <kbd className="ml-1 text-xs">{t.showHint}</kbd>
            </button>
          ) : (
            <>
              <div className="mt-4 border-t border-line pt-4">
                <AnswerView q={current} t={t} />
                <Link href={current.href} className="mt-2 inline-block text-sm text-accent-strong underline">
                  {t.openSection} →
                </Link>
              </div>
              <fieldset className="mt-5">
                <legend className="text-sm font-medium">{t.gradePrompt}</legend>
                <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {GRADES.map((name, i) => (
                    <button
                      key={name}
                      type="button"
                      onClick={() => grade(name)}
                      aria-keyshortcuts={String(i + 1)}
                      className="rounded-md border border-line px-3 py-2 text-left hover:border-accent hover:bg-accent-soft"
                    >
                      <span className="block font-medium">
                        <kbd className="mr-1.5 text-xs text-muted">{i + 1}</kbd>
                        {t.grades[name]}
                      </span>
                      {intervals && <span className="text-xs text-muted">{t.interval(intervals[name])}</span>}
                    </button>
                  ))}
                </div>
              </fieldset>
            </>
          )}
        </article>
      )}
    </div>
  );
}
