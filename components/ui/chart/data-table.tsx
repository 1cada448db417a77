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

/**
 * A chart's data as a real table: `<caption>`, column headers and row headers with `scope`. The
 * cells' styles live on the table (`.chart-table` in app/globals.css), not on each cell: a chart's
 * table can hold hundreds of cells, which every page parses even while the table is folded.
 */
export function ChartTable({ caption, columns, rows, summary }: ChartTableData) {
  const table = (
    <table className={classes('chart-table text-sm', summary ? 'mt-2 w-full' : 'sr-only')}>
      <caption className="mb-1 text-left text-muted">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells], i) => (
          <tr key={i}>
            <th scope="row">{head}</th>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
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
