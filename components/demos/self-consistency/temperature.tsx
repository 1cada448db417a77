'use client';

import { ProbBar } from '@/components/ui/prob-bar';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { answerName, formatTemperature, TEMPERATURES } from './model';
import type { ScText } from './text';

const f3 = (x: number) => formatFixed(x, 3);

/**
 * The temperature control, shown while it is on: the T slider, the note on what the toy does and
 * does not model, and the distribution as typed next to the annealed one the vote uses (both from
 * the caller, which has lib's annealProbs compute the second). The bars are decorative: every
 * probability is printed.
 */
export function TemperaturePanel({
  tIndex,
  temperature,
  typed,
  voting,
  onChange,
  t,
}: {
  tIndex: number;
  /** The temperature as printed. */
  temperature: string;
  typed: readonly number[];
  voting: readonly number[];
  onChange: (index: number) => void;
  t: ScText;
}) {
  return (
    <div className="mt-2" data-temperature>
      <RangeField
        label={t.tSlider}
        steps={TEMPERATURES}
        index={tIndex}
        onIndexChange={onChange}
        format={formatTemperature}
      />
      <p className="mt-1 text-xs text-muted">{t.tNote}</p>
      <table className="mt-2 w-full max-w-md text-sm" data-distribution>
        <caption className="mb-1 text-left text-xs text-muted">{t.distCaption(temperature)}</caption>
        <thead>
          <tr className="border-b border-line">
            {t.distColumns(temperature).map((c) => (
              <th key={c} scope="col" className="px-2 py-1 text-left font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {voting.map((q, i) => (
            <tr key={i} className="border-b border-line/60" data-answer={i}>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {t.answerLabel(answerName(i), i === 0)}
              </th>
              <td className="px-2 py-1 font-mono tabular-nums">
                {f3(typed[i] ?? 0)}
                <ProbBar value={typed[i] ?? 0} />
              </td>
              <td className="px-2 py-1 font-mono tabular-nums" data-annealed-prob>
                {f3(q)}
                <ProbBar value={q} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
