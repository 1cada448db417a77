import { classes } from './classes';

/** The numbers behind a chart: the first column heads each row. */
export interface ChartTableData {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /**
   * With a summary the table is visible, folded in a `<details>`; without one it is visually
   * hidden and read only by screen readers (the chart's text alternative in full).
   */
  summary?: string;
}

const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

/** A chart's data as a real table: `<caption>`, column headers and row headers with `scope`. */
export function ChartTable({ caption, columns, rows, summary }: ChartTableData) {
  const table = (
    <table className={classes('text-sm', summary ? 'mt-2 w-full' : 'sr-only')}>
      <caption className="mb-1 text-left text-muted">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {columns.map((c) => (
            <th key={c} scope="col" className="py-1 pr-3 text-right font-medium">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells], i) => (
          <tr key={i} className="border-b border-line/60">
            <th scope="row" className={classes(CELL, 'font-normal')}>
              {head}
            </th>
            {cells.map((cell, j) => (
              <td key={j} className={CELL}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!summary) return table;
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {table}
    </details>
  );
}
