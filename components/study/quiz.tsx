'use client';

import { useEffect, useId, useState } from 'react';
import { recordAnswer } from '@/lib/study/progress';
import { updateProgress } from './progress-store';
import type { StudyText } from './strings';
import type { StudyDetails, StudyQuestion } from './types';
import { useProgress } from './use-progress';

/**
 * Multiple-choice quiz over the questions that have `choices`: weakest questions first (most
 * wrong answers), every choice explained once the answer is checked. The choices answer the
 * `choicePrompt`, shown above them under the question; a "select all" quiz (more than one correct
 * choice) shows checkboxes, and its answer is right only when the picked set equals the correct set.
 * A question's choices come in its details file (`choicePromptHtml` is the bank's `choicePrompt`):
 * the one on show and the next are asked for with `onShow`.
 */
export function Quiz({
  questions,
  details,
  detailsFailed,
  onShow,
  t,
}: {
  questions: StudyQuestion[];
  details: Readonly<Record<string, StudyDetails>>;
  detailsFailed: (id: string) => boolean;
  onShow: (id: string) => void;
  t: StudyText;
}) {
  const { progress } = useProgress();
  const name = useId();
  const pool = questions.filter((q) => q.hasChoices);
  // The order is fixed when the quiz opens (answering must not reshuffle the remaining questions):
  // most often wrong first.
  const [order] = useState(() => {
    const score = (id: string) => (progress.answers[id]?.wrong ?? 0) - (progress.answers[id]?.right ?? 0);
    return [...pool].sort((a, b) => score(b.id) - score(a.id)).map((q) => q.id);
  });
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);

  const ids = order.filter((id) => pool.some((q) => q.id === id));
  const at = (i: number) => ids[i % Math.max(ids.length, 1)];
  const current = pool.find((q) => q.id === at(index));
  // The question on show and the next one, so "Next" rarely waits for the network.
  const [shown, upNext] = [at(index), at(index + 1)];
  useEffect(() => {
    for (const id of [shown, upNext]) if (id) onShow(id);
  }, [shown, upNext, onShow]);

  if (!current) return <p className="mt-6 text-fg-2">{t.quizNone}</p>;
  const choices = details[current.id]?.choices;
  if (!choices)
    return detailsFailed(current.id) ? (
      <p className="mt-2 text-fg-2" data-load-failed>
        {t.quizFailed}
      </p>
    ) : (
      <p className="mt-2 text-muted" aria-busy="true" data-loading>
        …
      </p>
    );
  const promptHtml = details[current.id]?.choicePromptHtml ?? null;
  // More than one correct choice exactly when the prompt says "select all" (the content lint's rule).
  const multiple = choices.filter((c) => c.correct).length > 1;
  const right = picked.length > 0 && choices.every((choice, i) => choice.correct === picked.includes(i));
  const toggle = (i: number) =>
    setPicked((p) => (!multiple ? [i] : p.includes(i) ? p.filter((j) => j !== i) : [...p, i]));

  return (
    <form
      data-study="quiz"
      className="mt-2 rounded-xl border border-line p-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (checked) {
          setIndex((i) => i + 1);
          setPicked([]);
          setChecked(false);
        } else if (picked.length > 0) {
          setChecked(true);
          updateProgress((p) => recordAnswer(p, current.id, right));
        }
      }}
    >
      {promptHtml !== null && (
        <p className="mb-2 text-sm text-fg-2" dangerouslySetInnerHTML={{ __html: current.questionHtml }} />
      )}
      <fieldset>
        <legend className="text-lg font-semibold">
          <span dangerouslySetInnerHTML={{ __html: promptHtml ?? current.questionHtml }} />
          <span className="sr-only"> — {t.choiceLegend}</span>
        </legend>
        <ul className="mt-4 space-y-2">
          {choices.map((choice, i) => (
            <li key={i}>
              <label
                data-result={
                  checked
                    ? choice.correct
                      ? 'correct'
                      : picked.includes(i)
                        ? 'wrong'
                        : undefined
                    : undefined
                }
                className="flex cursor-pointer gap-3 rounded-lg border border-line p-3 has-checked:border-accent data-[result=correct]:border-emerald-600 data-[result=correct]:bg-emerald-50 data-[result=wrong]:border-red-600 data-[result=wrong]:bg-red-50 dark:data-[result=correct]:bg-emerald-950 dark:data-[result=wrong]:bg-red-950"
              >
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  checked={picked.includes(i)}
                  disabled={checked}
                  onChange={() => toggle(i)}
                  className="mt-1 accent-accent"
                />
                <span className="flex-1">
                  <span className="block [&_p]:inline" dangerouslySetInnerHTML={{ __html: choice.html }} />
                  {checked && (
                    <span
                      className="mt-1 block text-sm text-fg-2 [&_p]:inline"
                      dangerouslySetInnerHTML={{ __html: choice.explanationHtml }}
                    />
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p role="status" className="mt-3 min-h-6 font-medium">
        {checked && (right ? `✓ ${t.correct}` : `✗ ${t.incorrect}`)}
      </p>
      <button
        type="submit"
        disabled={!checked && picked.length === 0}
        className="mt-2 rounded-md bg-accent px-4 py-2 font-medium text-surface hover:bg-accent-strong disabled:opacity-50"
      >
        {checked ? t.next : t.check}
      </button>
    </form>
  );
}
