import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  confusionCounts,
  f1Score,
  fBeta,
  falsePositiveRate,
  precision,
  recall,
  specificity,
  type ConfusionCounts,
} from '@/lib/metrics';
import { counts } from './binary-arbitraries';

// sklearn user guide "Precision, recall and F-measures": y_true [0, 1, 0, 1], y_pred [0, 1, 0, 0]
const guide = confusionCounts([0, 1, 0, 1], [0, 1, 0, 0]); // tp 1, fp 0, tn 2, fn 1
// sklearn f1_score docstring, binary: y_true_empty = y_pred_empty = [0, 0, 0, 0, 0, 0]
const empty = confusionCounts([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]); // tn 6 only
const bad = (c: unknown) => c as ConfusionCounts;

describe('precision', () => {
  it('matches the sklearn user guide', () => {
    expect(precision(guide)).toBe(1);
    // precision_recall_fscore_support(..., beta=0.5)[0][0]: class 0 as positive, 2 / (2 + 1)
    expect(precision({ tp: 2, fp: 1 })).toBe(2 / 3);
  });

  it('returns zeroDivision when nothing is predicted positive', () => {
    // sklearn test_zero_division_nan_no_warning: precision_score([0], [0], zero_division=z) == z
    expect(precision(confusionCounts([0], [0]))).toBe(0);
    expect(precision(confusionCounts([0], [0]), 1)).toBe(1);
    expect(precision(confusionCounts([0], [0]), Number.NaN)).toBeNaN();
    // sklearn test_precision_recall_f_binary_single_class: precision_score([-1, -1], [-1, -1]) == 0
    expect(precision(confusionCounts([0, 0], [0, 0]))).toBe(0);
    expect(precision(confusionCounts([1, 1], [1, 1]))).toBe(1);
  });

  it('keeps its value for counts whose sum overflows', () => {
    // MAX / (MAX + MAX) = 1/2; the raw sum is Infinity
    expect(precision({ tp: Number.MAX_VALUE, fp: Number.MAX_VALUE })).toBe(0.5);
  });

  it('rejects invalid counts and zeroDivision', () => {
    expect(() => precision(bad({ tp: 1, fp: -2 }))).toThrow(
      new RangeError('counts.fp must be finite and >= 0, got -2'),
    );
    expect(() => precision(bad({ tp: Number.NaN, fp: 0 }))).toThrow(RangeError);
    expect(() => precision(bad({ tp: '1', fp: 0 }))).toThrow(TypeError);
    expect(() => precision(bad([1, 0]))).toThrow(TypeError);
    expect(() => precision(guide, 0.5)).toThrow(/zeroDivision must be 0, 1 or NaN, got 0.5/);
  });
});

describe('recall', () => {
  it('matches the sklearn user guide', () => {
    expect(recall(guide)).toBe(0.5);
  });

  it('returns zeroDivision when there are no positive labels', () => {
    // sklearn test_zero_division_nan_no_warning: recall_score([0], [0], zero_division=z) == z
    expect(recall(confusionCounts([0], [0]))).toBe(0);
    expect(recall(confusionCounts([0], [0]), 1)).toBe(1);
    expect(recall(confusionCounts([0], [0]), Number.NaN)).toBeNaN();
    // sklearn test_precision_recall_f_binary_single_class: recall_score([1, 1], [1, 1]) == 1
    expect(recall(confusionCounts([1, 1], [1, 1]))).toBe(1);
  });

  it('rejects invalid counts and zeroDivision', () => {
    expect(() => recall(bad({ tp: 1 }))).toThrow(new TypeError('counts.fn must be a number, got undefined'));
    expect(() => recall(guide, -1)).toThrow(RangeError);
    expect(() => recall(guide, '1' as unknown as number)).toThrow(TypeError);
  });
});

