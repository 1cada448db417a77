'use client';

import { useId } from 'react';
import type { Locale } from '@/lib/i18n';
import { formatFixed } from '@/lib/format';
import { changes, type CcDraft, type CcResult } from './model';
import { PRESETS } from './presets';
import type { CcText } from './text';

const INPUT =
  'h-8 w-16 rounded-md border border-line bg-surface px-1.5 font-mono text-sm tabular-nums aria-invalid:border-red-600';
const SELECT = 'h-8 rounded-md border border-line bg-surface px-1 text-sm';
const HEAD = 'px-1.5 py-1 font-medium';
const NUM = 'px-1.5 py-1 text-right font-mono tabular-nums';
const f4 = (x: number) => formatFixed(x, 4);

/** A prediction with its verdict in words and a mark, so colour is not the only carrier. */
function Prediction({ label, right, t }: { label: string; right: boolean; t: CcText }) {
  return (
    <span data-right={right ? '' : undefined}>
      {label}{' '}
      <span
        className={`text-xs font-semibold ${right ? 'text-accent-strong' : 'text-red-700 dark:text-red-400'}`}
      >
        {right ? t.right : t.wrong}
      </span>
    </span>
  );
}

/**
 * The inputs as an editable table: per row the review, its gold label (a select), the model's label
 * probabilities (fields), the raw prediction, the calibrated probabilities and prediction from lib
 * (the last valid result when the table is invalid), and what calibration changed.
 */
export function CalibrationTable({
  draft,
  result,
  invalid,
  describedBy,
  onEditProb,
  onEditGold,
  locale,
  t,
}: {
  draft: CcDraft;
  result: CcResult;
  /** the cells to mark invalid, as `${row}:${label}` */
  invalid: ReadonlySet<string>;
  describedBy: string;
  onEditProb: (row: number, label: number, text: string) => void;
  onEditGold: (row: number, label: number) => void;
  locale: Locale;
  t: CcText;
}) {
  // Each gold-label select is named by what the reader sees: the column header and its row's input.
  const uid = useId();
  const preset = PRESETS[draft.set];
  const names = preset.labels.map((key) => t.labels[key]);
  // A result for another shape (a link that starts invalid on the three-label set) is not shown.
  const fits =
    result.rows.length === draft.probs.length && result.contentFree.length === preset.labels.length;
  const changed = fits ? changes(result) : [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-sm" data-calibration-table>
        <caption className="mb-1 text-left text-xs text-muted">{t.tableCaption}</caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className={`${HEAD} text-right`}>
              {t.columns.index}
            </th>
            <th scope="col" className={`${HEAD} text-left`}>
              {t.columns.input}
            </th>
            <th id={`${uid}-gold`} scope="col" className={`${HEAD} text-left`}>
              {t.columns.gold}
            </th>
            {names.map((name) => (
              <th key={`p-${name}`} scope="col" className={`${HEAD} text-left`}>
                {t.columns.raw(name)}
              </th>
            ))}
            <th scope="col" className={`${HEAD} text-left`}>
              {t.columns.before}
            </th>
            {names.map((name) => (
              <th key={`q-${name}`} scope="col" className={`${HEAD} text-right`}>
                {t.columns.calibrated(name)}
              </th>
            ))}
            <th scope="col" className={`${HEAD} text-left`}>
              {t.columns.after}
            </th>
            <th scope="col" className={`${HEAD} text-left`}>
              {t.columns.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.probs.map((texts, i) => {
            const row = fits ? result.rows[i] : undefined;
            const gold = result.gold[i];
            const change = changed[i];
            return (
              <tr key={i} className="border-b border-line/60" data-row={i} data-change={change}>
                <td className="px-1.5 py-1 text-right text-muted tabular-nums">{i + 1}</td>
                <th
                  id={`${uid}-row-${i}`}
                  scope="row"
                  className="min-w-[10rem] px-1.5 py-1 text-left font-normal"
                >
                  {preset.rows[i]?.text[locale]}
                </th>
                <td className="px-1.5 py-1">
                  <select
                    aria-labelledby={`${uid}-gold ${uid}-row-${i}`}
                    value={draft.gold[i] ?? 0}
                    onChange={(e) => onEditGold(i, Number(e.target.value))}
                    className={SELECT}
                  >
                    {names.map((name, j) => (
                      <option key={name} value={j}>
                        {name}
                      </option>
                    ))}
                  </select>
                </td>
                {texts.map((text, j) => (
                  <td key={j} className="px-1.5 py-1">
                    <input
                      value={text}
                      aria-label={t.probLabel(i + 1, names[j] ?? '')}
                      aria-invalid={invalid.has(`${i}:${j}`)}
                      aria-describedby={describedBy}
                      inputMode="decimal"
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(e) => onEditProb(i, j, e.target.value)}
                      className={INPUT}
                    />
                  </td>
                ))}
                {row === undefined || gold === undefined ? (
                  <td colSpan={names.length + 3} className="px-1.5 py-1 text-muted">
                    —
                  </td>
                ) : (
                  <>
                    <td className="px-1.5 py-1 whitespace-nowrap" data-before>
                      <Prediction label={names[row.before] ?? ''} right={row.before === gold} t={t} />
                    </td>
                    {row.calibrated.map((q, j) => (
                      <td key={j} className={NUM} data-q={j}>
                        {f4(q)}
                      </td>
                    ))}
                    <td className="px-1.5 py-1 whitespace-nowrap" data-after>
                      <Prediction label={names[row.after] ?? ''} right={row.after === gold} t={t} />
                    </td>
                    <td className="px-1.5 py-1 whitespace-nowrap" data-change-text>
                      {change ? t.changeNames[change] : ''}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
