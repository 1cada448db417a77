'use client';

import type { CellRef } from './compute';
import { MATRICES, type Cells, type MatrixName } from './presets';
import type { AttentionLabText } from './text';

/**
 * Three small grids of text inputs, Q, K and V: n rows (tokens) × d_k columns. Every cell is a
 * native input with its own accessible name ("Q row 2 (read) dimension 1"); the cell the error
 * message names is marked invalid.
 */
export function QkvEditor({
  cells,
  n,
  dk,
  tokens,
  bad,
  errorId,
  onChange,
  t,
}: {
  cells: Cells;
  n: number;
  dk: number;
  tokens: readonly string[];
  bad: CellRef | null;
  errorId: string;
  onChange: (matrix: MatrixName, row: number, col: number, text: string) => void;
  t: AttentionLabText;
}) {
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium">{t.editor}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-3">
        {MATRICES.map((m) => (
          <table key={m} className="text-sm">
            <caption className="text-left text-sm font-medium">{t.matrixName[m]}</caption>
            <tbody>
              {Array.from({ length: n }, (_, row) => (
                <tr key={row}>
                  <th
                    scope="row"
                    className="pr-1.5 text-left text-xs font-normal whitespace-nowrap text-muted"
                  >
                    {tokens[row]}
                  </th>
                  {Array.from({ length: dk }, (_, col) => {
                    const invalid = bad?.matrix === m && bad.row === row && bad.col === col;
                    return (
                      <td key={col} className="p-0.5">
                        <input
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          spellCheck={false}
                          value={cells[m][row]?.[col] ?? ''}
                          onChange={(e) => onChange(m, row, col, e.target.value)}
                          aria-label={t.cell(m, row + 1, tokens[row] ?? '', col + 1)}
                          aria-invalid={invalid}
                          aria-describedby={invalid ? errorId : undefined}
                          data-cell={`${m}-${row}-${col}`}
                          className="h-7 w-12 rounded border border-line bg-surface px-1 text-right font-mono text-sm aria-invalid:border-red-600"
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </fieldset>
  );
}
