import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brierScore, expectedCalibrationError } from '@/lib/metrics';

describe('expectedCalibrationError', () => {
  it('reproduces the torchmetrics BinaryCalibrationError docstring (n_bins=2, l1)', () => {
    // torchmetrics: preds [0.25, 0.25, 0.55, 0.75, 0.75], target [0, 0, 1, 1, 1] → tensor(0.2900)
    const r = expectedCalibrationError([0.25, 0.25, 0.55, 0.75, 0.75], [false, false, true, true, true], {
      bins: 2,
    });
    expect(r.ece).toBeCloseTo(0.29, 12);
    expect(r.bins.map((b) => b.count)).toEqual([2, 3]);
  });

  it('bins like scikit-learn calibration_curve (its docstring example, n_bins=3)', () => {
    // sklearn.calibration.calibration_curve docstring: y_true [0,0,0,0,1,1,1,1,1],
    // y_pred [0.1,0.2,0.3,0.4,0.65,0.7,0.8,0.9,1.] → prob_true [0, 0.5, 1], prob_pred [0.2, 0.525, 0.85]
    const y = [0, 0, 0, 0, 1, 1, 1, 1, 1].map((v) => v === 1);
    const r = expectedCalibrationError([0.1, 0.2, 0.3, 0.4, 0.65, 0.7, 0.8, 0.9, 1], y, { bins: 3 });
    expect(r.bins.map((b) => b.accuracy)).toEqual([0, 0.5, 1]);
    const conf = r.bins.map((b) => b.confidence ?? Number.NaN);
    expect(conf[0]).toBeCloseTo(0.2, 15);
    expect(conf[1]).toBeCloseTo(0.525, 15);
    expect(conf[2]).toBeCloseTo(0.85, 15);
    // ECE = 3/9·0.2 + 2/9·0.025 + 4/9·0.15
    expect(r.ece).toBeCloseTo((3 * 0.2 + 2 * 0.025 + 4 * 0.15) / 9, 14);
  });

  it('puts a confidence on an edge in the lower bin, as Guo et al.’s (lower, upper] test does', () => {
    // gpleiss/temperature_scaling _ECELoss: in_bin = conf > lower and conf <= upper
    const r = expectedCalibrationError([0.5, 0.1, 0.2 + 0.1], [true, false, true], { bins: 10 });
    expect(r.bins[4]!.count).toBe(1); // 0.5 is in (0.4, 0.5]
    expect(r.bins[0]!.count).toBe(1); // 0.1 is in (0, 0.1]
    expect(r.bins[3]!.count).toBe(1); // 0.30000000000000004 > 3/10 lands in (0.3, 0.4]
  });

  it('keeps a confidence of exactly 0 in the first bin (Guo’s code would drop it)', () => {
    const r = expectedCalibrationError([0, 0.05], [false, true], { bins: 10 });
    expect(r.bins[0]!.count).toBe(2);
    expect(r.bins[0]!.confidence).toBeCloseTo(0.025, 15);
  });

  it('reports empty bins with count 0 and null accuracy and confidence, and defaults to 10 bins', () => {
    const r = expectedCalibrationError([0.95], [true]);
    expect(r.bins).toHaveLength(10);
    expect(r.bins[0]).toEqual({ lower: 0, upper: 0.1, count: 0, accuracy: null, confidence: null });
    expect(r.bins[9]!.upper).toBe(1);
    expect(r.ece).toBeCloseTo(0.05, 15);
  });

  it('rejects malformed input', () => {
    expect(() => expectedCalibrationError([], [])).toThrow(
      new RangeError('confidences must be non-empty, got an empty array'),
    );
    expect(() => expectedCalibrationError([0.5], [true, false])).toThrow(
      new RangeError('correct must have the same length as confidences (1), got 2'),
    );
    expect(() => expectedCalibrationError([1.2], [true])).toThrow(
      new RangeError('confidences[0] must be in [0, 1], got 1.2'),
    );
    expect(() => expectedCalibrationError([Number.NaN], [true])).toThrow(RangeError);
    expect(() => expectedCalibrationError([0.5], [1 as unknown as boolean])).toThrow(
      new TypeError('correct[0] must be a boolean, got 1'),
    );
    expect(() => expectedCalibrationError([0.5], [true], { bins: 0 })).toThrow(
      new RangeError('options.bins must be an integer >= 1, got 0'),
    );
    expect(() => expectedCalibrationError([0.5], [true], { bins: 2.5 })).toThrow(RangeError);
    expect(() => expectedCalibrationError('x' as unknown as number[], [])).toThrow(TypeError);
  });

  const predictions = fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: 20 }),
      ),
    );

  it('lies in [0, 1], counts every prediction once and keeps confidences inside their bin (property)', () => {
    fc.assert(
      fc.property(predictions, ([conf, hits, m]) => {
        const r = expectedCalibrationError(conf, hits, { bins: m });
        expect(r.ece).toBeGreaterThanOrEqual(0);
        expect(r.ece).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.bins.reduce((s, b) => s + b.count, 0)).toBe(conf.length);
        for (const b of r.bins) {
          if (b.confidence === null) continue;
          expect(b.confidence).toBeGreaterThanOrEqual(b.lower === 0 ? 0 : b.lower);
          expect(b.confidence).toBeLessThanOrEqual(b.upper + 1e-15);
        }
      }),
    );
  });

  it('is 0 when every bin’s accuracy equals its confidence, e.g. all-correct at confidence 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (n, m) => {
        const r = expectedCalibrationError(new Array<number>(n).fill(1), new Array<boolean>(n).fill(true), {
          bins: m,
        });
        expect(r.ece).toBe(0);
      }),
    );
  });
});

