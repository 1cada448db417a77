import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  confusionCounts,
  countsAtThresholds,
  precisionRecallCurve,
  thresholdSweep,
  type BinaryLabel,
} from '@/lib/metrics';
import { labelsAndScores } from './binary-arbitraries';

const docY: BinaryLabel[] = [0, 0, 1, 1];
const docScores = [0.1, 0.4, 0.35, 0.8];

describe('countsAtThresholds', () => {
  it('reproduces the sklearn confusion_matrix_at_thresholds docstring', () => {
    // sklearn 1.8 docstring: fps [0, 1, 1, 2], tps [1, 1, 2, 2], thresholds [0.8, 0.4, 0.35, 0.1]
    expect(countsAtThresholds(docY, docScores)).toEqual({
      thresholds: [0.8, 0.4, 0.35, 0.1],
      tps: [1, 1, 2, 2],
      fps: [0, 1, 1, 2],
    });
  });

  it('merges tied scores into one threshold', () => {
    // three samples at 0.5: one positive, two negatives -> a single step of (tp + 1, fp + 2)
    expect(countsAtThresholds([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.9])).toEqual({
      thresholds: [0.9, 0.5],
      tps: [1, 2],
      fps: [0, 2],
    });
  });

  it('returns no thresholds for no samples (the curves reject that first)', () => {
    expect(countsAtThresholds([], [])).toEqual({ thresholds: [], tps: [], fps: [] });
  });

  it('rejects invalid inputs', () => {
    expect(() => countsAtThresholds([0, 1], [0.5])).toThrow(
      new RangeError('scores must have the same length as yTrue (2), got 1'),
    );
    expect(() => countsAtThresholds([0, 5] as BinaryLabel[], [0.5, 0.2])).toThrow(RangeError);
    expect(() => countsAtThresholds([0], [Number.NaN])).toThrow(RangeError);
    expect(() => countsAtThresholds([0], 0.5 as unknown as number[])).toThrow(TypeError);
  });
});

describe('thresholdSweep', () => {
  it('evaluates the sklearn docstring data at every distinct score and at Infinity', () => {
    // at t: predicted positive iff score >= t; counts from confusionCounts on the thresholded scores
    const sweep = thresholdSweep(docY, docScores);
    expect(sweep.map((p) => p.threshold)).toEqual([0.1, 0.35, 0.4, 0.8, Infinity]);
    expect(sweep.map((p) => p.counts)).toEqual([
      { tp: 2, fp: 2, tn: 0, fn: 0 },
      { tp: 2, fp: 1, tn: 1, fn: 0 },
      { tp: 1, fp: 1, tn: 1, fn: 1 },
      { tp: 1, fp: 0, tn: 2, fn: 1 },
      { tp: 0, fp: 0, tn: 2, fn: 2 },
    ]);
    // sklearn precision_recall_curve docstring: precision [0.5, 0.66666667, 0.5, 1], recall [1, 1, 0.5, 0.5]
    expect(sweep.map((p) => p.precision)).toEqual([0.5, 2 / 3, 0.5, 1, 0]);
    expect(sweep.map((p) => p.recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    // F1 = 2tp / (2tp + fp + fn): 4/6, 4/5, 2/4, 2/3, and 0 with nothing predicted
    expect(sweep.map((p) => p.f1)).toEqual([4 / 6, 4 / 5, 2 / 4, 2 / 3, 0]);
    expect(sweep.map((p) => p.accuracy)).toEqual([0.5, 0.75, 0.5, 0.75, 0.5]);
  });

  it('uses given thresholds in order and passes zeroDivision on', () => {
    const sweep = thresholdSweep(docY, docScores, [Infinity, -Infinity, 0.37], 1);
    expect(sweep.map((p) => p.counts)).toEqual([
      { tp: 0, fp: 0, tn: 2, fn: 2 },
      { tp: 2, fp: 2, tn: 0, fn: 0 },
      { tp: 1, fp: 1, tn: 1, fn: 1 },
    ]);
    // nothing predicted positive: precision = zeroDivision = 1; recall 0 and F1 0 are defined
    expect(sweep[0]).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(thresholdSweep(docY, docScores, [])).toEqual([]);
  });

  it('rejects invalid inputs', () => {
    expect(() => thresholdSweep([], [])).toThrow(RangeError);
    expect(() => thresholdSweep(docY, [0.1, 0.2])).toThrow(RangeError);
    expect(() => thresholdSweep(docY, docScores, [0.5, Number.NaN])).toThrow(
      new RangeError('thresholds[1] must not be NaN, got NaN'),
    );
    expect(() => thresholdSweep(docY, docScores, ['0.5'] as unknown as number[])).toThrow(TypeError);
    expect(() => thresholdSweep(docY, docScores, undefined, 2)).toThrow(RangeError);
  });

  it('agrees with confusionCounts and with precisionRecallCurve (property)', () => {
    fc.assert(
      fc.property(labelsAndScores, ([y, s]) => {
        const sweep = thresholdSweep(y, s);
        const curve = precisionRecallCurve(y, s);
        expect(sweep.at(-1)?.threshold).toBe(Infinity);
        sweep.forEach((point, i) => {
          const predicted = s.map((x) => (x >= point.threshold ? 1 : 0) as BinaryLabel);
          expect(point.counts).toEqual(confusionCounts(y, predicted));
          if (i < curve.thresholds.length) {
            expect(point.threshold).toBe(curve.thresholds[i]);
            expect(point.precision).toBe(curve.precision[i]);
            // precisionRecallCurve sets recall to 1 when there are no positives; the sweep uses zeroDivision
            if (y.includes(1)) expect(point.recall).toBe(curve.recall[i]);
          }
          [point.precision, point.recall, point.f1, point.accuracy].forEach((v) =>
            expect(v >= 0 && v <= 1).toBe(true),
          );
        });
      }),
    );
  });
});
