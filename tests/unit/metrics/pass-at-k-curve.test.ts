import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passAtKCurve } from '@/lib/metrics';

describe('passAtKCurve', () => {
  it('lists both estimates for k = 1 … n (n = 3, c = 1, worked by hand)', () => {
    // k = 1: 1/3 both; k = 2: 1 − C(2,2)/C(3,2) = 2/3 vs 1 − (2/3)² = 5/9;
    // k = 3: n − c = 2 < 3 so 1, vs 1 − (2/3)³ = 19/27
    const curve = passAtKCurve(3, 1);
    expect(curve.map((p) => p.k)).toEqual([1, 2, 3]);
    const expected = [
      [1 / 3, 1 / 3, 0],
      [2 / 3, 5 / 9, 1 / 9],
      [1, 19 / 27, 8 / 27],
    ];
    curve.forEach((p, i) => {
      expect(p.unbiased).toBeCloseTo(expected[i]?.[0] ?? NaN, 15);
      expect(p.naive).toBeCloseTo(expected[i]?.[1] ?? NaN, 15);
      expect(p.gap).toBeCloseTo(expected[i]?.[2] ?? NaN, 15);
    });
  });

  it('matches the worked example n = 10, c = 3 at k = 5', () => {
    // 1 − C(7,5)/C(10,5) = 1 − 21/252 = 11/12; naive 1 − 0.7⁵ = 1 − 0.16807 = 0.83193
    const p = passAtKCurve(10, 3)[4];
    expect(p?.k).toBe(5);
    expect(p?.unbiased).toBeCloseTo(11 / 12, 15);
    expect(p?.naive).toBeCloseTo(0.83193, 15);
    expect(p?.gap).toBeCloseTo(11 / 12 - 0.83193, 15);
  });

  it('shows the k = n, c = 1 extreme: 1 against 1 − (1 − 1/n)^n', () => {
    // 1 − 0.9¹⁰ = 1 − 0.3486784401
    const last = passAtKCurve(10, 1).at(-1);
    expect(last?.unbiased).toBe(1);
    expect(last?.naive).toBeCloseTo(0.6513215599, 15);
  });

  it('reports no negative rounding noise as a gap', () => {
    // passAtK(200, 10, 1) is 0.04999999999999982 (HumanEval's arithmetic), naive is 0.05
    const first = passAtKCurve(200, 10)[0];
    expect(first?.unbiased).toBe(0.04999999999999982);
    expect(first?.gap).toBe(0);
  });

  it('is all zeros with c = 0 and all ones with c = n, never NaN', () => {
    expect(passAtKCurve(200, 0).every((p) => p.unbiased === 0 && p.naive === 0 && p.gap === 0)).toBe(true);
    expect(passAtKCurve(200, 200).every((p) => p.unbiased === 1 && p.naive === 1 && p.gap === 0)).toBe(true);
    expect(passAtKCurve(1, 0)).toEqual([{ k: 1, unbiased: 0, naive: 0, gap: 0 }]);
  });

  it('never lets the naive estimate exceed the unbiased one (property)', () => {
    const nc = fc
      .integer({ min: 1, max: 200 })
      .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
    fc.assert(
      fc.property(nc, ([n, c]) => {
        const curve = passAtKCurve(n, c);
        expect(curve).toHaveLength(n);
        for (const p of curve) {
          expect(Number.isFinite(p.unbiased) && Number.isFinite(p.naive)).toBe(true);
          expect(p.gap).toBeGreaterThanOrEqual(0);
        }
        expect(curve[0]?.gap ?? 1).toBeCloseTo(0, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects n < 1, c outside [0, n] and non-integers', () => {
    expect(() => passAtKCurve(0, 0)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => passAtKCurve(10, 11)).toThrow(new RangeError('c must be an integer in [0, n = 10], got 11'));
    expect(() => passAtKCurve(10, -1)).toThrow(RangeError);
    expect(() => passAtKCurve(10.5, 1)).toThrow(RangeError);
    expect(() => passAtKCurve(10, '1' as unknown as number)).toThrow(TypeError);
  });
});
