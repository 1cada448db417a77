import { checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * Returns `value` as a logit vector: a non-empty array of numbers, each finite or `-Infinity`
 * (a removed token), with at least one finite entry.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when it is empty, holds `NaN` or `+Infinity`, or is all `-Infinity`.
 * @example checkLogits([2, -Infinity]) // [2, -Infinity]
 */
export function checkLogits(value: unknown, name = 'logits'): readonly number[] {
  const logits = checkNumberArray(name, value);
  if (logits.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  logits.forEach((x, i) => {
    if (Number.isNaN(x) || x === Infinity) {
      throw new RangeError(`${name}[${i}] must be finite or -Infinity, got ${describeValue(x)}`);
    }
  });
  if (!logits.some(Number.isFinite)) {
    throw new RangeError(`${name} must contain at least one finite value, got all -Infinity`);
  }
  return logits;
}

/**
 * Returns `value` as unnormalised probabilities: a non-empty array of finite numbers ≥ 0 with a
 * positive sum. It need not sum to 1.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when it is empty, an entry is negative or not finite, or all are 0.
 * @example checkProbs([0, 2, 2]) // [0, 2, 2]
 */
export function checkProbs(value: unknown, name = 'probs'): readonly number[] {
  const probs = checkNumberArray(name, value);
  if (probs.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  probs.forEach((p, i) => {
    if (!(Number.isFinite(p) && p >= 0)) {
      throw new RangeError(`${name}[${i}] must be finite and >= 0, got ${describeValue(p)}`);
    }
  });
  if (!probs.some((p) => p > 0)) {
    throw new RangeError(`${name} must have a positive sum, got all zeros`);
  }
  return probs;
}

/**
 * Largest entry of an array (`-Infinity` for an empty one).
 *
 * Formula: max_i values[i], by a loop, because `Math.max(...values)` overflows the call stack
 * on long vectors.
 *
 * @throws never.
 * @example maxOf([0.4, 0.6]) // 0.6
 */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
