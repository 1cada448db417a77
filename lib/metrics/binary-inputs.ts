import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';

/** A binary class label: 1 is the positive class, 0 the negative one. */
export type BinaryLabel = 0 | 1;

/**
 * Returns `value` as an array of binary labels.
 *
 * Formula: every entry is exactly 0 or 1 (scikit-learn's `pos_label=1` on {0, 1} targets).
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} `yTrue[2] must be 0 or 1, got 2` for any other number.
 * @example checkLabels('yTrue', [0, 1, 1]) // [0, 1, 1]
 */
export function checkLabels(name: string, value: unknown): readonly BinaryLabel[] {
  const labels = checkNumberArray(name, value);
  labels.forEach((y, i) => {
    if (y !== 0 && y !== 1) throw new RangeError(`${name}[${i}] must be 0 or 1, got ${describeValue(y)}`);
  });
  return labels as readonly BinaryLabel[];
}

/**
 * Returns `value` as an array of finite scores.
 *
 * Formula: every entry finite, as scikit-learn's `assert_all_finite(y_score)`.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} `scores[1] must be finite, got NaN` for `NaN` or ±Infinity.
 * @example checkScores('scores', [0.1, 0.4]) // [0.1, 0.4]
 */
export function checkScores(name: string, value: unknown): readonly number[] {
  const scores = checkNumberArray(name, value);
  scores.forEach((s, i) => {
    if (!Number.isFinite(s)) throw new RangeError(`${name}[${i}] must be finite, got ${describeValue(s)}`);
  });
  return scores;
}

/**
 * Checks that two arrays pair up one to one.
 *
 * Formula: a.length = b.length (scikit-learn's `check_consistent_length`).
 *
 * @throws {RangeError} `scores must have the same length as yTrue (3), got 2`.
 * @example checkSameLength('yTrue', [0, 1], 'scores', [0.2, 0.9]) // undefined
 */
export function checkSameLength(
  nameA: string,
  a: readonly unknown[],
  nameB: string,
  b: readonly unknown[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${nameB} must have the same length as ${nameA} (${a.length}), got ${b.length}`);
  }
}

/**
 * Validates the labels and scores of a ranking metric: equal, non-zero lengths, labels 0/1,
 * finite scores.
 *
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ or
 *   the arrays are empty.
 * @example checkLabelsAndScores([0, 1], [0.2, 0.9]) // { yTrue: [0, 1], scores: [0.2, 0.9] }
 */
export function checkLabelsAndScores(
  yTrue: unknown,
  scores: unknown,
): { yTrue: readonly BinaryLabel[]; scores: readonly number[] } {
  const labels = checkLabels('yTrue', yTrue);
  const values = checkScores('scores', scores);
  checkSameLength('yTrue', labels, 'scores', values);
  if (labels.length === 0) throw new RangeError('yTrue must be non-empty, got an empty array');
  return { yTrue: labels, scores: values };
}

/**
 * Returns the value a metric takes when its denominator is 0.
 *
 * Formula: 0 (the default, scikit-learn's `zero_division="warn"` without the warning), 1 or
 * `NaN`, the options of scikit-learn ≥ 1.3's `zero_division`.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} `zeroDivision must be 0, 1 or NaN, got 0.5`.
 * @example checkZeroDivision(Number.NaN) // NaN
 */
export function checkZeroDivision(value: unknown): number {
  return checkNumber('zeroDivision', value, (x) => x === 0 || x === 1 || Number.isNaN(x), '0, 1 or NaN');
}
