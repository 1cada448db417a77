'use client';

import type { Row } from './group';
import type { GrpoText } from './text';

/** A computed column: its header and the text of row i (or null past the last computed row). */
export interface Column {
  readonly head: string;
  readonly cell: (i: number) => string | null;
}

const CELL = 'px-2 py-1 text-right font-mono whitespace-nowrap tabular-nums';

/**
 * The group as an editable table: one row per answer with its "right" and (optionally) "format"
 * checkboxes and its length, then the columns computed from lib. Every control is native and
 * labelled; a length lib refused is marked aria-invalid and described by the demo's error.
 * Answer 1's "right" checkbox carries `data-keyboard` when asked (the end-to-end keyboard check).
 */
export function GroupTable({
  rows,
  count,
  showFormat,
  columns,
  invalidRows,
  errorId,
  keyboardOnFirst,
  onRow,
  t,
}: {
  rows: readonly Row[];
  /** how many rows to show (the first G) */
  count: number;
  showFormat: boolean;
  columns: readonly Column[];
  invalidRows: readonly number[];
  errorId: string;
  keyboardOnFirst: boolean;
  onRow: (i: number, next: Partial<Row>) => void;
  t: GrpoText;
}) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-sm" data-group>
        <thead>
          <tr className="border-b border-line text-xs">
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t.columns.index}
            </th>
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t.columns.correct}
            </th>
            {showFormat && (
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {t.columns.format}
              </th>
            )}
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t.columns.length}
            </th>
            {columns.map((c) => (
              <th key={c.head} scope="col" className="px-2 py-1 text-right font-medium">
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, count).map((r, i) => (
            <tr key={i} className="border-b border-line/60" data-row={i + 1}>
              <th scope="row" className={`${CELL} font-normal`}>
                {i + 1}
              </th>
              <td className="px-2 py-1">
                <label className="flex min-h-6 items-center gap-1.5">
                  <input
                    type="checkbox"
                    checked={r.correct}
                    onChange={(e) => onRow(i, { correct: e.target.checked })}
                    className="size-4 accent-accent"
                    {...(keyboardOnFirst && i === 0 ? { 'data-keyboard': '' } : {})}
                  />
                  <span className="sr-only">{t.rowLabel(i + 1)}</span>
                  {t.columns.correct}
                </label>
              </td>
              {showFormat && (
                <td className="px-2 py-1">
                  <label className="flex min-h-6 items-center gap-1.5">
                    <input
                      type="checkbox"
                      checked={r.format}
                      onChange={(e) => onRow(i, { format: e.target.checked })}
                      className="size-4 accent-accent"
                    />
                    <span className="sr-only">{t.rowLabel(i + 1)}</span>
                    {t.columns.format}
                  </label>
                </td>
              )}
              <td className="px-2 py-1">
                <label>
                  <span className="sr-only">{t.lengthLabel(i + 1)}</span>
                  <input
                    value={r.length}
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) => onRow(i, { length: e.target.value })}
                    aria-invalid={invalidRows.includes(i)}
                    aria-describedby={errorId}
                    className="h-7 w-20 rounded-md border border-line bg-surface px-2 font-mono tabular-nums aria-invalid:border-red-600"
                  />
                </label>
              </td>
              {columns.map((c) => (
                <td key={c.head} className={CELL}>
                  {c.cell(i) ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
