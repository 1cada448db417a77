'use client';

import { SiteLink } from '@/components/ui/site-link';
import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { studyQueue } from '@/lib/study/stats';
import type { StudyText } from './strings';
import type { FlashCard } from './types';
import { useProgress } from './use-progress';

const GradeButtons = lazy(() => import('./grade-buttons').then((m) => ({ default: m.GradeButtons })));

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * FSRS flashcards: due cards first, the answer on demand, Again/Hard/Good/Easy (keys 1–4). The
 * same component drills both decks: interview questions and glossary terms.
 */
export function Flashcards({
  cards,
  t,
  pending = false,
  onEmpty,
  onShow,
}: {
  cards: FlashCard[];
  t: StudyText;
  /** More cards of this deck are still loading: show that instead of "done". */
  pending?: boolean;
  /** Called when no card is left to show (the review page then loads the next bank). */
  onEmpty?: (() => void) | undefined;
  /** Called with a card's id when it comes up (the review page then fetches what its back shows). */
  onShow?: ((id: string) => void) | undefined;
}) {
  const { progress } = useProgress();
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const queue = studyQueue(
    cards.map((c) => c.id),
    progress.cards,
    now,
  );
  const current = cards.find((c) => c.id === queue[0]);
  const fresh = cards.filter((c) => !progress.cards[c.id]).length;
  const due = queue.length - fresh;

  useEffect(() => {
    if (!current && !pending) onEmpty?.();
  }, [current, pending, onEmpty]);

  const currentId = current?.id;
  useEffect(() => {
    if (currentId) onShow?.(currentId);
  }, [currentId, onShow]);

  // A card answered "Again" comes back a minute later: re-check the clock while the page is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // Space/Enter reveals; a layout effect so the shortcut works as soon as the card is visible.
  useLayoutEffect(() => {
    if (revealed) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.target instanceof HTMLButtonElement) return;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        setRevealed(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [revealed]);

  return (
    <div data-study="flashcards">
      <p className="text-sm text-muted" data-due-count>
        {t.dueCount(due, fresh)}
      </p>
      {!current && (pending || onEmpty) ? (
        <p className="mt-6 text-muted" aria-busy="true" data-loading>
          …
        </p>
      ) : !current ? (
        <p className="mt-6 rounded-lg border border-line p-6 text-center text-fg-2">{t.doneForNow}</p>
      ) : (
        <article
          className="mt-4 rounded-xl border border-line p-5"
          aria-live="polite"
          data-card-id={current.id}
        >
          <div className="flex items-start justify-between gap-3">
            <h2 className="text-lg font-semibold">{current.front}</h2>
            <span className="shrink-0 rounded-full border border-line px-2 py-0.5 text-xs text-muted">
              {current.badge}
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
                {current.back}
                <SiteLink
                  href={current.href}
                  className="mt-2 inline-block text-sm text-accent-strong underline"
                >
                  {t.openSection} →
                </SiteLink>
              </div>
              <Suspense fallback={<p className="mt-5 text-sm text-muted">{t.gradePrompt}</p>}>
                <GradeButtons
                  id={current.id}
                  card={progress.cards[current.id]}
                  t={t}
                  onGraded={(at) => {
                    setRevealed(false);
                    setNow(at);
                  }}
                />
              </Suspense>
            </>
          )}
        </article>
      )}
    </div>
  );
}
