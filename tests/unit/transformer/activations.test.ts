import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gelu, silu } from '@/lib/transformer';

// mpmath (40 digits) x·Φ(x), the tanh form ½x(1 + tanh(√(2/π)(x + 0.044715x³))), and x/(1 + e^−x), rounded to double
const CASES: [x: number, exact: number, tanh: number, silu: number][] = [
  [-6, -5.9195258702261885e-9, -8.439646700762297e-11, -0.014835738939808645],
  [-3, -0.0040496940948902835, -0.003637392081773019, -0.14227761953270035],
  [-2, -0.04550026389635842, -0.04540230591222498, -0.23840584404423512],
  [-1, -0.15865525393145705, -0.1588080093917233, -0.2689414213699951],
  [-0.5, -0.15426876936299344, -0.15428599017485609, -0.18877033439907273],
  [0.001, 0.000500398942213911, 0.000500398942213582, 0.0005002499999791667],
  [0.5, 0.34573123063700656, 0.34571400982514394, 0.3112296656009273],
  [1, 0.8413447460685429, 0.8411919906082767, 0.7310585786300049],
  [2, 1.9544997361036416, 1.954597694087775, 1.7615941559557649],
  [3, 2.99595030590511, 2.996362607918227, 2.8577223804672998],
  [6, 5.999999994080474, 5.9999999999156035, 5.985164261060191],
];

describe('gelu', () => {
  it("is torch's exact x·Φ(x): gelu(1) = 0.8413447460685429, and within 1e-9 everywhere listed", () => {
    expect(gelu(1)).toBe(0.8413447460685429);
    for (const [x, exact] of CASES) expect(Math.abs(gelu(x) - exact)).toBeLessThan(1e-15);
  });

  it("matches torch's approximate='tanh' form", () => {
    for (const [x, , tanh] of CASES) expect(Math.abs(gelu(x, 'tanh') - tanh)).toBeLessThan(1e-15);
    // the two forms differ by at most ~5e-4 (Hendrycks & Gimpel 2016)
    for (const [, exact, tanh] of CASES) expect(Math.abs(exact - tanh)).toBeLessThan(5e-4);
  });

  it('has the limits 0 at −∞ and x at +∞', () => {
    expect(gelu(0)).toBe(0);
    expect(gelu(-Infinity)).toBe(0);
    expect(gelu(Infinity)).toBe(Infinity);
    expect(gelu(-Infinity, 'tanh')).toBe(0);
    expect(gelu(-50)).toBe(0);
    expect(gelu(-50, 'tanh')).toBe(0);
    expect(gelu(40)).toBe(40);
  });

  it('rejects NaN, non-numbers and unknown approximations', () => {
    expect(() => gelu(Number.NaN)).toThrow(new RangeError('x must be a number, not NaN, got NaN'));
    expect(() => gelu('1' as unknown as number)).toThrow(TypeError);
    expect(() => gelu(1, 'erf' as 'none')).toThrow(
      new RangeError(`approximate must be one of 'none', 'tanh', got "erf"`),
    );
  });

  it('satisfies gelu(x) − gelu(−x) = x, since Φ(x) + Φ(−x) = 1 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        expect(gelu(x) - gelu(-x)).toBeCloseTo(x, 12);
        expect(gelu(x, 'tanh') - gelu(-x, 'tanh')).toBeCloseTo(x, 12);
      }),
    );
  });
});

describe('silu', () => {
  it('is x·σ(x)', () => {
    // torch.nn.functional.silu(1) = σ(1) = scipy.special.expit(1) = 0.7310585786300049
    expect(silu(1)).toBe(0.7310585786300049);
    for (const [x, , , s] of CASES) expect(Math.abs(silu(x) - s)).toBeLessThan(1e-15);
    expect(silu(0)).toBe(0);
    expect(silu(-Infinity)).toBe(0);
    expect(silu(-1000)).toBe(0);
    expect(silu(Infinity)).toBe(Infinity);
  });

  it('rejects NaN and non-numbers', () => {
    expect(() => silu(Number.NaN)).toThrow(RangeError);
    expect(() => silu(null as unknown as number)).toThrow(TypeError);
  });

  it('satisfies silu(x) − silu(−x) = x, since σ(x) + σ(−x) = 1 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(silu(x) - silu(-x)).toBeCloseTo(x, 12);
      }),
    );
  });
});
