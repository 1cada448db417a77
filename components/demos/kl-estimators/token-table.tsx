'use client';

import { formatValue, type KlView } from './compute';
import { SIDES, type KlDraft, type Side } from './presets';
import { tokenName, type KlText } from './text';

const INPUT =
  'h-8 w-20 rounded-md border border-line bg-surface px-2 font-mono text-sm tabular-nums aria-invalid:border-red-600';
const CELL = 'px-2 py-1 text-right font-mono tabular-nums';

/** A marker for a negative k1: text and an arrow, so colour is not the only carrier. */
function Negative({ t }: { t: KlText }) {
  return (
    <span className="ml-1.5 rounded border border-red-600 px-1 text-xs font-semibold text-red-700 dark:border-red-400 dark:text-red-400">
      {t.negative}
    </span>
  );
}

/**
 * The two distributions as an editable table, one row per token, with r, k1, k2 and k3 at that
 * token from lib (the last valid view when the form is invalid and has the same tokens), the exact
 * expectations and the true KL under it. A negative k1 is marked in words; k1's and k3's columns
 * carry who uses them.
 */
export function TokenTable({
  draft,
  view,
  invalid,
  describedBy,
  onEdit,
  t,
}: {
  draft: KlDraft;
  view: KlView;
  /** the cells to mark invalid, as `${side}:${index}` */
  invalid: ReadonlySet<string>;
  describedBy: string;
  onEdit: (side: Side, index: number, text: string) => void;
  t: KlText;
}) {
  const matches = view.tokens.length === draft.policy.length;
  const usage = (key: 'k1' | 'k3', short: string) => (
    <span className="mt-0.5 block text-xs font-normal text-accent-strong" title={t.usedBy[key]}>
      ★ {short}
    </span>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm" data-tokens>
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t.columns.token}
            </th>
            {SIDES.map((side) => (
              <th key={side} scope="col" className="px-2 py-1 text-left font-medium">
                {t.field(t.sides[side], 'x')}
              </th>
            ))}
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t.columns.ratio}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t.columns.k1}
              {usage('k1', 'PPO-RLHF')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t.columns.k2}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t.columns.k3}
              {usage('k3', 'GRPO')}
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.policy.map((_, i) => {
            const token = matches ? view.tokens[i] : undefined;
            const negative =
              token !== undefined && token !== null && token.k1 < 0 && formatValue(token.k1) !== '0.0000';
            return (
              <tr
                key={i}
                className="border-b border-line/60"
                data-token={i}
                data-negative-k1={negative ? '' : undefined}
              >
                <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                  {tokenName(i)}
                </th>
                {SIDES.map((side) => (
                  <td key={side} className="px-2 py-1">
                    <input
                      value={draft[side][i] ?? ''}
                      aria-label={t.field(t.sides[side], tokenName(i))}
                      aria-invalid={invalid.has(`${side}:${i}`)}
                      aria-describedby={describedBy}
                      inputMode="decimal"
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(e) => onEdit(side, i, e.target.value)}
                      className={INPUT}
                    />
                  </td>
                ))}
                {token === undefined ? (
                  <td colSpan={4} className="px-2 py-1 text-right text-muted">
                    —
                  </td>
                ) : token === null ? (
                  <td colSpan={4} className="px-2 py-1 text-right text-xs text-muted" data-never>
                    {t.neverSampled}
                  </td>
                ) : (
                  <>
                    <td className={CELL}>{formatValue(token.ratio)}</td>
                    <td className={CELL} data-k1>
                      {formatValue(token.k1)}
                      {negative && <Negative t={t} />}
                    </td>
                    <td className={CELL}>{formatValue(token.k2)}</td>
                    <td className={CELL} data-k3>
                      {formatValue(token.k3)}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-b border-line/60" data-expectations>
            <th scope="row" colSpan={4} className="px-2 py-1 text-left font-medium">
              {t.expectationRow}
            </th>
            <td className={CELL}>{formatValue(view.expectations.k1)}</td>
            <td className={CELL}>{formatValue(view.expectations.k2)}</td>
            <td className={CELL}>{formatValue(view.expectations.k3)}</td>
          </tr>
          <tr data-kl>
            <th scope="row" colSpan={4} className="px-2 py-1 text-left font-medium">
              {t.klRow}
            </th>
            <td colSpan={3} className={CELL}>
              {formatValue(view.kl)}
            </td>
          </tr>
        </tfoot>
      </table>
      <ul className="mt-2 space-y-0.5 text-xs text-muted">
        <li>★ k1 — {t.usedBy.k1}</li>
        <li>★ k3 — {t.usedBy.k3}</li>
      </ul>
    </div>
  );
}
