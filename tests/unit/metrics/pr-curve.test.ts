import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision, precisionRecallCurve, type BinaryLabel } from '@/lib/metrics';
import { labelsAndScores } from './binary-arbitraries';

const docY: BinaryLabel[] = [0, 0, 1, 1];
const docScores = [0.1, 0.4, 0.35, 0.8];

describe('precisionRecallCurve', () => {
  it('reproduces the sklearn docstring', () => {
    // sklearn precision_recall_curve docstring: precision [0.5, 0.66666667, 0.5, 1, 1],
    // recall [1, 1, 0.5, 0.5, 0], thresholds [0.1, 0.35, 0.4, 0.8]
    expect(precisionRecallCurve(docY, docScores)).toEqual({
      precision: [0.5, 2 / 3, 0.5, 1, 1],
      recall: [1, 1, 0.5, 0.5, 0],
      thresholds: [0.1, 0.35, 0.4, 0.8],
    });
  });

  it('reproduces sklearn test_precision_recall_curve_toydata', () => {
    // sklearn test_ranking.py, drop_intermediate=False
    expect(precisionRecallCurve([0, 1], [0, 1])).toMatchObject({ precision: [0.5, 1, 1], recall: [1, 1, 0] });
    expect(precisionRecallCurve([0, 1], [1, 0])).toMatchObject({ precision: [0.5, 0, 1], recall: [1, 0, 0] });
    expect(precisionRecallCurve([1, 0], [1, 1])).toMatchObject({ precision: [0.5, 1], recall: [1, 0] });
    expect(precisionRecallCurve([1, 0], [1, 0])).toMatchObject({ precision: [0.5, 1, 1], recall: [1, 1, 0] });
    expect(precisionRecallCurve([1, 0], [0.5, 0.5])).toMatchObject({ precision: [0.5, 1], recall: [1, 0] });
    expect(precisionRecallCurve([1, 1], [0.25, 0.75])).toMatchObject({
      precision: [1, 1, 1],
      recall: [1, 0.5, 0],
    });
  });

  it('sets recall to 1 at every threshold when there are no positive labels', () => {
    // sklearn test_precision_recall_curve_toydata: y_true [0, 0], y_score [0.25, 0.75]
    // -> p [0, 0, 1], r [1, 1, 0]
    expect(precisionRecallCurve([0, 0], [0.25, 0.75])).toEqual({
      precision: [0, 0, 1],
      recall: [1, 1, 0],
      thresholds: [0.25, 0.75],
    });
  });

  it('rejects invalid inputs', () => {
    expect(() => precisionRecallCurve([], [])).toThrow(
      new RangeError('yTrue must be non-empty, got an empty array'),
    );
    expect(() => precisionRecallCurve([0, 1], [0.5])).toThrow(
      new RangeError('scores must have the same length as yTrue (2), got 1'),
    );
    expect(() => precisionRecallCurve([0, 3] as BinaryLabel[], [0.1, 0.2])).toThrow(
      /yTrue\[1\] must be 0 or 1/,
    );
    expect(() => precisionRecallCurve([0, 1], [0.1, Number.NaN])).toThrow(
      /scores\[1\] must be finite, got NaN/,
    );
    expect(() => precisionRecallCurve([0, 1], [0.1, -Infinity])).toThrow(RangeError);
    expect(() => precisionRecallCurve([0, 1], '01' as unknown as number[])).toThrow(TypeError);
  });

  it('has one point per distinct score plus (1, 0), recall non-increasing (property)', () => {
    fc.assert(
      fc.property(labelsAndScores, ([y, s]) => {
        const copy = [...s];
        const { precision, recall, thresholds } = precisionRecallCurve(y, s);
        expect(s).toEqual(copy);
        expect(thresholds).toEqual([...new Set(s)].map((x) => (x === 0 ? 0 : x)).sort((a, b) => a - b));
        expect(precision).toHaveLength(thresholds.length + 1);
        expect(recall).toHaveLength(thresholds.length + 1);
        expect(precision.at(-1)).toBe(1);
        expect(recall.at(-1)).toBe(0);
        precision.forEach((p) => expect(p >= 0 && p <= 1).toBe(true));
        recall.forEach((r, i) => {
          if (i > 0) expect(r).toBeLessThanOrEqual(recall[i - 1] ?? Number.NaN);
        });
        // the first point predicts everything positive: precision is the class balance
        expect(precision[0]).toBe(y.filter((v) => v === 1).length / y.length);
      }),
    );
  });
});

describe('averagePrecision', () => {
  it('reproduces the sklearn docstring', () => {
    // sklearn average_precision_score docstring: 0.83 (0.8333333333333333 unrounded, per the brief)
    expect(averagePrecision(docY, docScores)).toBe(0.8333333333333333);
  });

  it('reproduces sklearn test_precision_recall_curve_toydata', () => {
    expect(averagePrecision([0, 1], [0, 1])).toBe(1);
    // "a terrible prediction ... the average_precision_score is the accuracy at chance: 50%"
    expect(averagePrecision([0, 1], [1, 0])).toBe(0.5);
    expect(averagePrecision([1, 0], [1, 1])).toBe(0.5);
    expect(averagePrecision([1, 0], [1, 0])).toBe(1);
    expect(averagePrecision([1, 0], [0.5, 0.5])).toBe(0.5);
    expect(averagePrecision([1, 1], [0.25, 0.75])).toBe(1);
  });

  it('is 0 without positive labels', () => {
    // sklearn test_precision_recall_curve_toydata: y_true [0, 0], y_score [0.25, 0.75] -> 0 (with a warning)
    expect(averagePrecision([0, 0], [0.25, 0.75])).toBe(0);
  });

  it('rejects invalid inputs', () => {
    expect(() => averagePrecision([], [])).toThrow(RangeError);
    expect(() => averagePrecision([0, 1], [0.1])).toThrow(RangeError);
    expect(() => averagePrecision([0, 1], [0.1, Infinity])).toThrow(RangeError);
    expect(() => averagePrecision({} as unknown as BinaryLabel[], [0.1])).toThrow(TypeError);
  });

  it('equals the mean precision at the rank of each positive when scores are distinct (property)', () => {
    // Manning, Raghavan & Schütze, "Introduction to Information Retrieval" (2008), section 8.4:
    // AP = (1/P) Σ over relevant items of precision at their rank
    const distinct = labelsAndScores
      .map(([y, s]) => [y, s.map((_, i) => (i * 7919) % 101)] as const)
      .filter(([y, s]) => y.includes(1) && new Set(s).size === s.length);
    fc.assert(
      fc.property(distinct, ([y, s]) => {
        const order = s.map((_, i) => i).sort((a, b) => (s[b] ?? 0) - (s[a] ?? 0));
        let hits = 0;
        let sum = 0;
        order.forEach((idx, rank) => {
          if (y[idx] === 1) sum += ++hits / (rank + 1);
        });
        expect(averagePrecision(y, s)).toBeCloseTo(sum / hits, 12);
      }),
    );
  });

  it('lies in [0, 1], is 1 for a perfect ranking and never mutates its input (property)', () => {
    fc.assert(
      fc.property(labelsAndScores, ([y, s]) => {
        const copy = [...y];
        const ap = averagePrecision(y, s);
        expect(y).toEqual(copy);
        expect(ap >= 0 && ap <= 1).toBe(true);
        if (y.includes(1))
          expect(
            averagePrecision(
              y,
              y.map((v) => v * 2 - 1),
            ),
          ).toBe(1);
      }),
    );
  });
});
