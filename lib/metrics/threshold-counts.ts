import { type BinaryLabel, checkLabels, checkSameLength, checkScores } from './binary-inputs';

/** True- and false-positive counts at each distinct score, the highest score first. */
export interface CountsAtThresholds {
  /** the distinct scores, descending */
  readonly thresholds: readonly number[];
  /** tps[i] = #{label 1, score ≥ thresholds[i]}, non-decreasing; the last is the number of positives */
  readonly tps: readonly number[];
  /** fps[i] = #{label 0, score ≥ thresholds[i]}, non-decreasing; the last is the number of negatives */
  readonly fps: readonly number[];
}

/**
 * Counts true and false positives when "positive iff score ≥ threshold", for every distinct score
 * used as the threshold — the shared first step of the ROC and precision–recall curves.
 *
 * Formula: sort by score descending (stable); at the last index i of each run of equal scores,
 * tps = Σ_{j ≤ i} y_j and fps = 1 + i − tps (scikit-learn `confusion_matrix_at_thresholds`, the
 * former `_binary_clf_curve`,
 * https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/metrics/_ranking.py).
 *
 * @param yTrue labels, each 0 or 1 (empty gives empty arrays).
 * @param scores finite, as many as `yTrue`.
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, or the lengths differ.
 * @example countsAtThresholds([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 *   // { thresholds: [0.8, 0.4, 0.35, 0.1], tps: [1, 1, 2, 2], fps: [0, 1, 1, 2] } (sklearn docstring)
 */
export function countsAtThresholds(
  yTrue: readonly BinaryLabel[],
  scores: readonly number[],
): CountsAtThresholds {
  const labels = checkLabels('yTrue', yTrue);
  checkSameLength('yTrue', labels, 'scores', checkScores('scores', scores));
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  order.forEach((idx, i) => {
    tp += labels[idx] ?? 0;
    const score = scores[idx] ?? 0;
    const next = order[i + 1];
    // Close a run at the last of equal scores, so ties share one threshold.
    if (next === undefined || scores[next] !== score) {
      // -0 and 0 are one threshold; report it as 0 whichever came last.
      thresholds.push(score === 0 ? 0 : score);
      tps.push(tp);
      fps.push(i + 1 - tp);
    }
  });
  return { thresholds, tps, fps };
}
