import { checkNumber } from '@/lib/utils/validate';
import { checkProbs, maxOf } from './validate';

/** Uniform distribution over the indices where `keep` holds. */
function uniformOver(probs: readonly number[], keep: (p: number) => boolean): number[] {
  const count = probs.filter(keep).length;
  return probs.map((p) => (keep(p) ? 1 / count : 0));
}

/**
 * The annealed distribution: raises probabilities to the power 1/T and renormalises.
 *
 * Formula: p_T(i) = p_i^(1/T) / Σ_j p_j^(1/T), computed in log space as
 * exp((log p_i − log p_max) / T), renormalised, so T = 1e-6 gives a clean one-hot instead of
 * 0/0. Limits: T = 0 → uniform over the tied maxima; T = `Infinity` → uniform over the support
 * (p > 0). Zero-probability tokens stay 0 at every T. `probs` need not sum to 1 (it is
 * normalised first). Stanford CS324, lecture "Introduction"
 * (https://stanford-cs324.github.io/winter2022/lectures/introduction/).
 *
 * @param probs finite, ≥ 0, positive sum.
 * @param temperature ≥ 0; `Infinity` allowed.
 * @throws {TypeError} when `probs` is not an array of numbers or `temperature` not a number.
 * @throws {RangeError} when `probs` is empty, has a negative or non-finite entry, or sums to 0;
 *   or when `temperature` is negative or `NaN`.
 * @example annealProbs([0.4, 0.6], 0.5) // [0.3077, 0.6923] (CS324: 0.31 / 0.69)
 * @example annealProbs([0.4, 0.6], 0) // [0, 1]
 */
export function annealProbs(probs: readonly number[], temperature: number): number[] {
  const ps = checkProbs(probs);
  const t = checkNumber('temperature', temperature, (x) => x >= 0, '>= 0 (Infinity allowed)');
  const pMax = maxOf(ps);
  if (t === 0) return uniformOver(ps, (p) => p === pMax);
  if (t === Infinity) return uniformOver(ps, (p) => p > 0);
  const total = ps.reduce((a, b) => a + b, 0);
  // T = 1 is plain normalisation; skipping the log/exp round trip keeps it exact.
  if (t === 1 && Number.isFinite(total)) return ps.map((p) => p / total);
  const logMax = Math.log(pMax);
  // Shifting by log p_max puts every exponent at ≤ 0 (the max at exactly 0), so nothing
  // overflows and the sum below is ≥ 1; log 0 = -Infinity makes zeros stay exactly 0.
  const weights = ps.map((p) => Math.exp((Math.log(p) - logMax) / t));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
