import type { TotResult } from '@/lib/prompting/game-of-24';
import type { TotText } from './text';

const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

/**
 * Beam vs greedy: one row per beam width (b = 1 is the greedy chain) on the same puzzle and value
 * rule, with nodes expanded, states valued, solved or not (✓/✗ and a word) and the solution. The
 * row of the b on screen is marked in words and in bold.
 */
export function Comparison({ runs, beam, t }: { runs: readonly TotResult[]; beam: number; t: TotText }) {
  return (
    <div className="mt-5 overflow-x-auto">
      <table data-comparison className="w-full text-sm">
        <caption className="mb-1 text-left font-medium">{t.compareCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            {t.compareColumns.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={`py-1 pr-3 font-medium ${i < 3 ? 'text-right' : 'text-left'}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const shown = r.beam === beam;
            return (
              <tr
                key={r.beam}
                data-beam={r.beam}
                data-shown={shown ? '' : undefined}
                aria-current={shown ? 'true' : undefined}
                className="border-b border-line/60 data-shown:bg-surface-2 data-shown:font-semibold"
              >
                <th scope="row" className={`${CELL} font-normal`}>
                  {t.beamValue(r.beam)}
                  {shown && t.shown}
                </th>
                <td className={CELL}>{r.nodesExpanded}</td>
                <td className={CELL}>{r.statesEvaluated}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{r.solved ? t.yes : t.no}</td>
                <td className="py-1 font-mono whitespace-nowrap">{r.solution ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-muted">{t.costNote}</p>
    </div>
  );
}
