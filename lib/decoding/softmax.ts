import { checkLogits, maxOf } from './validate';

/**
 * Turns logits into probabilities.
 *
 * Formula: softmax(x)_i = exp(x_i − m) / Σ_j exp(x_j − m), m = max_j x_j. Subtracting the max
 * changes nothing mathematically and keeps `exp` from overflowing; a `-Infinity` logit gets
 * probability 0 (scipy.special.softmax,
 * https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.softmax.html).
 *
 * @param logits finite numbers or `-Infinity` (a removed token), at least one finite.
 * @throws {TypeError} when `logits` is not an array of numbers.
 * @throws {RangeError} when `logits` is empty, contains `NaN` or `+Infinity`, or is all `-Infinity`.
 * @example softmax([1000, 1000, -Infinity]) // [0.5, 0.5, 0]
 */
export function softmax(logits: readonly number[]): number[] {
  const xs = checkLogits(logits);
  const m = maxOf(xs);
  const exps = xs.map((x) => Math.exp(x - m));
  // The max term contributes exp(0) = 1, so the sum is ≥ 1 and the division is safe.
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The natural log of {@link softmax}, computed without taking the log of a rounded probability.
 *
 * Formula: logSoftmax(x)_i = x_i − m − log Σ_j exp(x_j − m), m = max_j x_j; `-Infinity` stays
 * `-Infinity` (scipy.special.log_softmax,
 * https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log_softmax.html).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @throws {TypeError} when `logits` is not an array of numbers.
 * @throws {RangeError} when `logits` is empty, contains `NaN` or `+Infinity`, or is all `-Infinity`.
 * @example logSoftmax([1000, 1]) // [0, -999] (log(softmax) would give [0, -Infinity])
 */
export function logSoftmax(logits: readonly number[]): number[] {
  const xs = checkLogits(logits);
  const m = maxOf(xs);
  const logSumExp = Math.log(xs.reduce((acc, x) => acc + Math.exp(x - m), 0));
  return xs.map((x) => x - m - logSumExp);
}
