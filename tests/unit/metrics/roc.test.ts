import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAuc, rocCurve, type BinaryLabel, type RocCurveOptions } from '@/lib/metrics';
import { twoClassData, twoClassIntegerData } from './binary-arbitraries';

const docY: BinaryLabel[] = [0, 0, 1, 1];
const docScores = [0.1, 0.4, 0.35, 0.8];

/** Trapezoidal area under (x, y), the formula of sklearn `auc`. */
const trapezoid = (x: readonly number[], y: readonly number[]) =>
  x.reduce(
    (area, xi, i) => (i === 0 ? 0 : area + (xi - (x[i - 1] ?? 0)) * ((y[i] ?? 0) + (y[i - 1] ?? 0)) * 0.5),
    0,
  );

describe('rocCurve', () => {
  it('reproduces the sklearn docstring', () => {
    // sklearn roc_curve docstring: y [1, 1, 2, 2] with pos_label=2, scores [0.1, 0.4, 0.35, 0.8] ->
    // fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1], thresholds [inf, 0.8, 0.4, 0.35, 0.1]
    expect(rocCurve(docY, docScores)).toEqual({
      fpr: [0, 0, 0.5, 0.5, 1],
      tpr: [0, 0.5, 0.5, 1, 1],
      thresholds: [Infinity, 0.8, 0.4, 0.35, 0.1],
    });
  });

  it('reproduces sklearn test_roc_curve_toydata', () => {
    // sklearn names the outputs "tpr, fpr" there, but roc_curve returns (fpr, tpr, thresholds)
    expect(rocCurve([0, 1], [0, 1])).toMatchObject({ fpr: [0, 0, 1], tpr: [0, 1, 1] });
    expect(rocCurve([0, 1], [1, 0])).toMatchObject({ fpr: [0, 1, 1], tpr: [0, 0, 1] });
    expect(rocCurve([1, 0], [1, 1])).toMatchObject({ fpr: [0, 1], tpr: [0, 1] });
    expect(rocCurve([1, 0], [1, 0])).toMatchObject({ fpr: [0, 0, 1], tpr: [0, 1, 1] });
  });

  it('drops intermediate thresholds exactly as sklearn test_roc_curve_drop_intermediate', () => {
    expect(rocCurve([0, 0, 0, 0, 1, 1], [0.0, 0.2, 0.5, 0.6, 0.7, 1.0]).thresholds).toEqual([
      Infinity,
      1.0,
      0.7,
      0.0,
    ]);
    // with repeating scores
    const y: BinaryLabel[] = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const s = [0.0, 0.1, 0.6, 0.6, 0.7, 0.8, 0.9, 0.6, 0.7, 0.8, 0.9, 0.9, 1.0];
    expect(rocCurve(y, s).thresholds).toEqual([Infinity, 1.0, 0.9, 0.7, 0.6, 0.0]);
  });

  it('keeps every distinct score with dropIntermediate: false', () => {
    // distinct scores of the first drop_intermediate case, descending, after the leading inf
    expect(rocCurve([0, 0, 0, 0, 1, 1], [0.0, 0.2, 0.5, 0.6, 0.7, 1.0], { dropIntermediate: false })).toEqual(
      {
        fpr: [0, 0, 0, 0.25, 0.5, 0.75, 1],
        tpr: [0, 0.5, 1, 1, 1, 1, 1],
        thresholds: [Infinity, 1.0, 0.7, 0.6, 0.5, 0.2, 0.0],
      },
    );
  });

  it('rejects one class, invalid inputs and options', () => {
    // sklearn test_roc_curve_one_label returns NaN rates with a warning; CONTRACT.md asks for an error
    expect(() => rocCurve([1, 1, 1], [0, 1, 0])).toThrow(
      new RangeError('yTrue must contain both classes for rocCurve, got 3 positive and 0 negative labels'),
    );
    expect(() => rocCurve([0, 0], [0, 1])).toThrow(RangeError);
    expect(() => rocCurve([], [])).toThrow(RangeError);
    expect(() => rocCurve([0, 1], [0, Number.NaN])).toThrow(RangeError);
    expect(() => rocCurve([0, 1], [0, 1], { dropIntermediate: 1 } as unknown as RocCurveOptions)).toThrow(
      new TypeError('options.dropIntermediate must be a boolean, got 1'),
    );
    expect(() => rocCurve([0, 1], [0, 1], null as unknown as RocCurveOptions)).toThrow(TypeError);
  });

  it('runs from (0, 0) to (1, 1), non-decreasing, and dropping keeps the area (property)', () => {
    fc.assert(
      fc.property(twoClassData, fc.boolean(), ([y, s], drop) => {
        const { fpr, tpr, thresholds } = rocCurve(y, s, { dropIntermediate: drop });
        expect([fpr[0], tpr[0], thresholds[0]]).toEqual([0, 0, Infinity]);
        expect([fpr.at(-1), tpr.at(-1)]).toEqual([1, 1]);
        fpr.forEach((x, i) => {
          if (i === 0) return;
          expect(x).toBeGreaterThanOrEqual(fpr[i - 1] ?? Number.NaN);
          expect(tpr[i]).toBeGreaterThanOrEqual(tpr[i - 1] ?? Number.NaN);
          expect(thresholds[i]).toBeLessThan(thresholds[i - 1] ?? Number.NaN);
        });
        const full = rocCurve(y, s, { dropIntermediate: false });
        expect(full.thresholds.slice(1)).toEqual(
          [...new Set(s)].map((x) => (x === 0 ? 0 : x)).sort((a, b) => b - a),
        );
        expect(trapezoid(fpr, tpr)).toBeCloseTo(trapezoid(full.fpr, full.tpr), 12);
      }),
    );
  });
});

