import { checkNumber, describeValue } from '@/lib/utils/validate';
import { checkProbs, maxOf } from './validate';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Draws one token id from a categorical distribution, using randomness passed in.
 *
 * Formula: inverse CDF. With u = rng() ∈ [0, 1) and F_i = (Σ_{j ≤ i} p_j) / Σ_j p_j, return the
 * first i with u < F_i, as numpy's `Generator.choice` does (`cdf = p.cumsum(); cdf /= cdf[-1];
 * cdf.searchsorted(u, side='right')`,
 * https://numpy.org/doc/stable/reference/random/generated/numpy.random.Generator.choice.html).
 * `probs` need not sum to 1. An index with probability 0 is never returned: its F_i equals the
 * previous one, the last positive index has F_i = 1 > u exactly, and a fallback to the last
 * positive index guards the loop all the same.
 *
 * @param probs finite, ≥ 0, positive sum.
 * @param rng returns numbers in [0, 1), e.g. `createRng(seed)`.
 * @throws {TypeError} when `probs` is not an array of numbers, `rng` is not a function, or `rng()`
 *   does not return a number.
 * @throws {RangeError} when `probs` is empty, has a negative or non-finite entry, or sums to 0; or
 *   when `rng()` returns a value outside [0, 1).
 * @example sampleIndex([0.2, 0, 0.8], () => 0.5) // 2 (F = [0.2, 0.2, 1]; 0.5 < 1 first at index 2)
 */
export function sampleIndex(probs: readonly number[], rng: () => number): number {
  const ps = checkProbs(probs);
  if (typeof rng !== 'function') {
    throw new TypeError(`rng must be a function returning numbers in [0, 1), got ${describeValue(rng)}`);
  }
  const u = checkNumber('rng()', rng(), (x) => x >= 0 && x < 1, 'in [0, 1)');
  // Entries near Number.MAX_VALUE can overflow the sum; only then rescale by the max.
  const pMax = maxOf(ps);
  const weights = Number.isFinite(sum(ps)) ? ps : ps.map((p) => p / pMax);
  const total = sum(weights);
  let cumulative = 0;
  let lastPositive = -1;
  for (const [i, w] of weights.entries()) {
    if (w <= 0) continue;
    cumulative += w;
    lastPositive = i;
    if (u < cumulative / total) return i;
  }
  return lastPositive;
}
