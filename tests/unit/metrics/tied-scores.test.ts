import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocCurve, tiedScoreBlocks, type BinaryLabel } from '@/lib/metrics';
import { labelsAndScores, twoClassData } from './binary-arbitraries';

describe('tiedScoreBlocks', () => {
  it('finds the tied block of the curves page example', () => {
    // y [1, 0, 1, 0, 1], scores [0.9, 0.5, 0.5, 0.5, 0.1]: the three samples at 0.5 are 1 positive
    // and 2 negatives; 0.9 and 0.1 are single samples
    expect(tiedScoreBlocks([1, 0, 1, 0, 1], [0.9, 0.5, 0.5, 0.5, 0.1])).toEqual([
      { score: 0.5, positives: 1, negatives: 2 },
    ]);
  });

  it('lists the blocks of sklearn test_roc_curve_drop_intermediate, highest score first', () => {
    const y: BinaryLabel[] = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const s = [0.0, 0.1, 0.6, 0.6, 0.7, 0.8, 0.9, 0.6, 0.7, 0.8, 0.9, 0.9, 1.0];
    // 0.9: positives at 0.9, 0.9 and a negative; 0.8 and 0.7: one of each; 0.6: 1 positive, 2 negatives
    expect(tiedScoreBlocks(y, s)).toEqual([
      { score: 0.9, positives: 2, negatives: 1 },
      { score: 0.8, positives: 1, negatives: 1 },
      { score: 0.7, positives: 1, negatives: 1 },
      { score: 0.6, positives: 1, negatives: 2 },
    ]);
  });

  it('keeps same-label blocks and returns nothing without ties', () => {
    expect(tiedScoreBlocks([1, 1, 0], [0.7, 0.7, 0.2])).toEqual([{ score: 0.7, positives: 2, negatives: 0 }]);
    expect(tiedScoreBlocks([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toEqual([]);
    expect(tiedScoreBlocks([], [])).toEqual([]);
  });

  it('rejects invalid inputs', () => {
    expect(() => tiedScoreBlocks([0, 1], [0.5])).toThrow(
      new RangeError('scores must have the same length as yTrue (2), got 1'),
    );
    expect(() => tiedScoreBlocks([2] as unknown as BinaryLabel[], [0.5])).toThrow(RangeError);
    expect(() => tiedScoreBlocks([0], [Infinity])).toThrow(RangeError);
    expect(() => tiedScoreBlocks('01' as unknown as BinaryLabel[], [0.5, 0.5])).toThrow(TypeError);
  });

  it('accounts for every repeated score', () => {
    fc.assert(
      fc.property(labelsAndScores, ([y, s]) => {
        const blocks = tiedScoreBlocks(y, s);
        for (const b of blocks) {
          const inBlock = s.flatMap((x, i) => (x === b.score ? [y[i]] : []));
          expect(inBlock.length).toBeGreaterThan(1);
          expect(inBlock.filter((l) => l === 1)).toHaveLength(b.positives);
          expect(inBlock.filter((l) => l === 0)).toHaveLength(b.negatives);
        }
        const repeated = new Set(s.filter((x, i) => s.indexOf(x) !== i).map((x) => (x === 0 ? 0 : x)));
        expect(blocks.map((b) => b.score).sort((a, b) => a - b)).toEqual([...repeated].sort((a, b) => a - b));
      }),
    );
  });

  it('is exactly where the full ROC curve moves up and right at once', () => {
    fc.assert(
      fc.property(twoClassData, ([y, s]) => {
        const { fpr, tpr, thresholds } = rocCurve(y, s, { dropIntermediate: false });
        const diagonal = thresholds.filter(
          (_, i) => i > 0 && (fpr[i] ?? 0) > (fpr[i - 1] ?? 0) && (tpr[i] ?? 0) > (tpr[i - 1] ?? 0),
        );
        const mixed = tiedScoreBlocks(y, s).filter((b) => b.positives > 0 && b.negatives > 0);
        expect(diagonal).toEqual(mixed.map((b) => b.score));
      }),
    );
  });
});
