import { checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * Index of the largest entry; on a tie the first one, as `torch.argmax` and `numpy.argmax` return
 * the first maximal index.
 *
 * Formula: min { i : values[i] = max_j values[j] }, by one loop. ±Infinity compare as usual (an
 * all `-Infinity` vector gives 0, like numpy), so it picks the best of logits, probabilities or
 * contrastive scores (https://numpy.org/doc/stable/reference/generated/numpy.argmax.html:
 * "In case of multiple occurrences of the maximum values, the indices corresponding to the first
 * occurrence are returned").
 *
 * @param values a non-empty array of numbers, none `NaN`.
 * @throws {TypeError} when `values` is not an array of numbers.
 * @throws {RangeError} when it is empty or holds `NaN`.
 * @example argmax([0.2, 0.5, 0.5]) // 1
 */
export function argmax(values: readonly number[]): number {
  const xs = checkNumberArray('values', values);
  if (xs.length === 0) throw new RangeError('values must be non-empty, got an empty array');
  let best = 0;
  xs.forEach((x, i) => {
    if (Number.isNaN(x)) throw new RangeError(`values[${i}] must not be NaN, got ${describeValue(x)}`);
    if (x > (xs[best] ?? x)) best = i;
  });
  return best;
}
