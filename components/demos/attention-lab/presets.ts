/**
 * The attention lab's starting example: up to six tokens with 4-wide query, key and value rows.
 * The demo shows the first n rows and the first d_k columns. The numbers are made up (a real
 * model's q, k, v come from learned projections) and chosen so the softmax weights of a row are
 * visibly different from each other, not nearly uniform.
 */

export const MAX_TOKENS = 6;
export const MIN_TOKENS = 4;
export const MAX_DK = 4;

/** |x| of a typed cell: large enough to saturate a softmax, small enough never to overflow. */
export const MAX_CELL = 100;

/** Rows are tokens, columns the d_k = 4 dimensions. */
export const DEFAULT_Q: readonly (readonly number[])[] = [
  [1, 0, 1, 0],
  [0, 2, 0, 1],
  [2, 1, 0, -1],
  [1, -1, 1, 1],
  [-1, 2, 1, 0],
  [2, 0, -1, 1],
];

export const DEFAULT_K: readonly (readonly number[])[] = [
  [1, 1, 0, 0],
  [0, 1, 1, 0],
  [2, 0, 0, 1],
  [-1, 1, 1, 1],
  [1, -1, 0, 2],
  [0, 2, -1, 0],
];

export const DEFAULT_V: readonly (readonly number[])[] = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [1, 1, 0, 1],
  [0, 1, 1, 0],
  [1, 0, 1, 1],
];

export const MATRICES = ['q', 'k', 'v'] as const;
export type MatrixName = (typeof MATRICES)[number];

/** The editable cells as text, all six rows and four columns, whatever part is shown. */
export type Cells = Record<MatrixName, string[][]>;

/** The defaults as text cells. */
export function defaultCells(): Cells {
  const text = (m: readonly (readonly number[])[]) => m.map((row) => row.map(String));
  return { q: text(DEFAULT_Q), k: text(DEFAULT_K), v: text(DEFAULT_V) };
}
