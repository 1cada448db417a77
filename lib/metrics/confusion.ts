import { checkObject, describeValue } from '@/lib/utils/validate';
import { type BinaryLabel, checkLabels, checkSameLength } from './binary-inputs';

/** The four cells of a binary confusion matrix. */
export interface ConfusionCounts {
  /** true positives: label 1, predicted 1 */
  readonly tp: number;
  /** false positives: label 0, predicted 1 */
  readonly fp: number;
  /** true negatives: label 0, predicted 0 */
  readonly tn: number;
  /** false negatives: label 1, predicted 0 */
  readonly fn: number;
}

/** The name of one cell of {@link ConfusionCounts}. */
export type ConfusionCell = keyof ConfusionCounts;

/**
 * Reads the named cells of a confusion-count object, each a finite number ≥ 0 (integers from
 * {@link confusionCounts}; weighted counts are fractional and also accepted).
 *
 * @throws {TypeError} when `counts` is not an object or a cell is not a number.
 * @throws {RangeError} `counts.fp must be finite and >= 0, got -1`.
 * @example checkCounts({ tp: 1, fp: 2, tn: 0, fn: 0 }, ['tp', 'fp']) // { tp: 1, fp: 2, tn: 0, fn: 0 }
 */
export function checkCounts<K extends ConfusionCell>(
  counts: unknown,
  cells: readonly K[],
): Readonly<Record<K, number>> {
  const obj = checkObject('counts', counts);
  for (const cell of cells) {
    const x = obj[cell];
    if (typeof x !== 'number') {
      throw new TypeError(`counts.${cell} must be a number, got ${describeValue(x)}`);
    }
    if (!(Number.isFinite(x) && x >= 0)) {
      throw new RangeError(`counts.${cell} must be finite and >= 0, got ${describeValue(x)}`);
    }
  }
  return obj as Readonly<Record<K, number>>;
}

/**
 * Counts the cells of the binary confusion matrix of predictions against true labels.
 *
 * Formula: tp = #{yTrue = 1, yPred = 1}, fp = #{0, 1}, tn = #{0, 0}, fn = #{1, 0}; empty arrays
 * give all zeros (scikit-learn `confusion_matrix(y_true, y_pred).ravel()` = (tn, fp, fn, tp),
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.confusion_matrix.html).
 *
 * @param yTrue labels, each 0 or 1.
 * @param yPred predictions, each 0 or 1, as many as `yTrue`.
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when an entry is not 0 or 1, or the lengths differ.
 * @example confusionCounts([0, 1, 0, 1], [1, 1, 1, 0]) // { tp: 1, fp: 2, tn: 0, fn: 1 } (sklearn docstring)
 */
export function confusionCounts(
  yTrue: readonly BinaryLabel[],
  yPred: readonly BinaryLabel[],
): ConfusionCounts {
  const t = checkLabels('yTrue', yTrue);
  const p = checkLabels('yPred', yPred);
  checkSameLength('yTrue', t, 'yPred', p);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  t.forEach((y, i) => {
    if (p[i] === 1) {
      if (y === 1) tp++;
      else fp++;
    } else if (y === 1) fn++;
    else tn++;
  });
  return { tp, fp, tn, fn };
}

/**
 * The fraction of predictions that are correct.
 *
 * Formula: (tp + tn) / (tp + fp + tn + fn) (scikit-learn `accuracy_score`,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.accuracy_score.html).
 *
 * @param counts all four cells, finite and ≥ 0, with a positive total.
 * @throws {TypeError} when `counts` is not an object or a cell is not a number.
 * @throws {RangeError} when a cell is negative or not finite, or all four are 0 (sklearn would
 *   return `NaN` for an empty sample; CONTRACT.md rules out `NaN` for an invalid input).
 * @example accuracy({ tp: 1, fp: 2, tn: 0, fn: 1 }) // 0.25
 */
export function accuracy(counts: ConfusionCounts): number {
  const { tp, fp, tn, fn } = checkCounts(counts, ['tp', 'fp', 'tn', 'fn']);
  const total = tp + fp + tn + fn;
  if (total === 0) throw new RangeError('counts must have a positive total, got all zeros');
  return (tp + tn) / total;
}
