import { checkNumber } from '@/lib/utils/validate';

/**
 * The probability of a sequence from its log-probability, for display next to a beam's score.
 *
 * Formula: p = exp(sumLogprob), the inverse of sumLogprob = Σ_t log p(w_t | w_<t) (natural log).
 * exp(0) = 1 and exp(−∞) = 0, so the result is always in [0, 1].
 *
 * @param sumLogprob a sum of natural-log probabilities: ≤ 0, `-Infinity` allowed.
 * @throws {TypeError} when sumLogprob is not a number.
 * @throws {RangeError} when sumLogprob is `NaN` or > 0.
 * @example probFromLogprob(-1.0216512475319814) // 0.36 (ln 0.36, "The dog has" = 0.4 × 0.9)
 * @example probFromLogprob(-Infinity) // 0
 */
export function probFromLogprob(sumLogprob: number): number {
  const sum = checkNumber('sumLogprob', sumLogprob, (x) => x <= 0, '<= 0 (a sum of log-probabilities)');
  return Math.exp(sum);
}