describe('specificity and falsePositiveRate', () => {
  it('are the rates of the negative class', () => {
    // sklearn user guide, class 0 as positive: recall 1 (both negatives predicted 0), so specificity 1
    expect(specificity(guide)).toBe(1);
    expect(falsePositiveRate(guide)).toBe(0);
    // sklearn roc_curve docstring at threshold 0.4: 1 false positive of 2 negatives
    const atPoint4 = confusionCounts([0, 0, 1, 1], [0, 1, 0, 1]);
    expect(falsePositiveRate(atPoint4)).toBe(0.5);
    expect(specificity(atPoint4)).toBe(0.5);
  });

  it('return zeroDivision without negative labels', () => {
    // sklearn roc_curve: "No negative samples in y_true" makes the false positive rate undefined
    expect(falsePositiveRate({ fp: 0, tn: 0 })).toBe(0);
    expect(specificity({ tn: 0, fp: 0 }, 1)).toBe(1);
  });

  it('reject invalid counts and zeroDivision', () => {
    expect(() => specificity(bad({ tn: -1, fp: 0 }))).toThrow(/counts.tn/);
    expect(() => falsePositiveRate(bad({ fp: 1 }))).toThrow(TypeError);
    expect(() => falsePositiveRate(guide, 2)).toThrow(RangeError);
  });
});

describe('fBeta', () => {
  it('matches the sklearn user guide', () => {
    // fbeta_score(beta=0.5) = 0.83..., beta=1 = 0.66..., beta=2 = 0.55...
    // from the counts (tp 1, fp 0, fn 1): 1.25 / (1.25 + 0.25), 2 / (2 + 1), 5 / (5 + 4)
    expect(fBeta(guide, 0.5)).toBeCloseTo(1.25 / 1.5, 15);
    expect(fBeta(guide, 1)).toBeCloseTo(2 / 3, 15);
    expect(fBeta(guide, 2)).toBeCloseTo(5 / 9, 15);
    // precision_recall_fscore_support(..., beta=0.5)[2][0] = 0.71...: class 0 has tp 2, fp 1, fn 0
    expect(fBeta({ tp: 2, fp: 1, fn: 0 }, 0.5)).toBeCloseTo(2.5 / 3.5, 15);
  });

  it('is precision at β = 0 and recall at β = Infinity, with their zero-division rules', () => {
    // sklearn test_precision_recall_f_binary_single_class
    expect(fBeta(confusionCounts([1, 1], [1, 1]), 0)).toBe(1);
    expect(fBeta(confusionCounts([0, 0], [0, 0]), Infinity)).toBe(0);
    expect(fBeta(guide, 0)).toBe(precision(guide));
    expect(fBeta(guide, Infinity)).toBe(recall(guide));
    // β = 0 uses precision's rule: tp + fp = 0 gives zeroDivision even though fn > 0
    expect(fBeta({ tp: 0, fp: 0, fn: 3 }, 0, 1)).toBe(1);
    // β = Infinity uses recall's: tp + fn = 0 gives zeroDivision even though fp > 0
    expect(fBeta({ tp: 0, fp: 3, fn: 0 }, Infinity, 1)).toBe(1);
  });

  it('approaches recall for huge β without overflowing', () => {
    // sklearn test_precision_recall_f_binary_single_class: fbeta(beta=inf) == approx(fbeta(beta=1e5))
    expect(fBeta(guide, 1e5)).toBeCloseTo(recall(guide), 9);
    // β² overflows to Infinity at β = 1e200; F is then recall to double precision
    expect(fBeta({ tp: 2, fp: 1, fn: 1 }, 1e200)).toBe(2 / 3);
    expect(fBeta({ tp: 0, fp: 1, fn: 0 }, 1e200, 1)).toBe(0);
    // β² underflows to 0 at β = 1e-200; F is then precision
    expect(fBeta({ tp: 2, fp: 2, fn: 1 }, 1e-200)).toBe(0.5);
    // counts near MAX_VALUE: 2·MAX / (2·MAX + MAX) = 2/3
    expect(fBeta({ tp: Number.MAX_VALUE, fp: Number.MAX_VALUE, fn: 0 }, 1)).toBeCloseTo(2 / 3, 15);
  });

  it('applies zeroDivision only when tp + fn + fp = 0 (sklearn >= 1.3)', () => {
    // sklearn f1_score docstring: all-negative y_true and y_pred -> 0.0,
    // 1.0 with zero_division=1.0, nan with zero_division=np.nan
    expect(fBeta(empty, 1)).toBe(0);
    expect(fBeta(empty, 1, 1)).toBe(1);
    expect(fBeta(empty, 2, Number.NaN)).toBeNaN();
    // precision undefined (nothing predicted positive) but fn > 0: (1+β²)·0 / (β²·2) = 0, not zeroDivision
    expect(fBeta(confusionCounts([1, 1, 0], [0, 0, 0]), 1, 1)).toBe(0);
    // recall undefined (no positive labels) but fp > 0: 0 / 1 = 0
    expect(fBeta(confusionCounts([0, 0], [1, 0]), 2, 1)).toBe(0);
  });

  it('rejects invalid β, counts and zeroDivision', () => {
    expect(() => fBeta(guide, -1)).toThrow(new RangeError('beta must be >= 0 (Infinity allowed), got -1'));
    expect(() => fBeta(guide, Number.NaN)).toThrow(RangeError);
    expect(() => fBeta(guide, '1' as unknown as number)).toThrow(TypeError);
    expect(() => fBeta(bad({ tp: 1, fn: 0 }), 1)).toThrow(/counts.fp/);
    expect(() => fBeta(guide, 1, 0.5)).toThrow(RangeError);
  });
});

