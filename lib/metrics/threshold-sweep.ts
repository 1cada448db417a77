import { checkNumberArray, describeValue } from '@/lib/utils/validate';
import { type BinaryLabel, checkLabelsAndScores, checkZeroDivision } from './binary-inputs';
import { accuracy, type ConfusionCounts } from './confusion';
import { f1Score, precision, recall } from './rates';

/** The classifier "positive iff score ≥ threshold" evaluated at one threshold. */
export interface ThresholdPoint {
  readonly threshold: number;
  readonly counts: ConfusionCounts;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

/** Number of entries of an ascending array that are < x (binary search). */
function countBelow(sorted: readonly number[], x: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Turns scores into hard predictions at each threshold and reports the confusion counts and the
 * metrics that follow from them — the data behind a confusion-matrix slider.
 *
 * Formula: at threshold t, predicted positive iff score ≥ t (the convention of scikit-learn's
 * `precision_recall_curve` and `roc_curve`); counts as {@link confusionCounts}, then
 * {@link precision}, {@link recall}, {@link f1Score} (each with `zeroDivision`) and
 * {@link accuracy}. Default thresholds: every distinct score ascending, then `Infinity`, where
 * nothing is predicted positive (precision is then `zeroDivision`). With these defaults the points
 * before `Infinity` are those of `precisionRecallCurve`
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_curve.html).
 *
 * @param yTrue labels, each 0 or 1, at least one.
 * @param scores finite, as many as `yTrue`.
 * @param thresholds any numbers but `NaN` (±Infinity allowed), kept in the given order.
 * @param zeroDivision 0 (default), 1 or `NaN`, passed to precision, recall and F1.
 * @throws {TypeError} when `yTrue`, `scores` or `thresholds` is not an array of numbers, or
 *   `zeroDivision` not a number.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ, the
 *   arrays are empty, a threshold is `NaN`, or `zeroDivision` is not 0, 1 or NaN.
 * @example thresholdSweep([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], [0.4])
 *   // [{ threshold: 0.4, counts: { tp: 1, fp: 1, tn: 1, fn: 1 }, precision: 0.5, recall: 0.5,
 *   //    f1: 0.5, accuracy: 0.5 }]
 */
export function thresholdSweep(
  yTrue: readonly BinaryLabel[],
  scores: readonly number[],
  thresholds?: readonly number[],
  zeroDivision = 0,
): ThresholdPoint[] {
  const checked = checkLabelsAndScores(yTrue, scores);
  const zd = checkZeroDivision(zeroDivision);
  let ts: readonly number[];
  if (thresholds === undefined) {
    // -0 and 0 are one threshold (a Set already merges them); report it as 0.
    const distinct = [...new Set(checked.scores)].map((x) => (x === 0 ? 0 : x));
    ts = [...distinct.sort((a, b) => a - b), Infinity];
  } else {
    ts = checkNumberArray('thresholds', thresholds);
    ts.forEach((t, i) => {
      if (Number.isNaN(t)) throw new RangeError(`thresholds[${i}] must not be NaN, got ${describeValue(t)}`);
    });
  }
  const pos = checked.scores.filter((_, i) => checked.yTrue[i] === 1).sort((a, b) => a - b);
  const neg = checked.scores.filter((_, i) => checked.yTrue[i] === 0).sort((a, b) => a - b);
  return ts.map((threshold) => {
    const fn = countBelow(pos, threshold);
    const tn = countBelow(neg, threshold);
    const counts = { tp: pos.length - fn, fp: neg.length - tn, tn, fn };
    return {
      threshold,
      counts,
      precision: precision(counts, zd),
      recall: recall(counts, zd),
      f1: f1Score(counts, zd),
      accuracy: accuracy(counts),
    };
  });
}
