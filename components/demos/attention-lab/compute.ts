/**
 * The attention lab's pipeline, every number from `lib/transformer`: read the typed cells, build
 * the mask, rotate q and k (RoPE) or build the bias (ALiBi), then scaled dot-product attention.
 * Pure and free of React so it is tested on its own; the component calls `runLab` in a useMemo.
 */
import { alibiBias, alibiSlopes } from '@/lib/transformer/alibi';
import { attentionMask, type AttentionMaskKind } from '@/lib/transformer/attention-mask';
import { scaledDotProductAttention } from '@/lib/transformer/attention';
import { applyRope } from '@/lib/transformer/rope';
import { parseDecimalField, parseIntegerField, type FieldError } from './parse';
import { MATRICES, MAX_CELL, type Cells, type MatrixName } from './presets';

export const MASKS = ['full', 'causal', 'prefix', 'sliding'] as const satisfies readonly AttentionMaskKind[];
export const POSITIONS = ['none', 'alibi', 'rope'] as const;
export type PositionKind = (typeof POSITIONS)[number];

/** Largest ALiBi head count the field accepts (the position lab's range too). */
export const MAX_HEADS = 64;

export interface LabSettings {
  /** tokens shown, 4 … 6 */
  n: number;
  /** width of q and k (and v) rows shown, 1 … 4 */
  dk: number;
  mask: AttentionMaskKind;
  prefixLength: number;
  window: number;
  position: PositionKind;
  /** the ALiBi head-count field as typed */
  headsText: string;
  /** the ALiBi head whose slope is used, from 1 (clamped to the head count) */
  head: number;
}

export interface CellRef {
  matrix: MatrixName;
  row: number;
  col: number;
}

export type LabError =
  | { kind: 'cell'; cell: CellRef; error: FieldError }
  | { kind: 'heads'; error: FieldError }
  | { kind: 'headsRange'; value: number; detail: string }
  | { kind: 'ropeOdd'; dk: number; detail: string }
  | { kind: 'lib'; detail: string };

export interface LabView {
  n: number;
  dk: number;
  q: number[][];
  k: number[][];
  v: number[][];
  /** q and k after RoPE (row i rotated by position i), or null without RoPE */
  qRot: number[][] | null;
  kRot: number[][] | null;
  /** allowed[i][j]: query i may attend to key j */
  allowed: boolean[][];
  heads: number | null;
  slopes: number[] | null;
  head: number | null;
  slope: number | null;
  /** the ALiBi bias of the chosen head, or null */
  bias: number[][] | null;
  /** q·kᵀ/√d_k, before bias and mask */
  scores: number[][];
  /** with the bias added and masked entries −Infinity */
  masked: number[][];
  weights: number[][];
  output: number[][];
}

export type LabAttempt = { ok: true; view: LabView } | { ok: false; error: LabError };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The n × d_k (q, k) and n × d_k (v) numbers of the typed cells, or the first bad cell in
 * reading order (q, then k, then v; row by row).
 */
export function readCells(
  cells: Cells,
  n: number,
  dk: number,
): { ok: true; value: Record<MatrixName, number[][]> } | { ok: false; error: LabError } {
  const value = { q: [], k: [], v: [] } as Record<MatrixName, number[][]>;
  for (const matrix of MATRICES) {
    for (let row = 0; row < n; row++) {
      const out: number[] = [];
      for (let col = 0; col < dk; col++) {
        const parsed = parseDecimalField(cells[matrix][row]?.[col] ?? '', MAX_CELL);
        if (!parsed.ok)
          return { ok: false, error: { kind: 'cell', cell: { matrix, row, col }, error: parsed.error } };
        out.push(parsed.value);
      }
      value[matrix].push(out);
    }
  }
  return { ok: true, value };
}

/**
 * Runs the lab: mask (`attentionMask`), RoPE (`applyRope`, base 10000, half layout, row i at
 * position i) or ALiBi (`alibiSlopes`, `alibiBias`), then `scaledDotProductAttention` twice —
 * once bare for the raw scores q·kᵀ/√d_k, once with the bias and the mask. Any error (a bad cell,
 * a head count lib refuses, an odd d_k under RoPE) is returned, never thrown.
 */
export function runLab(cells: Cells, s: LabSettings): LabAttempt {
  const read = readCells(cells, s.n, s.dk);
  if (!read.ok) return read;
  const { q, k, v } = read.value;

  let heads: number | null = null;
  let slopes: number[] | null = null;
  if (s.position === 'alibi') {
    const parsed = parseIntegerField(s.headsText, MAX_HEADS);
    if (!parsed.ok) return { ok: false, error: { kind: 'heads', error: parsed.error } };
    try {
      slopes = alibiSlopes(parsed.value);
      heads = parsed.value;
    } catch (e) {
      return { ok: false, error: { kind: 'headsRange', value: parsed.value, detail: message(e) } };
    }
  }

  let qRot: number[][] | null = null;
  let kRot: number[][] | null = null;
  if (s.position === 'rope') {
    try {
      qRot = q.map((row, i) => applyRope(row, i));
      kRot = k.map((row, j) => applyRope(row, j));
    } catch (e) {
      return { ok: false, error: { kind: 'ropeOdd', dk: s.dk, detail: message(e) } };
    }
  }

  try {
    const allowed = attentionMask(s.mask, s.n, { prefixLength: s.prefixLength, window: s.window });
    const head = heads === null ? null : Math.min(Math.max(1, s.head), heads);
    const slope = slopes && head !== null ? (slopes[head - 1] ?? null) : null;
    const bias = slope === null ? null : alibiBias(slope, s.n);
    const qs = qRot ?? q;
    const ks = kRot ?? k;
    const bare = scaledDotProductAttention(qs, ks, v);
    const full = scaledDotProductAttention(qs, ks, v, { mask: allowed, ...(bias ? { bias } : {}) });
    return {
      ok: true,
      view: {
        n: s.n,
        dk: s.dk,
        q,
        k,
        v,
        qRot,
        kRot,
        allowed,
        heads,
        slopes,
        head,
        slope,
        bias,
        scores: bare.scores,
        masked: full.scores,
        weights: full.weights,
        output: full.output,
      },
    };
  } catch (e) {
    return { ok: false, error: { kind: 'lib', detail: message(e) } };
  }
}
