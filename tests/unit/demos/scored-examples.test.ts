import { describe, expect, it } from 'vitest';
import { SCORED_EXAMPLES, SCORED_EXAMPLES_KEYS } from '@/components/demos/shared/scored-examples';
import { averagePrecision, rocAuc, thresholdGrid, thresholdSweep, tiedScoreBlocks } from '@/lib/metrics';

describe('SCORED_EXAMPLES', () => {
  it.each(SCORED_EXAMPLES_KEYS)('%s holds 12–30 examples of both classes, scores in [0, 1]', (key) => {
    const { labels, scores, threshold } = SCORED_EXAMPLES[key];
    expect(labels.length).toBe(scores.length);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    expect(labels.length).toBeLessThanOrEqual(30);
    expect(labels).toContain(0);
    expect(labels).toContain(1);
    scores.forEach((s) => expect(s >= 0 && s <= 1).toBe(true));
    // the demos start the slider on this threshold
    expect(thresholdGrid(scores)).toContain(threshold);
  });

  it('balanced: at 0.55 the counts of the readout example', () => {
    const { labels, scores } = SCORED_EXAMPLES.balanced;
    const [point] = thresholdSweep(labels, scores, [0.55]);
    // TP 8, FP 2, TN 10, FN 4 → P 0.8, R 2/3, accuracy 0.75 (sklearn 1.2 gives the same)
    expect(point?.counts).toEqual({ tp: 8, fp: 2, tn: 10, fn: 4 });
    expect(point?.accuracy).toBe(0.75);
  });

  it('imbalanced: 2 positives in 30, high AUC but low AP', () => {
    const { labels, scores } = SCORED_EXAMPLES.imbalanced;
    expect(labels.filter((y) => y === 1)).toHaveLength(2);
    // sklearn 1.2: roc_auc_score 0.892857 = (27 + 23) / 56, average_precision_score 0.392857 = (1/2 + 2/7) / 2
    expect(rocAuc(labels, scores)).toBeCloseTo(50 / 56, 12);
    expect(averagePrecision(labels, scores)).toBeCloseTo((1 / 2 + 2 / 7) / 2, 12);
  });

  it('tied: every grade is a block, four of them with both classes', () => {
    const { labels, scores } = SCORED_EXAMPLES.tied;
    const blocks = tiedScoreBlocks(labels, scores);
    expect(blocks.map((b) => b.score)).toEqual([1, 0.8, 0.6, 0.4, 0.2]);
    expect(blocks.filter((b) => b.positives > 0 && b.negatives > 0)).toHaveLength(4);
    // the other datasets have no ties
    expect(tiedScoreBlocks(SCORED_EXAMPLES.balanced.labels, SCORED_EXAMPLES.balanced.scores)).toEqual([]);
  });
});
