'use client';

import { AXES, vectorName, type ClipText } from './text';
import { SIDES, type ClipDraft, type Side } from './presets';

const INPUT =
  'h-8 w-16 rounded-md border border-line bg-surface px-2 font-mono text-sm tabular-nums aria-invalid:border-red-600';

/**
 * The batch as an editable table: one row per pair, the image vector's components then the
 * caption's. Native text inputs (not type="number", so the demo can say what is wrong with a
 * value), each labelled by its vector and axis.
 */
export function VectorsTable({
  draft,
  invalid,
  describedBy,
  onEdit,
  t,
}: {
  draft: ClipDraft;
  /** the fields to mark invalid, as `${side}:${pair}:${dim}` */
  invalid: ReadonlySet<string>;
  describedBy: string;
  onEdit: (side: Side, pair: number, dim: number, text: string) => void;
  t: ClipText;
}) {
  const dim = draft.images[0]?.length ?? 2;
  const axes = AXES.slice(0, dim);
  return (
    <div className="overflow-x-auto">
      <table className="text-sm" data-vectors>
        <caption className="mb-1 text-left text-xs text-muted">{t.vectorsCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t.pairColumn}
            </th>
            {SIDES.map((side) => (
              <th key={side} scope="colgroup" colSpan={dim} className="px-2 py-1 text-left font-medium">
                {t.sides[side]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.images.map((_, pair) => (
            <tr key={pair} className="border-b border-line/60" data-pair={pair}>
              <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                {pair + 1}
              </th>
              {SIDES.map((side) =>
                axes.map((axis, d) => {
                  const name = vectorName(side, pair);
                  return (
                    <td key={`${side}:${d}`} className="px-1 py-1">
                      <input
                        value={draft[side][pair]?.[d] ?? ''}
                        aria-label={t.field(name, axis)}
                        aria-invalid={invalid.has(`${side}:${pair}:${d}`)}
                        aria-describedby={describedBy}
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        onChange={(e) => onEdit(side, pair, d, e.target.value)}
                        className={INPUT}
                      />
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
