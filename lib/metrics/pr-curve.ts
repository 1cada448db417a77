import { type BinaryLabel, checkLabelsAndScores } from './binary-inputs';
import { countsAtThresholds } from './threshold-counts';

/** A precision–recall curve: `precision[i]`, `recall[i]` at `thresholds[i]`, plus a final (1, 0). */
export interface PrecisionRecallCurve {
  /** length m + 1; the last is 1 */
  readonly precision: number[];
  /** length m + 1, non-increasing; the last is 0 */
  readonly recall: number[];
  /** the m distinct scores, ascending */
  readonly thresholds: number[];
}

/**
 * Precision and recall of "positive iff score ≥ threshold" at every distinct score.
 *
 * Formula: for each distinct score t, ascending: precision = tp / (tp + fp) and recall =
 * tp / (#positives), then a last point (precision 1, recall 0) with no threshold, so the curve
 * reaches the y axis. With no positive labels recall is 1 at every threshold (sklearn warns "No
 * positive class found in y_true"). Every threshold is kept: this is scikit-learn ≥ 1.3
 * `precision_recall_curve` with its default `drop_intermediate=False`
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_curve.html).
 * Before 1.1 sklearn also cut the thresholds below the first one reaching full recall (PR #23214).
 *
 * @param yTrue labels, each 0 or 1, at least one.
 * @param scores finite, as many as `yTrue`; higher means more positive.
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ or the
 *   arrays are empty.
 * @example precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 *   // { precision: [0.5, 0.6666666666666666, 0.5, 1, 1], recall: [1, 1, 0.5, 0.5, 0],
 *   //   thresholds: [0.1, 0.35, 0.4, 0.8] } (sklearn docstring)
 */
export function precisionRecallCurve(
  yTrue: readonly BinaryLabel[],
  scores: readonly number[],
): PrecisionRecallCurve {
  const checked = checkLabelsAndScores(yTrue, scores);
  const { thresholds, tps, fps } = countsAtThresholds(checked.yTrue, checked.scores);
  const positives = tps[tps.length - 1] ?? 0;
  // tp + fp ≥ 1 at every threshold: the sample whose score is the threshold is predicted positive.
  const precision = tps.map((tp, i) => tp / (tp + (fps[i] ?? 0)));
  const recall = positives === 0 ? tps.map(() => 1) : tps.map((tp) => tp / positives);
  return {
    precision: [...precision.reverse(), 1],
    recall: [...recall.reverse(), 0],
    thresholds: [...thresholds].reverse(),
  };
}

/**
 * Average precision (AP): the precision at each threshold weighted by the recall gained there,
 * a step-wise area under the precision–recall curve.
 *
 * Formula: AP = Σₙ (Rₙ − Rₙ₋₁) Pₙ over the points of {@link precisionRecallCurve}, with no
 * interpolation (not the trapezoidal area, which is too optimistic), summed in sklearn's order
 * (ascending thresholds) and clipped at 0. With no positive labels it is 0: recall is 1 until
 * the final point, so the one step weighs the precision at the highest threshold, which is 0
 * (scikit-learn `average_precision_score`,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.average_precision_score.html).
 *
 * @param yTrue labels, each 0 or 1, at least one.
 * @param scores finite, as many as `yTrue`.
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, the lengths differ or the
 *   arrays are empty.
 * @example averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 *   // 0.8333333333333333 (sklearn docstring: 0.83)
 */
export function averagePrecision(yTrue: readonly BinaryLabel[], scores: readonly number[]): number {
  const { precision, recall } = precisionRecallCurve(yTrue, scores);
  let ap = 0;
  for (let j = 0; j + 1 < recall.length; j++) {
    ap += ((recall[j] ?? 0) - (recall[j + 1] ?? 0)) * (precision[j] ?? 0);
  }
  return Math.max(0, ap);
}
