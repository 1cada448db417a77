'use client';

import { formatFixed } from '@/lib/format';
import type { Cells } from './cells';
import type { RouterView } from './route';
import type { MoeText } from './text';

/**
 * The router logits as a grid of text fields (one row per token), each with its softmax
 * probability under it; the chosen experts' cells are outlined and named in the "chosen" column
 * with their gates, and assignments dropped past capacity are named in the last column.
 * `view` is the last valid routing, so it may describe a table of another size while the learner
 * is mid-edit: rows and columns it lacks show a dash.
 */
export function LogitsTable({
  cells,
  view,
  invalid,
  errorId,
  onCell,
  t,
}: {
  cells: Cells;
  view: RouterView;
  invalid: { token: number; expert: number } | null;
  errorId: string;
  onCell: (token: number, expert: number, text: string) => void;
  t: MoeText;
}) {
  const experts = cells[0]?.length ?? 0;
  return (
    <div className="overflow-x-auto">
      <table className="text-sm">
        <caption className="mb-1 text-left text-muted">{t.tableCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2 text-left font-medium">
              {t.token}
            </th>
            {Array.from({ length: experts }, (_, e) => (
              <th key={e} scope="col" className="px-1 py-1 text-center font-medium">
                {t.expert(e + 1)}
              </th>
            ))}
            <th scope="col" className="py-1 pl-2 text-left font-medium">
              {t.chosen}
            </th>
            <th scope="col" className="py-1 pl-2 text-left font-medium">
              {t.dropped}
            </th>
          </tr>
        </thead>
        <tbody>
          {cells.map((row, token) => {
            const chosen = view.routing.experts[token] ?? [];
            const gates = view.routing.weights[token] ?? [];
            const drops = view.routing.dropped.filter(([tk]) => tk === token).map(([, e]) => e);
            return (
              <tr key={token} className="border-b border-line/60 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {token + 1}
                </th>
                {row.map((text, e) => {
                  const p = view.probs[token]?.[e];
                  const picked = chosen.includes(e);
                  const bad = invalid?.token === token && invalid.expert === e;
                  return (
                    <td key={e} className="px-1 py-1">
                      <input
                        value={text}
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        aria-label={t.cellLabel(token + 1, e + 1)}
                        aria-invalid={bad}
                        aria-describedby={errorId}
                        data-chosen={picked ? '' : undefined}
                        onChange={(ev) => onCell(token, e, ev.target.value)}
                        className="h-8 w-16 rounded-md border border-line bg-surface px-1.5 text-right font-mono tabular-nums aria-invalid:border-red-600 data-chosen:border-2 data-chosen:border-accent"
                      />
                      <span className="block text-center font-mono text-xs text-muted tabular-nums">
                        {p === undefined ? t.none : t.prob(formatFixed(p, 3))}
                      </span>
                    </td>
                  );
                })}
                <td className="py-1 pl-2 font-mono text-xs whitespace-nowrap tabular-nums">
                  {chosen.length === 0
                    ? t.none
                    : chosen.map((e, i) => t.choice(e + 1, formatFixed(gates[i] ?? 0, 3))).join(', ')}
                </td>
                <td className="py-1 pl-2 text-xs whitespace-nowrap">
                  {drops.length === 0 ? t.none : drops.map((e) => t.droppedTo(e + 1)).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
