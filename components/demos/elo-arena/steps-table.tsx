import { useId } from 'react';
import { formatFixed } from '@/lib/format';
import type { EloStep } from '@/lib/metrics';
import { fmtRating } from './battles';

/** Every battle in the current order: who played, the result, E_A before it, ratings after it. */
export function StepsTable({
  steps,
  models,
  caption,
  head,
  outcome,
}: {
  steps: readonly EloStep[];
  models: readonly string[];
  caption: string;
  head: { battle: string; result: string };
  outcome: (step: EloStep) => string;
}) {
  const id = useId();
  const cell = 'px-2 py-1 text-right font-mono tabular-nums';
  return (
    // Focusable so that keyboard users can scroll a long list (axe: scrollable-region-focusable).
    <div
      role="region"
      aria-labelledby={id}
      tabIndex={0}
      className="mt-3 max-h-72 overflow-auto rounded-md border border-line"
    >
      <table className="w-full text-sm">
        <caption id={id} className="p-2 text-left text-muted">
          {caption}
        </caption>
        <thead className="sticky top-0 bg-surface">
          <tr className="border-b border-line text-left">
            <th scope="col" className="px-2 py-1 font-medium">
              #
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {head.battle}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {head.result}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              E_A
            </th>
            {models.map((m) => (
              <th key={m} scope="col" className="px-2 py-1 text-right font-medium">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr key={i} className="border-b border-line/60">
              <th scope="row" className="px-2 py-1 text-left font-mono font-normal tabular-nums">
                {i + 1}
              </th>
              <td className="px-2 py-1 whitespace-nowrap">
                {step.battle[0]} – {step.battle[1]}
              </td>
              <td className="px-2 py-1 whitespace-nowrap">{outcome(step)}</td>
              <td className={cell}>{formatFixed(step.expectedA, 2)}</td>
              {models.map((m) => (
                <td key={m} className={cell}>
                  {fmtRating(step.ratings[m])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