describe('rocAuc', () => {
  it('reproduces the sklearn docstring and toy data', () => {
    // sklearn auc docstring: metrics.auc(fpr, tpr) for the roc_curve example -> 0.75
    expect(rocAuc(docY, docScores)).toBe(0.75);
    // sklearn test_roc_curve_toydata: 1, 0, 0.5 (all tied), 1
    expect(rocAuc([0, 1], [0, 1])).toBe(1);
    expect(rocAuc([0, 1], [1, 0])).toBe(0);
    expect(rocAuc([1, 0], [1, 1])).toBe(0.5);
    expect(rocAuc([1, 0], [1, 0])).toBe(1);
  });

  it('counts ties as half, as the Mann–Whitney U does', () => {
    // pairs (pos, neg): (0.5, 0.5) tie -> ½, (0.5, 0.2) win -> 1, (0.9, 0.5) win, (0.9, 0.2) win;
    // U = 3.5 of 2 · 2 = 4 pairs
    expect(rocAuc([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.2])).toBe(3.5 / 4);
  });

  it('rejects one class and invalid inputs', () => {
    // sklearn <= 1.5: ValueError "Only one class present in y_true. ROC AUC score is not defined in
    // that case."
    expect(() => rocAuc([1, 1], [0.2, 0.8])).toThrow(
      new RangeError('yTrue must contain both classes for rocAuc, got 2 positive and 0 negative labels'),
    );
    expect(() => rocAuc([0, 0, 0], [0.2, 0.8, 0.5])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.2])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [Infinity, 0])).toThrow(RangeError);
    expect(() => rocAuc([0, 1] as unknown as BinaryLabel[], 'ab' as unknown as number[])).toThrow(TypeError);
  });

  it('equals U / (n₊ n₋) counted pair by pair (property)', () => {
    fc.assert(
      fc.property(twoClassData, ([y, s]) => {
        let u = 0;
        let pairs = 0;
        y.forEach((yi, i) =>
          y.forEach((yj, j) => {
            if (yi !== 1 || yj !== 0) return;
            pairs++;
            const [si, sj] = [s[i] ?? 0, s[j] ?? 0];
            u += si > sj ? 1 : si === sj ? 0.5 : 0;
          }),
        );
        expect(rocAuc(y, s)).toBe(u / pairs);
      }),
    );
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, and 1 − AUC for flipped labels (property)', () => {
    fc.assert(
      fc.property(twoClassData, ([y, s]) => {
        expect(
          rocAuc(
            y,
            y.map((v) => v + 0.1),
          ),
        ).toBe(1);
        expect(
          rocAuc(
            y,
            y.map((v) => -v),
          ),
        ).toBe(0);
        const flipped = y.map((v) => (1 - v) as BinaryLabel);
        expect(rocAuc(flipped, s)).toBeCloseTo(1 - rocAuc(y, s), 12);
      }),
    );
  });

  it('is invariant to strictly increasing transforms of the scores (property)', () => {
    fc.assert(
      fc.property(twoClassIntegerData, ([y, s]) => {
        const auc = rocAuc(y, s);
        expect(
          rocAuc(
            y,
            s.map((x) => x ** 3 + 5),
          ),
        ).toBe(auc);
        expect(
          rocAuc(
            y,
            s.map((x) => 1 / (1 + Math.exp(-x))),
          ),
        ).toBe(auc);
        expect(
          rocAuc(
            y,
            s.map((x) => 2 ** x),
          ),
        ).toBe(auc);
      }),
    );
  });
});
