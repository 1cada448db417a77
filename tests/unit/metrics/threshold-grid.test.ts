import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionCounts, predictAtThreshold, thresholdGrid, thresholdSweep } from '@/lib/metrics';
import { labelsAndScores, score } from './binary-arbitraries';

const docScores = [0.1, 0.4, 0.35, 0.8];

describe('thresholdGrid', () => {
  it('interleaves the distinct scores with their midpoints and ends at Infinity', () => {
    // 0.25 | (0.25 + 0.5) / 2 = 0.375 | 0.5 | (0.5 + 0.75) / 2 = 0.625 | 0.75 | ∞ (all exact in binary)
    expect(thresholdGrid([0.75, 0.25, 0.25, 0.5])).toEqual([0.25, 0.375, 0.5, 0.625, 0.75, Infinity]);
  });

  it('holds the thresholds of the sklearn docstring data, ascending', () => {
    // sklearn precision_recall_curve docstring thresholds [0.1, 0.35, 0.4, 0.8]; midpoints 0.225, 0.375, 0.6
    const grid = thresholdGrid(docScores);
    expect(grid.filter((_, i) => i % 2 === 0)).toEqual([0.1, 0.35, 0.4, 0.8]);
    expect(grid[1]).toBeCloseTo(0.225, 15);
    expect(grid[3]).toBeCloseTo(0.375, 15);
    expect(grid[5]).toBeCloseTo(0.6, 15);
    expect(grid[7]).toBe(Infinity);
    expect(grid).toHaveLength(8);
  });

  it('handles one score, -0, huge scores and neighbouring doubles', () => {
    expect(thresholdGrid([0.3, 0.3])).toEqual([0.3, Infinity]);
    expect(Object.is(thresholdGrid([-0])[0], 0)).toBe(true);
    // (MAX + MAX) / 2 would overflow; MAX/2 + (−MAX)/2 = 0
    expect(thresholdGrid([Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual([
      -Number.MAX_VALUE,
      0,
      Number.MAX_VALUE,
      Infinity,
    ]);
    // no double lies strictly between 1 and the next double up: no midpoint
    const next = 1 + Number.EPSILON;
    expect(thresholdGrid([1, next])).toEqual([1, next, Infinity]);
  });

  it('rejects invalid inputs', () => {
    expect(() => thresholdGrid([])).toThrow(new RangeError('scores must be non-empty, got an empty array'));
    expect(() => thresholdGrid([0.5, Number.NaN])).toThrow(RangeError);
    expect(() => thresholdGrid([0.5, Infinity])).toThrow(RangeError);
    expect(() => thresholdGrid('0.5' as unknown as number[])).toThrow(TypeError);
  });

  it('is strictly ascending, contains every score and adds no new confusion matrix', () => {
    fc.assert(
      fc.property(labelsAndScores, ([y, s]) => {
        const grid = thresholdGrid(s);
        grid.forEach((t, i) => i > 0 && expect(t).toBeGreaterThan(grid[i - 1] ?? -Infinity));
        s.forEach((x) => expect(grid).toContain(x === 0 ? 0 : x));
        expect(grid[grid.length - 1]).toBe(Infinity);
        // a midpoint predicts exactly what the score above it predicts
        const sweep = thresholdSweep(y, s, grid);
        const distinct = thresholdSweep(y, s);
        expect(new Set(sweep.map((p) => JSON.stringify(p.counts)))).toEqual(
          new Set(distinct.map((p) => JSON.stringify(p.counts))),
        );
      }),
    );
  });
});

describe('predictAtThreshold', () => {
  it('predicts positive iff score >= threshold', () => {
    // sklearn docstring scores at the threshold 0.4: 0.4 itself is positive, 0.35 is not
    expect(predictAtThreshold(docScores, 0.4)).toEqual([0, 1, 0, 1]);
    expect(predictAtThreshold(docScores, 0.1)).toEqual([1, 1, 1, 1]);
    expect(predictAtThreshold(docScores, Infinity)).toEqual([0, 0, 0, 0]);
    expect(predictAtThreshold(docScores, -Infinity)).toEqual([1, 1, 1, 1]);
    expect(predictAtThreshold([], 0.5)).toEqual([]);
  });

  it('rejects invalid inputs', () => {
    expect(() => predictAtThreshold(docScores, Number.NaN)).toThrow(
      new RangeError('threshold must be a number other than NaN, got NaN'),
    );
    expect(() => predictAtThreshold(docScores, '0.4' as unknown as number)).toThrow(TypeError);
    expect(() => predictAtThreshold([Number.NaN], 0.4)).toThrow(RangeError);
    expect(() => predictAtThreshold(null as unknown as number[], 0.4)).toThrow(TypeError);
  });

  it('gives the counts of thresholdSweep at the same threshold', () => {
    fc.assert(
      fc.property(labelsAndScores, score, ([y, s], t) => {
        const [point] = thresholdSweep(y, s, [t]);
        expect(confusionCounts(y, predictAtThreshold(s, t))).toEqual(point?.counts);
      }),
    );
  });
});
