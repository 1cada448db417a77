import { softmax } from '@/lib/decoding/softmax';
import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';
import { checkMatrix, readOptions } from './validate';

/** Options of {@link scaledDotProductAttention}. */
export interface AttentionOptions {
  /** L×S booleans, true where query i may attend to key j (e.g. from `attentionMask`) */
  readonly mask?: readonly (readonly boolean[])[];
  /** L×S additive bias, finite or `-Infinity` (e.g. from `alibiBias`) */
  readonly bias?: readonly (readonly number[])[];
  /** multiplier of q·k, finite and ≥ 0 (default 1/√d_k) */
  readonly scale?: number;
}

/** Scores, attention weights and output of {@link scaledDotProductAttention}. */
export interface AttentionResult {
  /** L×S: q·kᵀ·scale + bias, `-Infinity` where masked */
  readonly scores: number[][];
  /** L×S: row-wise softmax of the scores */
  readonly weights: number[][];
  /** L×d_v: weights·v */
  readonly output: number[][];
}

/** An L×S boolean mask. */
function checkMask(value: unknown, rows: number, columns: number): readonly (readonly boolean[])[] {
  const name = 'options.mask';
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array of rows, got ${describeValue(value)}`);
  if (value.length !== rows)
    throw new RangeError(`${name} must have ${rows} rows (queries), got ${value.length}`);
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row)) {
      throw new TypeError(`${name}[${i}] must be an array of booleans, got ${describeValue(row)}`);
    }
    row.forEach((b: unknown, j) => {
      if (typeof b !== 'boolean') {
        throw new TypeError(`${name}[${i}][${j}] must be a boolean, got ${describeValue(b)}`);
      }
    });
    if (row.length !== columns) {
      throw new RangeError(`${name}[${i}] must have length ${columns} (keys), got ${row.length}`);
    }
    return row as readonly boolean[];
  });
}

/** A bias row: finite numbers or `-Infinity`. */
function checkBiasRow(name: string, row: unknown): readonly number[] {
  const xs = checkNumberArray(name, row);
  xs.forEach((x, j) => {
    if (Number.isNaN(x) || x === Infinity) {
      throw new RangeError(`${name}[${j}] must be finite or -Infinity, got ${describeValue(x)}`);
    }
  });
  return xs;
}

/**
 * Scaled dot-product attention of L queries over S keys and values, returning every
 * intermediate so a demo can show it.
 *
 * Formula: scores = q·kᵀ·scale + bias, with scale = 1/√d_k by default and masked entries set to
 * `-Infinity`; weights = softmax of each row; output = weights·v (Vaswani et al. 2017, eq. 1; torch
 * `nn.functional.scaled_dot_product_attention`, whose documented reference implementation fills a
 * boolean mask's false entries with −inf and adds a float mask as a bias,
 * https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html).
 * A query row with no allowed key is a RangeError here; torch returns NaN for it.
 *
 * @param q L×d_k queries, finite numbers.
 * @param k S×d_k keys, finite numbers.
 * @param v S×d_v values, finite numbers.
 * @param options `{ mask?, bias?, scale? }`, mask and bias L×S.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when a matrix is empty, ragged, not finite or of the wrong shape, `scale` is
 *   not finite and ≥ 0, a score overflows, or a query row has no allowed key.
 * @example scaledDotProductAttention([[2, 0, 0, 0]], [[1, 0, 0, 0], [0, 0, 0, 0]], [[1], [0]]).output
 *   // [[0.7310585786300049]] (scores [1, 0], weights [σ(1), σ(−1)])
 */
export function scaledDotProductAttention(
  q: readonly (readonly number[])[],
  k: readonly (readonly number[])[],
  v: readonly (readonly number[])[],
  options?: AttentionOptions,
): AttentionResult {
  const qs = checkMatrix('q', q);
  const dk = qs[0]!.length;
  const ks = checkMatrix('k', k, { columns: dk, columnsName: `${dk} (the width of q)` });
  const vs = checkMatrix('v', v, { rows: ks.length });
  const L = qs.length;
  const S = ks.length;
  const opts = readOptions(options);
  const scale =
    opts.scale === undefined
      ? 1 / Math.sqrt(dk)
      : checkNumber('options.scale', opts.scale, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const mask = opts.mask === undefined ? undefined : checkMask(opts.mask, L, S);
  const bias =
    opts.bias === undefined
      ? undefined
      : checkMatrix(
          'options.bias',
          opts.bias,
          { rows: L, columns: S, columnsName: `${S} (keys)` },
          checkBiasRow,
        );

  const scores = qs.map((qi, i) =>
    ks.map((kj, j) => {
      if (mask !== undefined && !mask[i]![j]) return -Infinity;
      let dot = 0;
      for (let t = 0; t < dk; t++) dot += qi[t]! * kj[t]!;
      const s = dot * scale + (bias?.[i]![j] ?? 0);
      if (Number.isNaN(s) || s === Infinity || (s === -Infinity && bias?.[i]![j] !== -Infinity)) {
        throw new RangeError(`scores[${i}][${j}] overflows: q[${i}]·k[${j}]·scale is not finite`);
      }
      return s;
    }),
  );
  const weights = scores.map((row, i) => {
    if (!row.some(Number.isFinite)) {
      throw new RangeError(`query row ${i} has no allowed key: every score is -Infinity (torch gives NaN)`);
    }
    return softmax(row);
  });
  const dv = vs[0]!.length;
  const output = weights.map((w) => {
    const out = new Array<number>(dv).fill(0);
    for (let j = 0; j < S; j++) {
      const wj = w[j]!;
      if (wj === 0) continue;
      const vj = vs[j]!;
      for (let t = 0; t < dv; t++) out[t] = out[t]! + wj * vj[t]!;
    }
    return out;
  });
  return { scores, weights, output };
}
