import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { exp2Dyadic } from './pow2';

/** 2^(−8(i+1)/n) for i = 0 … n − 1, n a power of two, correctly rounded. */
function powerOfTwoSlopes(n: number): number[] {
  // −8(i+1)/n = −8(i+1)·2^−log2(n): a dyadic exponent
  const log2n = Math.round(Math.log2(n));
  return Array.from({ length: n }, (_, i) => exp2Dyadic(-8 * (i + 1), log2n));
}

/**
 * The fixed per-head slopes m of ALiBi (attention with linear biases).
 *
 * Formula: for n a power of two, the geometric sequence 2^(−8/n), 2^(−16/n), …, 2^(−8) — "for 8
 * heads 1/2, 1/4, …, 1/256; for 16 heads we interpolate … starting at 1/√2" (Press et al. 2022,
 * §3, https://arxiv.org/abs/2108.12409). Otherwise, with p the largest power of two below n: the
 * p slopes of p heads, then every other slope of 2p heads (the 1st, 3rd, …), the first n − p of
 * them. This is `get_slopes` of the ALiBi repo (ofirpress/attention_with_linear_biases,
 * `fairseq/models/transformer.py`) and of HF BLOOM's `build_alibi_tensor`. Each slope is the double
 * nearest 2^(−8(i+1)/n); the repo's running product start·ratio^i drifts by a few ulps (16 heads:
 * 0.5000000000000001 for 1/2) and BLOOM computes in float32.
 *
 * @param numHeads attention heads, an integer ≥ 1.
 * @throws {TypeError} when `numHeads` is not a number.
 * @throws {RangeError} when `numHeads` is not an integer ≥ 1.
 * @example alibiSlopes(8) // [0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625]
 * @example alibiSlopes(12).slice(8) // [0.7071067811865476, 0.3535533905932738, 0.1767766952966369, 0.08838834764831845]
 */
export function alibiSlopes(numHeads: number): number[] {
  const n = checkInteger('numHeads', numHeads, 1);
  let p = 1;
  while (p * 2 <= n) p *= 2;
  if (p === n) return powerOfTwoSlopes(n);
  const extra = powerOfTwoSlopes(2 * p).filter((_, i) => i % 2 === 0);
  return [...powerOfTwoSlopes(p), ...extra.slice(0, n - p)];
}

/**
 * The ALiBi bias matrix of one head, added to the attention scores before the softmax.
 *
 * Formula: bias[i][j] = −m·(i − j) for keys j ≤ i, 0 for j > i (future keys, removed by the causal
 * mask anyway) (Press et al. 2022, fig. 3). The ALiBi repo and HF BLOOM add m·j instead: each row
 * differs from this one by the constant m·i, which the softmax ignores — the same attention.
 *
 * @param slope the head's slope m, finite and ≥ 0.
 * @param seqLen the sequence length, an integer ≥ 1.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `slope` is not finite and ≥ 0 or `seqLen` not an integer ≥ 1.
 * @example alibiBias(0.5, 3) // [[0, 0, 0], [-0.5, 0, 0], [-1, -0.5, 0]]
 */
export function alibiBias(slope: number, seqLen: number): number[][] {
  const m = checkNumber('slope', slope, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const n = checkInteger('seqLen', seqLen, 1);
  return Array.from({ length: n }, (_, i) =>
    // + 0 turns the −0 of (j − i)·0 into +0 when the slope is 0.
    Array.from({ length: n }, (_, j) => (j <= i ? (j - i) * m + 0 : 0)),
  );
}
