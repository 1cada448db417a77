import { checkNumberArray } from '@/lib/utils/validate';

/**
 * The partial products of the chain rule: entry i is Π_{j ≤ i} p_j, i.e. the probability of the
 * first i + 1 factors (CS324 "Introduction": p(x_{1:L}) = Π_i p(x_i | x_{1:i−1})).
 *
 * @param probs the factors, each in [0, 1].
 * @throws {TypeError} when `probs` is not an array of numbers.
 * @throws {RangeError} when a factor is outside [0, 1] or NaN.
 * @example runningProducts([0.5, 0.5, 0.2]) // [0.5, 0.25, 0.05]
 */
export function runningProducts(probs: readonly number[]): number[] {
  const ps = checkNumberArray('probs', probs);
  ps.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`probs[${i}] must be in [0, 1], got ${p}`);
  });
  let product = 1;
  return ps.map((p) => (product *= p));
}
