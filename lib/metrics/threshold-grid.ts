import { checkNumber } from '@/lib/utils/validate';
import { type BinaryLabel, checkScores } from './binary-inputs';

/**
 * The thresholds worth visiting with a slider over scores: every distinct score, the midpoint
 * between each pair of neighbouring scores, then `Infinity` (nothing predicted positive).
 *
 * Formula: with the distinct scores s₁ < … < s_m, the grid is s₁, (s₁+s₂)/2, s₂, …, s_m, ∞
 * (each midpoint computed as s/2 + s′/2 so huge scores cannot overflow, and left out if it
 * rounds onto a neighbour). Under "positive iff score ≥ t" a midpoint gives the same predictions
 * as the score above it; it shows that a threshold between two scores changes nothing. The first
 * and last finite entries are the thresholds of scikit-learn's `precision_recall_curve`;
 * `Infinity` is the first threshold of `roc_curve` (≥ 1.3). −0 is reported as 0.
 *
 * @param scores finite, at least one.
 * @throws {TypeError} when `scores` is not an array of numbers.
 * @throws {RangeError} when a score is not finite or `scores` is empty.
 * @example thresholdGrid([0.75, 0.25, 0.25, 0.5]) // [0.25, 0.375, 0.5, 0.625, 0.75, Infinity]
 */
export function thresholdGrid(scores: readonly number[]): number[] {
  const values = checkScores('scores', scores);
  if (values.length === 0) throw new RangeError('scores must be non-empty, got an empty array');
  const distinct = [...new Set(values)].map((x) => (x === 0 ? 0 : x)).sort((a, b) => a - b);
  const grid: number[] = [];
  distinct.forEach((s, i) => {
    const next = distinct[i + 1];
    grid.push(s);
    if (next === undefined) return;
    const mid = s / 2 + next / 2;
    if (s < mid && mid < next) grid.push(mid);
  });
  grid.push(Infinity);
  return grid;
}

/**
 * Hard predictions from scores at one threshold: 1 where score ≥ threshold, else 0.
 *
 * Formula: ŷᵢ = 1[sᵢ ≥ t], the convention of scikit-learn's `precision_recall_curve`,
 * `roc_curve` and of {@link thresholdSweep} (note that `sklearn.preprocessing.binarize` uses
 * s > t instead). t = `Infinity` predicts nothing positive, t = −`Infinity` everything.
 *
 * @param scores finite.
 * @param threshold any number but `NaN`.
 * @throws {TypeError} when `scores` is not an array of numbers or `threshold` not a number.
 * @throws {RangeError} when a score is not finite or `threshold` is `NaN`.
 * @example predictAtThreshold([0.1, 0.4, 0.35, 0.8], 0.4) // [0, 1, 0, 1]
 */
export function predictAtThreshold(scores: readonly number[], threshold: number): BinaryLabel[] {
  const values = checkScores('scores', scores);
  const t = checkNumber('threshold', threshold, (x) => !Number.isNaN(x), 'a number other than NaN');
  return values.map((s) => (s >= t ? 1 : 0));
}
