import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, confusionCounts, type BinaryLabel } from '@/lib/metrics';
import { counts, label } from './binary-arbitraries';

describe('confusionCounts', () => {
  it('matches the sklearn confusion_matrix docstring', () => {
    // sklearn confusion_matrix([0, 1, 0, 1], [1, 1, 1, 0]).ravel() -> (tn, fp, fn, tp) = (0, 2, 1, 1)
    expect(confusionCounts([0, 1, 0, 1], [1, 1, 1, 0])).toEqual({ tp: 1, fp: 2, tn: 0, fn: 1 });
  });

  it('counts the sklearn user-guide example', () => {
    // sklearn user guide "Precision, recall and F-measures": y_true [0, 1, 0, 1], y_pred [0, 1, 0, 0]
    expect(confusionCounts([0, 1, 0, 1], [0, 1, 0, 0])).toEqual({ tp: 1, fp: 0, tn: 2, fn: 1 });
  });

  it('gives all zeros for empty arrays, as sklearn accepts ([], [])', () => {
    // sklearn test_zero_division_nan_no_warning uses y_true = y_pred = []
    expect(confusionCounts([], [])).toEqual({ tp: 0, fp: 0, tn: 0, fn: 0 });
  });

  it('rejects bad labels and mismatched lengths', () => {
    expect(() => confusionCounts([0, 1], [1])).toThrow(
      new RangeError('yPred must have the same length as yTrue (2), got 1'),
    );
    expect(() => confusionCounts([0, 2] as BinaryLabel[], [0, 1])).toThrow(
      /yTrue\[1\] must be 0 or 1, got 2/,
    );
    expect(() => confusionCounts([0, 1], [0, -1] as BinaryLabel[])).toThrow(/yPred\[1\]/);
    expect(() => confusionCounts(null as unknown as BinaryLabel[], [])).toThrow(TypeError);
  });

  it('adds up to the sample size and swaps cells when labels and predictions swap (property)', () => {
    const pairs = fc
      .integer({ min: 0, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.array(label, { minLength: n, maxLength: n }),
          fc.array(label, { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(pairs, ([t, p]) => {
        const c = confusionCounts(t, p);
        expect(c.tp + c.fp + c.tn + c.fn).toBe(t.length);
        expect(c.tp + c.fn).toBe(t.filter((y) => y === 1).length);
        expect(confusionCounts(p, t)).toEqual({ tp: c.tp, fp: c.fn, tn: c.tn, fn: c.fp });
      }),
    );
  });
});

describe('accuracy', () => {
  it('is the fraction of correct predictions', () => {
    // sklearn confusion_matrix docstring counts: (tp + tn) / n = (1 + 0) / 4
    expect(accuracy({ tp: 1, fp: 2, tn: 0, fn: 1 })).toBe(0.25);
    // sklearn user guide example: 3 of 4 correct
    expect(accuracy({ tp: 1, fp: 0, tn: 2, fn: 1 })).toBe(0.75);
  });

  it('rejects invalid or empty counts', () => {
    expect(() => accuracy({ tp: 0, fp: 0, tn: 0, fn: 0 })).toThrow(
      new RangeError('counts must have a positive total, got all zeros'),
    );
    expect(() => accuracy({ tp: -1, fp: 0, tn: 2, fn: 0 })).toThrow(
      /counts.tp must be finite and >= 0, got -1/,
    );
    expect(() => accuracy({ tp: 1, fp: 0, tn: Infinity, fn: 0 })).toThrow(RangeError);
    expect(() => accuracy({ tp: 1, fp: 0, tn: 0 } as unknown as Parameters<typeof accuracy>[0])).toThrow(
      new TypeError('counts.fn must be a number, got undefined'),
    );
    expect(() => accuracy(null as unknown as Parameters<typeof accuracy>[0])).toThrow(TypeError);
  });

  it('lies in [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        counts.filter((c) => c.tp + c.fp + c.tn + c.fn > 0),
        (c) => {
          const a = accuracy(c);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