describe('f1Score', () => {
  it('matches the sklearn docstrings', () => {
    // sklearn user guide: f1_score = 0.66...
    expect(f1Score(guide)).toBeCloseTo(2 / 3, 15);
    // sklearn f1_score docstring: y_true_empty -> 0.0, zero_division=1.0 -> 1.0, np.nan -> nan
    expect(f1Score(empty)).toBe(0);
    expect(f1Score(empty, 1)).toBe(1);
    expect(f1Score(empty, Number.NaN)).toBeNaN();
    // sklearn confusion_matrix docstring counts (tp 1, fp 2, fn 1): 2 / (2 + 2 + 1)
    expect(f1Score({ tp: 1, fp: 2, fn: 1 })).toBe(0.4);
  });

  it('rejects invalid counts and zeroDivision', () => {
    expect(() => f1Score(bad(undefined))).toThrow(TypeError);
    expect(() => f1Score(guide, 3)).toThrow(RangeError);
  });

  it('is symmetric in fp and fn, and equals 2PR/(P + R) when both are positive (property)', () => {
    fc.assert(
      fc.property(counts, (c) => {
        expect(f1Score(c)).toBe(f1Score({ ...c, fp: c.fn, fn: c.fp }));
        const [p, r] = [precision(c), recall(c)];
        if (p + r > 0) expect(f1Score(c)).toBeCloseTo((2 * p * r) / (p + r), 12);
      }),
    );
  });
});

describe('rates (property)', () => {
  it('lie in [0, 1] whenever defined, and F_β lies between precision and recall', () => {
    const beta = fc.oneof(
      fc.constant(0),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.constant(Infinity),
    );
    fc.assert(
      fc.property(counts, beta, (c, b) => {
        const values = [
          precision(c),
          recall(c),
          specificity(c),
          falsePositiveRate(c),
          fBeta(c, b),
          f1Score(c),
        ];
        values.forEach((v) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        });
        // fpr = 1 − specificity; with no negatives, zeroDivision 1 and 0 keep the sum at 1
        expect(specificity(c, 1) + falsePositiveRate(c, 0)).toBeCloseTo(1, 12);
        if (c.tp > 0) {
          const [p, r] = [precision(c), recall(c)];
          expect(fBeta(c, b)).toBeGreaterThanOrEqual(Math.min(p, r) - 1e-12);
          expect(fBeta(c, b)).toBeLessThanOrEqual(Math.max(p, r) + 1e-12);
        }
      }),
    );
  });
});
