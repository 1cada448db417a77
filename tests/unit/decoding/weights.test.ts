import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, gaussianWeights, standardNormal, withOutlier } from '@/lib/decoding';

describe('gaussianWeights', () => {
  it('applies Box–Muller to the Mulberry32 stream', () => {
    // seed 1985 words 3527837133, 3112574143 (rng.test.ts): u₁ = 1 − 0.8213886 = 0.1786114,
    // u₂ = 0.7247026; √(−2 ln u₁) = 1.8560941, cos(2π u₂) = −0.1582795 → z = −0.2937817 (Python math)
    const [z] = gaussianWeights(1, 1985, 1);
    expect(z).toBeCloseTo(-0.2937817437, 9);
    expect(gaussianWeights(1, 1985, 0.1)[0]).toBeCloseTo(-0.02937817437, 10);
  });

  it('has mean ≈ 0 and standard deviation ≈ std', () => {
    // 20 000 draws: standard error of the mean 2 / √20000 ≈ 0.014 for std 2
    const w = gaussianWeights(20_000, 11, 2);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const sd = Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length);
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(Math.abs(sd - 2)).toBeLessThan(0.06);
  });

  it('is reproducible and finite (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer(), (n, seed) => {
        const w = gaussianWeights(n, seed, 0.1);
        expect(w).toHaveLength(n);
        expect(gaussianWeights(n, seed, 0.1)).toEqual(w);
        w.forEach((v) => expect(Number.isFinite(v)).toBe(true));
      }),
    );
  });

  it('rejects invalid arguments', () => {
    expect(() => gaussianWeights(0, 1, 1)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => gaussianWeights(2e6, 1, 1)).toThrow(RangeError);
    expect(() => gaussianWeights(4, Number.NaN, 1)).toThrow(RangeError);
    expect(() => gaussianWeights(4, 1, 0)).toThrow(new RangeError('std must be finite and > 0, got 0'));
    expect(() => gaussianWeights('4' as unknown as number, 1, 1)).toThrow(TypeError);
  });
});

describe('withOutlier', () => {
  it('puts factor · mean |x| at the index', () => {
    // mean |x| = (0.1 + 0.2 + 0.3 + 0.4) / 4 = 0.25; 12 × 0.25 = 3
    expect(withOutlier([0.1, -0.2, 0.3, -0.4], 1, 12)).toEqual([0.1, 3, 0.3, -0.4]);
    expect(withOutlier([0, 0], 0, 12)).toEqual([0, 0]);
  });

  it('does not mutate its input', () => {
    const x = [1, 2, 3];
    withOutlier(x, 2, 5);
    expect(x).toEqual([1, 2, 3]);
  });

  it('stays finite near the largest double', () => {
    // each |x_i| / n is summed, so the mean of [MAX, MAX] is MAX, not Infinity
    expect(withOutlier([Number.MAX_VALUE, Number.MAX_VALUE], 0, 1)[0]).toBe(Number.MAX_VALUE);
  });

  it('rejects invalid arguments', () => {
    expect(() => withOutlier([1, 2], 2, 12)).toThrow(
      new RangeError('index must be an integer in [0, 2), got 2'),
    );
    expect(() => withOutlier([], 0, 12)).toThrow(RangeError);
    expect(() => withOutlier([1, Infinity], 0, 12)).toThrow(RangeError);
    expect(() => withOutlier([1, 2], 0, 0)).toThrow(RangeError);
    expect(() => withOutlier([1, 2], 0, '2' as unknown as number)).toThrow(TypeError);
  });
});

describe('standardNormal', () => {
  it('is the Box–Muller draw gaussianWeights scales: u₁ = 1 − rng() first, then u₂', () => {
    // createRng(1985): u = 0.17861…, then 0.72471…; √(−2 ln(1 − 0.17861)) · cos(2π · 0.72471)
    const rng = createRng(1985);
    const u1 = 1 - rng();
    const u2 = rng();
    const expected = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    expect(standardNormal(createRng(1985))).toBe(expected);
    expect(gaussianWeights(1, 1985, 1)[0]).toBe(expected);
    expect(gaussianWeights(1, 1985, 2)[0]).toBe(2 * expected);
  });
});
