'use client';

import { useLayoutEffect } from 'react';
import { recordAnswer } from '@/lib/study/progress';
import type { StoredCard } from '@/lib/study/progress';
import { GRADES, gradeCard, newCard, previewIntervals } from '@/lib/study/schedule';
import type { GradeName } from '@/lib/study/schedule';
import { updateProgress } from './progress-store';
import type { StudyText } from './strings';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * Again / Hard / Good / Easy (keys 1–4) with the interval each would schedule. Loaded when an
 * answer is revealed: the FSRS scheduler (ts-fsrs) is only needed from that moment.
 */
export function GradeButtons({
  id,
  card,
  t,
  onGraded,
}: {
  id: string;
  card: StoredCard | undefined;
  t: StudyText;
  onGraded: (at: Date) => void;
}) {
  const now = new Date();
  const current = card ?? newCard(now);
  const intervals = previewIntervals(current, now);

  function grade(name: GradeName) {
    const at = new Date();
    updateProgress((p) =>
      recordAnswer({ ...p, cards: { ...p.cards, [id]: gradeCard(current, name, at) } }, id, name !== 'again'),
    );
    onGraded(at);
  }

  // A layout effect: the shortcut listens from the moment the buttons are on screen, so a key
  // pressed right after the reveal is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = ['1', '2', '3', '4'].indexOf(event.key);
      if (index >= 0) grade(GRADES[index]!);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
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
            <span className="text-xs text-muted">{t.interval(intervals[name])}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
