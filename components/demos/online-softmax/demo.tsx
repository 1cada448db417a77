'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { softmax } from '@/lib/decoding';
import { formatFixed, formatScientific } from '@/lib/format';
import { onlineSoftmax } from '@/lib/transformer';
import { DEFAULT_SCORES, parseScores } from './scores';
import { TEXT } from './text';
import { TrafficCalculator } from './traffic';

const f4 = (v: number) => formatFixed(v, 4);

/**
 * FlashAttention's normaliser trick, stepped: one row of scores read in blocks, the running max m
 * and sum ℓ after each (from `onlineSoftmax`), ending equal to the plain softmax; below it, the
 * HBM traffic of standard vs tiled attention. Bad scores keep the last valid row on screen.
 */
export function OnlineSoftmaxDemo() {
  const t = TEXT[useLocale()];
  const ids = { scores: useId(), error: useId() };
  const [text, setText] = useState(DEFAULT_SCORES);
  const parsed = useMemo(() => parseScores(text), [text]);
  const [good, setGood] = useState<number[]>(() => {
    const first = parseScores(DEFAULT_SCORES);
    return first.ok ? first.scores : [0];
  });
  if (parsed.ok && parsed.scores.join() !== good.join()) setGood(parsed.scores);
  const scores = parsed.ok ? parsed.scores : good;

  const sizes = useMemo(() => Array.from({ length: scores.length }, (_, i) => i + 1), [scores.length]);
  const [sizeWanted, setSizeWanted] = useState(3);
  const blockSize = Math.min(sizeWanted, scores.length);
  const result = useMemo(() => onlineSoftmax(scores, blockSize), [scores, blockSize]);
  const plain = useMemo(() => softmax(scores), [scores]);
  const total = result.steps.length;
  const steps = useMemo(() => Array.from({ length: total }, (_, i) => i + 1), [total]);
  const [stepWanted, setStepWanted] = useState(1);
  const step = Math.min(stepWanted, total);
  const state = result.steps[step - 1]!;
  const before = step > 1 ? result.steps[step - 2]! : null;
  const block = scores.slice((step - 1) * blockSize, step * blockSize);
  const num = (v: number) => (v === -Infinity ? '−∞' : f4(v));

  let note: string;
  if (block.every((s) => s === -Infinity)) note = t.maskedBlock;
  else if (before === null || before.max === -Infinity) note = t.first;
  else if (state.max > before.max) note = t.rescaled(f4(Math.exp(before.max - state.max)));
  else note = t.kept;
  const maxDiff = Math.max(...result.probs.map((p, i) => Math.abs(p - plain[i]!)));

  return (
    <DemoFrame id="online-softmax" title={t.title} hint={t.hint}>
      <label htmlFor={ids.scores} className="block text-sm font-medium">
        {t.scores}
      </label>
      <input
        id={ids.scores}
        type="text"
        value={text}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={!parsed.ok}
        aria-describedby={ids.error}
        className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
      />
      <InputError id={ids.error} message={parsed.ok ? null : t.error(parsed.error)} />

      <div className="mt-2 grid gap-1">
        <RangeField
          label={t.block}
          steps={sizes}
          index={blockSize - 1}
          onIndexChange={(i) => {
            setSizeWanted(i + 1);
            setStepWanted(1);
          }}
          format={String}
        />
        <RangeField
          label={t.step}
          steps={steps}
          index={step - 1}
          onIndexChange={(i) => setStepWanted(i + 1)}
          format={(s) => `${s}/${total}`}
        />
      </div>
      <div className="mt-2 flex gap-2 text-sm">
        <button
          type="button"
          onClick={() => setStepWanted(Math.max(1, step - 1))}
          disabled={step <= 1}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 hover:bg-surface-2 disabled:opacity-50"
        >
          {t.prev}
        </button>
        <button
          type="button"
          onClick={() => setStepWanted(Math.min(total, step + 1))}
          disabled={step >= total}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 hover:bg-surface-2 disabled:opacity-50"
        >
          {t.next}
        </button>
      </div>

      <ol className="mt-3 flex flex-wrap gap-1 font-mono text-xs" aria-label={t.scores}>
        {scores.map((s, i) => {
          const b = Math.floor(i / blockSize) + 1;
          const status = b < step ? 'read' : b === step ? 'current' : 'unread';
          return (
            <li
              key={i}
              data-status={status}
              className="rounded border border-line px-1.5 py-1 data-[status=current]:border-2 data-[status=current]:border-accent data-[status=read]:bg-surface-2 data-[status=unread]:text-muted"
            >
              {num(s)}
              <span className="sr-only">
                {status === 'read' ? ` (${t.cellRead})` : status === 'current' ? ` (${t.cellCurrent})` : ''}
              </span>
            </li>
          );
        })}
      </ol>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(step, total, num(state.max), f4(state.sum))}
      </output>
      <p className="mt-2 text-sm">{note}</p>
      {step === total && (
        <p className="mt-1 text-sm" data-done>
          {t.done(maxDiff === 0 ? '0' : formatScientific(maxDiff, 2))}
        </p>
      )}

      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="text-left text-xs text-muted">{t.stepsCaption}</caption>
          <thead>
            <tr>
              {t.stepsColumns.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.steps.slice(0, step).map((s, i) => (
              <tr key={i} className="border-t border-line">
                <td className="px-2 py-1">{i + 1}</td>
                <td className="px-2 py-1 font-mono text-xs">
                  {scores
                    .slice(i * blockSize, (i + 1) * blockSize)
                    .map(num)
                    .join(', ')}
                </td>
                <td className="px-2 py-1 font-mono">{num(s.max)}</td>
                <td className="px-2 py-1 font-mono">{f4(s.sum)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {step === total && (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm tabular-nums">
            <caption className="text-left text-xs text-muted">{t.probsCaption}</caption>
            <thead>
              <tr>
                {t.probsColumns.map((c) => (
                  <th key={c} scope="col" className="px-2 py-1 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scores.map((s, i) => (
                <tr key={i} className="border-t border-line">
                  <td className="px-2 py-1">{i + 1}</td>
                  <td className="px-2 py-1 font-mono">{num(s)}</td>
                  <td className="px-2 py-1 font-mono">{f4(result.probs[i]!)}</td>
                  <td className="px-2 py-1 font-mono">{f4(plain[i]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <TrafficCalculator t={t} />
    </DemoFrame>
  );
}
