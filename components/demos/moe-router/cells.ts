/**
 * The editable logits table of the moe-router demo: the cells as text, parsed into a matrix for
 * lib/transformer (which checks NaN, +∞, all-−∞ rows and the top-k range), and resized by rows
 * and columns. Pure, so it is tested without React.
 */
import { MAX_EXPERTS, MAX_TOKENS, MIN_EXPERTS } from './presets';

export type Cells = readonly (readonly string[])[];

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const MINUS_INFINITY = /^-(inf|infinity|∞)$/i;

/**
 * One logit as typed: a decimal, or −∞ written `-inf`, `-Infinity` or `−∞` (a masked expert).
 * The Unicode minus counts as "-"; `1e400` passes as Infinity for lib/ to reject by name.
 *
 * @example parseLogit(' −1.5 ') // -1.5
 * @example parseLogit('-inf') // -Infinity
 * @example parseLogit('abc') // null
 */
export function parseLogit(text: string): number | null {
  const clean = text.trim().replace(/\u2212/g, '-');
  if (MINUS_INFINITY.test(clean)) return -Infinity;
  return DECIMAL.test(clean) ? Number(clean) : null;
}

/**
 * The matrix the cells spell, or the first cell that is not a number (row and column from 0).
 *
 * @example parseCells([['1', '0'], ['x', '2']]) // { ok: false, token: 1, expert: 0, text: 'x' }
 */
export function parseCells(
  cells: Cells,
): { ok: true; logits: number[][] } | { ok: false; token: number; expert: number; text: string } {
  const logits: number[][] = [];
  for (let t = 0; t < cells.length; t++) {
    const row: number[] = [];
    const cellRow = cells[t] ?? [];
    for (let e = 0; e < cellRow.length; e++) {
      const text = cellRow[e] ?? '';
      const value = parseLogit(text);
      if (value === null) return { ok: false, token: t, expert: e, text };
      row.push(value);
    }
    logits.push(row);
  }
  return { ok: true, logits };
}

/** A matrix as cell text (−∞ written as `-inf`). */
export function cellsFrom(logits: readonly (readonly number[])[]): string[][] {
  return logits.map((row) => row.map((v) => (v === -Infinity ? '-inf' : String(v))));
}

/** Cells with one cell replaced. */
export function setCell(cells: Cells, token: number, expert: number, text: string): string[][] {
  return cells.map((row, t) => row.map((c, e) => (t === token && e === expert ? text : c)));
}

/** Cells with a token of zeros appended (at most `MAX_TOKENS`) or the last token removed (at least one). */
export function resizeTokens(cells: Cells, delta: 1 | -1): string[][] {
  const width = cells[0]?.length ?? MIN_EXPERTS;
  if (delta > 0) {
    return cells.length >= MAX_TOKENS
      ? cells.map((r) => [...r])
      : [...cells.map((r) => [...r]), Array(width).fill('0')];
  }
  return cells.length <= 1 ? cells.map((r) => [...r]) : cells.slice(0, -1).map((r) => [...r]);
}

/** Cells with an expert of zeros appended or the last expert removed, within `MIN_EXPERTS` … `MAX_EXPERTS`. */
export function resizeExperts(cells: Cells, delta: 1 | -1): string[][] {
  const width = cells[0]?.length ?? MIN_EXPERTS;
  if (delta > 0 ? width >= MAX_EXPERTS : width <= MIN_EXPERTS) return cells.map((r) => [...r]);
  return cells.map((row) => (delta > 0 ? [...row, '0'] : row.slice(0, -1)));
}
