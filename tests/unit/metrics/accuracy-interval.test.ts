import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracyInterval } from '@/lib/metrics';

// R binom::binom.confint(x, n, tol = 1e-8), as stored in statsmodels'
// statsmodels/stats/tests/results/results_proportion.py (methods "wilson" and "asymptotic").
const R_WILSON: [number, number, number, number][] = [
  [18, 20, 0.6989663547715128, 0.972133518786232],
  [4, 20, 0.0806576625797981, 0.4160174322518935],
  [4, 200, 0.00780442641634947, 0.05028708690582643],
  [190, 200, 0.910421851861224, 0.972617354399236],
  [0, 30, 0, 0.11351339],
  [30, 30, 0.8864866, 1],
];

describe('accuracyInterval', () => {
  it('reproduces R binom.confint "wilson" (statsmodels test data)', () => {
    for (const [k, n, low, high] of R_WILSON) {
      const ci = accuracyInterval(k, n);
      expect(ci.low).toBeCloseTo(low, 7);
      expect(ci.high).toBeCloseTo(high, 7);
    }
  });

  it('reproduces R binom.confint "asymptotic" as Wald, clipped to [0, 1]', () => {
    // R gives 1.031478381086487 for the upper end at 18/20 and −0.0309007 for the lower at 1/30;
    // statsmodels' proportion_confint(method="normal") clips both
    const a = accuracyInterval(18, 20, { method: 'wald' });
    expect(a.low).toBeCloseTo(0.768521618913513, 12);
    expect(a.high).toBe(1);
    const b = accuracyInterval(4, 20, { method: 'wald' });
    expect(b.low).toBeCloseTo(0.0246954918846837, 12);
    expect(b.high).toBeCloseTo(0.3753045081153163, 12);
    const c = accuracyInterval(4, 200, { method: 'wald' });
    expect(c.low).toBeCloseTo(0.000597346459104517, 12);
    expect(c.high).toBeCloseTo(0.0394026535408955, 12);
    const d = accuracyInterval(1, 30, { method: 'wald' });
    expect(d.low).toBe(0);
    expect(d.high).toBeCloseTo(0.09756737, 7);
  });

  it('gives HumanEval a standard error of about 3.9 points at p ≈ 0.5', () => {
    // Miller 2024, "Adding error bars to evals": SE = √(p(1−p)/n); HumanEval has n = 164 problems
    // (Chen et al. 2021); √(0.25/164) = 0.0390434...
    expect(accuracyInterval(82, 164).standardError).toBeCloseTo(0.0390434404721515, 14);
  });

  it('uses the confidence level through the exact normal quantile', () => {
    // R binom.confint(18, 20, conf.level = 0.99, methods = "asymptotic"): 0.9 ± 2.5758293035489·0.067082
    const ci = accuracyInterval(18, 20, { method: 'wald', confidence: 0.99 });
    expect(ci.low).toBeCloseTo(0.9 - 2.5758293035489004 * Math.sqrt(0.09 / 20), 12);
  });

  it('rejects counts, sizes, levels and methods out of range', () => {
    expect(() => accuracyInterval(1, 0)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => accuracyInterval(11, 10)).toThrow(
      new RangeError('correct must be an integer in [0, n = 10], got 11'),
    );
    expect(() => accuracyInterval(2.5, 10)).toThrow(RangeError);
    expect(() => accuracyInterval(5, 10, { confidence: 1 })).toThrow(
      new RangeError('options.confidence must be in (0, 1), got 1'),
    );
    expect(() => accuracyInterval(5, 10, { method: 'exact' as 'wald' })).toThrow(
      new RangeError(`options.method must be 'wilson' or 'wald', got "exact"`),
    );
    expect(() => accuracyInterval('5' as unknown as number, 10)).toThrow(TypeError);
    expect(() => accuracyInterval(5, 10, null as unknown as object)).toThrow(TypeError);
  });

  const data = fc
    .integer({ min: 1, max: 2000 })
    .chain((n) =>
      fc.tuple(
        fc.integer({ min: 0, max: n }),
        fc.constant(n),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
      ),
    );

  it('Wilson stays inside [0, 1], contains p̂ and is narrower at higher n (property)', () => {
    fc.assert(
      fc.property(data, ([k, n, level]) => {
        const { low, high } = accuracyInterval(k, n, { confidence: level });
        const p = k / n;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(p);
        expect(high).toBeGreaterThanOrEqual(p);
        const big = accuracyInterval(4 * k, 4 * n, { confidence: level });
        expect(big.high - big.low).toBeLessThan(high - low + 1e-12);
      }),
    );
  });

  it('widens with the confidence level, and Wald is symmetric around p̂ before clipping (property)', () => {
    fc.assert(
      fc.property(data, ([k, n, level]) => {
        const narrow = accuracyInterval(k, n, { confidence: level * 0.9 });
        const wide = accuracyInterval(k, n, { confidence: level });
        expect(wide.low).toBeLessThanOrEqual(narrow.low + 1e-15);
        expect(wide.high).toBeGreaterThanOrEqual(narrow.high - 1e-15);
        const w = accuracyInterval(k, n, { method: 'wald', confidence: level });
        const p = k / n;
        if (w.low > 0 && w.high < 1) expect(p - w.low).toBeCloseTo(w.high - p, 12);
      }),
    );
  });
});
