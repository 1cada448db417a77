import { checkProbs, maxOf } from './validate';

/**
 * Rescales non-negative weights into a probability distribution (for weights a learner types,
 * such as "5, 3, 2").
 *
 * Formula: p_i = w_i / Σ_j w_j. When the sum overflows (entries near `Number.MAX_VALUE`) the
 * weights are divided by their maximum first, which leaves the result unchanged.
 *
 * @param weights finite, ≥ 0, positive sum.
 * @throws {TypeError} when `weights` is not an array of numbers.
 * @throws {RangeError} when it is empty, has a negative or non-finite entry, or sums to 0.
 * @example normalizeProbs([5, 3, 2]) // [0.5, 0.3, 0.2]
 */
export function normalizeProbs(weights: readonly number[]): number[] {
  const ws = checkProbs(weights, 'weights');
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const scaled = Number.isFinite(sum(ws)) ? ws : ws.map((w) => w / maxOf(ws));
  const total = sum(scaled);
  return scaled.map((w) => w / total);
}
