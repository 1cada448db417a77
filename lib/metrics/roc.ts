import { checkObject, describeValue } from '@/lib/utils/validate';
import { type BinaryLabel, checkLabelsAndScores } from './binary-inputs';
import { type CountsAtThresholds, countsAtThresholds } from './threshold-counts';

/** A ROC curve: `fpr[i]`, `tpr[i]` for "positive iff score ≥ thresholds[i]". */
export interface RocCurve {
  /** false positive rates, non-decreasing from 0 to 1 */
  readonly fpr: number[];
  /** true positive rates, non-decreasing from 0 to 1 */
  readonly tpr: number[];
  /** descending; the first is `Infinity` (nothing predicted positive) */
  readonly thresholds: number[];
}

/** Options of {@link rocCurve}. */
export interface RocCurveOptions {
  /** drop points collinear with their neighbours (default true, as sklearn) */
  readonly dropIntermediate?: boolean;
}

/** Counts at thresholds for data that has both classes; one class only → RangeError. */
function twoClassCounts(yTrue: unknown, scores: unknown, caller: string): CountsAtThresholds {
  const checked = checkLabelsAndScores(yTrue, scores);
  const counts = countsAtThresholds(checked.yTrue, checked.scores);
  const positives = counts.tps[counts.tps.length - 1] ?? 0;
  const negatives = counts.fps[counts.fps.length - 1] ?? 0;
  if (positives === 0 || negatives === 0) {
    throw new RangeError(
      `yTrue must contain both classes for ${caller}, ` +
        `got ${positives} positive and ${negatives} negative labels`,
    );
  }
  return counts;
}

/**
 * The receiver operating characteristic: true positive rate against false positive rate as the
 * threshold sweeps from above the highest score down to the lowest.
 *
 * Formula: at each distinct score t, descending, fpr = #{label 0, score ≥ t} / #negatives and
 * tpr = #{label 1, score ≥ t} / #positives, preceded by the point (0, 0) at threshold `Infinity`
 * (scikit-learn ≥ 1.3; earlier versions used max score + 1). With `dropIntermediate`, a point
 * is kept only if it is the first or last or the second difference of fps or of tps is non-zero
 * there — a corner; collinear points in between are dropped, which leaves the area unchanged.
 * This runs on the counts before (0, 0) is prepended, exactly as `roc_curve`
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.roc_curve.html).
 * sklearn returns `NaN` rates (with a warning) when a class is missing; here that throws, as
 * `rocAuc` does.
 *
 * @param yTrue labels, each 0 or 1, with both classes present.
 * @param scores finite, as many as `yTrue`.
 * @param options `{ dropIntermediate = true }`.
 * @throws {TypeError} when `yTrue` or `scores` is not an array of numbers, `options` is not an
 *   object or `dropIntermediate` not a boolean.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ, the
 *   arrays are empty or only one class is present.
 * @example rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 *   // { fpr: [0, 0, 0.5, 0.5, 1], tpr: [0, 0.5, 0.5, 1, 1], thresholds: [Infinity, 0.8, 0.4, 0.35, 0.1] }
 *   // (sklearn docstring, with y = [1, 1, 2, 2] and pos_label = 2)
 */
export function rocCurve(
  yTrue: readonly BinaryLabel[],
  scores: readonly number[],
  options: RocCurveOptions = {},
): RocCurve {
  const { dropIntermediate = true } = checkObject('options', options);
  if (typeof dropIntermediate !== 'boolean') {
    throw new TypeError(`options.dropIntermediate must be a boolean, got ${describeValue(dropIntermediate)}`);
  }
  let { thresholds, tps, fps } = twoClassCounts(yTrue, scores, 'rocCurve');
  if (dropIntermediate && fps.length > 2) {
    const second = (xs: readonly number[], i: number) =>
      (xs[i + 1] ?? 0) - 2 * (xs[i] ?? 0) + (xs[i - 1] ?? 0);
    const keep = thresholds.map(
      (_, i) => i === 0 || i === thresholds.length - 1 || second(fps, i) !== 0 || second(tps, i) !== 0,
    );
    thresholds = thresholds.filter((_, i) => keep[i]);
    tps = tps.filter((_, i) => keep[i]);
    fps = fps.filter((_, i) => keep[i]);
  }
  const positives = tps[tps.length - 1] ?? 1;
  const negatives = fps[fps.length - 1] ?? 1;
  return {
    fpr: [0, ...fps.map((fp) => fp / negatives)],
    tpr: [0, ...tps.map((tp) => tp / positives)],
    thresholds: [Infinity, ...thresholds],
  };
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting ½.
 *
 * Formula: the trapezoidal area under {@link rocCurve},
 * AUC = Σᵢ (fpsᵢ − fpsᵢ₋₁)(tpsᵢ + tpsᵢ₋₁) / (2·n₊·n₋), which equals the Mann–Whitney
 * U / (n₊·n₋) with U = #{(pos, neg) : s_pos > s_neg} + ½ #{s_pos = s_neg}. The sum runs on
 * integer counts and is divided once, so it is exact up to that final rounding (below 2^53
 * pairs); sklearn's `auc(fpr, tpr)` on rounded rates can differ in the last bit
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.roc_auc_score.html).
 * One class only is undefined: sklearn ≤ 1.5 raised "Only one class present in y_true", 1.6 and
 * later warn and return `NaN`; here it is a RangeError as CONTRACT.md asks.
 *
 * @param yTrue labels, each 0 or 1, with both classes present.
 * @param scores finite, as many as `yTrue`.
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ, the
 *   arrays are empty or only one class is present.
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75 (sklearn `auc` docstring)
 */
export function rocAuc(yTrue: readonly BinaryLabel[], scores: readonly number[]): number {
  const { tps, fps } = twoClassCounts(yTrue, scores, 'rocAuc');
  let twiceArea = 0;
  let [prevTp, prevFp] = [0, 0];
  tps.forEach((tp, i) => {
    const fp = fps[i] ?? 0;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    [prevTp, prevFp] = [tp, fp];
  });
  return twiceArea / (2 * prevTp * prevFp);
}
