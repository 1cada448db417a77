import { checkNumber, describeValue } from '@/lib/utils/validate';
import { checkProbs, maxOf } from './validate';

/**
 * Draws one token id from a categorical distribution, using randomness passed in.
 *
 * Formula: inverse CDF: with u = rng() ∈ [0, 1) and S = Σ_j p_j, return the first i such that
 * u · S < Σ_{j ≤ i} p_j: inversion by sequential search (Devroye, "Non-Uniform Random Variate
 * Generation", 1986, ch. III "Discrete random variates", https://luc.devroye.org/rnbookindex.html). `probs` need not
 * sum to 1. An index with probability 0 is never returned: the comparison is strict, and when
 * rounding leaves u · S at or above the final running sum the last positive index is returned.
 *
 * @param probs finite, ≥ 0, positive sum.
 * @param rng returns numbers in [0, 1), e.g. `createRng(seed)`.
 * @throws {TypeError} when `probs` is not an array of numbers, `rng` is not a function, or `rng()`
 *   does not return a number.
 * @throws {RangeError} when `probs` is empty, has a negative or non-finite entry, or sums to 0; or
 *   when `rng()` returns a value outside [0, 1).
 * @example sampleIndex([0.2, 0, 0.8], () => 0.5) // 2 (0.5 ≥ 0.2 cumulative, < 1.0)
 */
export function sampleIndex(probs: readonly number[], rng: () => number): number {
  const ps = checkProbs(probs);
  if (typeof rng !== 'function') {
    throw new TypeError(`rng must be a function returning numbers in [0, 1), got ${describeValue(rng)}`);
  }
  const u = checkNumber('rng()', rng(), (x) => x >= 0 && x < 1, 'in [0, 1)');
  // Scaling by the max keeps the running sum finite even for entries near Number.MAX_VALUE.
  const pMax = maxOf(ps);
  const weights = ps.map((p) => p / pMax);
  const target = u * weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let lastPositive = -1;
  for (const [i, w] of weights.entries()) {
    if (w <= 0) continue;
    cumulative += w;
    lastPositive = i;
    if (target < cumulative) return i;
  }
  return lastPositive;
}
