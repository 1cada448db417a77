import { checkNumberArray } from '@/lib/utils/validate';

/** The largest |x| of a vector whose entries are finite (checked by the caller). */
function maxAbs(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

/**
 * Cosine similarity: the cosine of the angle between two vectors, from −1 (opposite) through 0
 * (orthogonal) to 1 (same direction), whatever their lengths.
 *
 * Formula: a·b / (‖a‖·‖b‖). Each vector is first divided by its largest |entry|, which leaves
 * the cosine unchanged and keeps the squares from overflowing or underflowing (1e200 or 1e-200
 * entries work); the result is clamped to [−1, 1] against rounding. It is 1 − SciPy's
 * `scipy.spatial.distance.cosine(a, b)`.
 *
 * @param a a vector of finite numbers.
 * @param b a vector of finite numbers, as long as `a`.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when the lengths differ, an entry is not finite, or a vector is zero (the
 *   angle is undefined; this includes empty vectors).
 * @example cosineSimilarity([1, 1, 0], [0, 1, 0]) // 0.7071067811865475 (1/√2)
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  const xs = checkNumberArray('a', a);
  const ys = checkNumberArray('b', b);
  if (xs.length !== ys.length) {
    throw new RangeError(`a and b must have the same length, got ${xs.length} and ${ys.length}`);
  }
  const check = (name: string, vector: readonly number[]): number => {
    vector.forEach((x, i) => {
      if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}] must be finite, got ${x}`);
    });
    const scale = maxAbs(vector);
    if (scale === 0) throw new RangeError(`${name} must not be a zero vector (its cosine is undefined)`);
    return scale;
  };
  const sa = check('a', xs);
  const sb = check('b', ys);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = (xs[i] as number) / sa;
    const y = (ys[i] as number) / sb;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  // After scaling, 1 ≤ na, nb ≤ length: their product neither overflows nor underflows.
  return Math.min(1, Math.max(-1, dot / Math.sqrt(na * nb)));
}