describe('brierScore', () => {
  it('reproduces the scikit-learn brier_score_loss examples', () => {
    // sklearn docstring: y_true [0, 1, 1, 0], y_prob [0.1, 0.9, 0.8, 0.3] → 0.037...
    expect(brierScore([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0])).toBeCloseTo(0.0375, 15);
    // sklearn user guide (model_evaluation, "Brier score loss"): y_prob [0.1, 0.9, 0.8, 0.4] → 0.055
    expect(brierScore([0.1, 0.9, 0.8, 0.4], [0, 1, 1, 0])).toBeCloseTo(0.055, 15);
    // sklearn: brier_score_loss(y_true, y_prob > 0.5) → 0.0
    expect(brierScore([0, 1, 1, 0], [0, 1, 1, 0])).toBe(0);
  });

  it('gives 0.25 to a constant forecast of 0.5 (Brier 1950: the score of an uninformative forecast)', () => {
    expect(brierScore([0.5, 0.5, 0.5], [0, 1, 1])).toBe(0.25);
  });

  it('rejects malformed input', () => {
    expect(() => brierScore([], [])).toThrow(new RangeError('probs must be non-empty, got an empty array'));
    expect(() => brierScore([0.5], [2])).toThrow(new RangeError('labels[0] must be 0 or 1, got 2'));
    expect(() => brierScore([1.5], [1])).toThrow(new RangeError('probs[0] must be in [0, 1], got 1.5'));
    expect(() => brierScore([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => brierScore([0.5], 'x' as unknown as number[])).toThrow(TypeError);
  });

  it('lies in [0, 1] and is minimised by predicting the labels (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
              fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
            ),
          ),
        ([p, y]) => {
          const bs = brierScore(p, y);
          expect(bs).toBeGreaterThanOrEqual(0);
          expect(bs).toBeLessThanOrEqual(1);
          expect(brierScore(y, y)).toBe(0);
          expect(
            brierScore(
              y.map((v) => 1 - v),
              y,
            ),
          ).toBe(1);
        },
      ),
    );
  });
});
