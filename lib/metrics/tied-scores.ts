import { type BinaryLabel, checkLabels, checkSameLength, checkScores } from './binary-inputs';
import { countsAtThresholds } from './threshold-counts';

/** Examples that share one score: how many of them are positive and how many negative. */
export interface TiedBlock {
  readonly score: number;
  readonly positives: number;
  readonly negatives: number;
}

/**
 * The blocks of tied scores: every score held by two or more examples, with the labels inside
 * the block. A threshold cannot separate a block, so it turns positive all at once; a block with
 * both labels is one diagonal segment of the ROC curve (up positives/n₊, right negatives/n₋) and
 * one point of the precision–recall curve.
 *
 * Formula: from the cumulative counts of {@link countsAtThresholds} at the distinct scores
 * (descending), a block's positives are tpsᵢ − tpsᵢ₋₁ and its negatives fpsᵢ − fpsᵢ₋₁; blocks
 * of one example are left out. Same grouping as scikit-learn's `_binary_clf_curve`
 * (https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/metrics/_ranking.py).
 *
 * @param yTrue labels, each 0 or 1.
 * @param scores finite, as many as `yTrue`.
 * @returns the blocks, highest score first (empty when every score is distinct).
 * @throws {TypeError} when either is not an array of numbers.
 * @throws {RangeError} when a label is not 0 or 1, a score is not finite, or the lengths differ.
 * @example tiedScoreBlocks([1, 0, 1, 0, 1], [0.9, 0.5, 0.5, 0.5, 0.1])
 *   // [{ score: 0.5, positives: 1, negatives: 2 }]
 */
export function tiedScoreBlocks(yTrue: readonly BinaryLabel[], scores: readonly number[]): TiedBlock[] {
  const labels = checkLabels('yTrue', yTrue);
  checkSameLength('yTrue', labels, 'scores', checkScores('scores', scores));
  const { thresholds, tps, fps } = countsAtThresholds(labels, scores);
  const blocks: TiedBlock[] = [];
  thresholds.forEach((score, i) => {
    const positives = (tps[i] ?? 0) - (tps[i - 1] ?? 0);
    const negatives = (fps[i] ?? 0) - (fps[i - 1] ?? 0);
    if (positives + negatives > 1) blocks.push({ score, positives, negatives });
  });
  return blocks;
}
