import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { createRng } from './rng';
import { sampleIndex } from './sample';
import { checkProbs } from './validate';

/** Upper bound on `n`, so a slider typo cannot freeze a page (10⁷ draws take about a second). */
const MAX_DRAWS = 10_000_000;

/**
 * Draws n tokens from one distribution with a seeded generator and counts each outcome, for the
 * histogram that shows sampling converging to the probabilities.
 *
 * Formula: counts[i] = #{t ≤ n : sampleIndex(probs, rng) = i}, rng = createRng(seed), the same
 * stream for the same seed. E[counts[i]] = n · p_i / Σ p (law of large numbers).
 *
 * @param probs finite, ≥ 0, positive sum (need not sum to 1).
 * @param n number of draws, an integer in [0, 10⁷].
 * @param seed any finite number (see `createRng`).
 * @throws {TypeError} when `probs` is not an array of numbers or `n` / `seed` is not a number.
 * @throws {RangeError} when `probs` is invalid (see `sampleIndex`), `n` is not an integer in
 *   [0, 10⁷], or `seed` is not finite.
 * @example sampleMany([0, 1, 0], 5, 42) // [0, 5, 0]
 */
export function sampleMany(probs: readonly number[], n: number, seed: number): number[] {
  const ps = checkProbs(probs);
  const draws = checkInteger('n', n, 0);
  checkNumber('n', draws, (x) => x <= MAX_DRAWS, `an integer in [0, ${MAX_DRAWS}]`);
  const rng = createRng(seed);
  const counts = ps.map(() => 0);
  for (let t = 0; t < draws; t++) {
    const i = sampleIndex(ps, rng);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
