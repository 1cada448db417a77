import type { ReactNode } from 'react';

/**
 * A small numeric matrix as a real table: a caption, one header per column, one row header per
 * token. The numbers are already formatted (−∞ as a symbol, never "-Infinity").
 */
export function MatrixTable({
  caption,
  corner,
  columns,
  rows,
  cells,
  muted,
  selectedRow,
}: {
  caption: ReactNode;
  corner: string;
  columns: readonly string[];
  rows: readonly string[];
  cells: readonly (readonly string[])[];
  /** cells printed faint (masked entries) */
  muted?: readonly (readonly boolean[])[];
  /** the row of the query the readout shows */
  selectedRow?: number;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="text-sm tabular-nums [&_td]:px-1.5 [&_td]:py-0.5 [&_td]:text-right [&_td]:font-mono [&_th]:px-1.5 [&_th]:py-0.5">
        <caption className="mb-1 text-left text-sm font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-xs text-muted">
            <th scope="col" className="text-left font-normal">
              {corner}
            </th>
            {columns.map((c, j) => (
              <th key={j} scope="col" className="text-right font-normal">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, i) => (
            <tr
              key={i}
              data-selected={i === selectedRow ? '' : undefined}
              className="border-b border-line/60 data-selected:bg-accent-soft"
            >
              <th scope="row" className="text-left text-xs font-normal whitespace-nowrap">
                {rows[i]}
              </th>
              {row.map((cell, j) => (
                <td key={j} className={muted?.[i]?.[j] ? 'text-muted' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
