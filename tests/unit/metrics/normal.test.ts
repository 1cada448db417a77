import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile } from '@/lib/metrics';

describe('erfc', () => {
  it('matches scipy.special.erfc to ~1e-15 relative', () => {
    // scipy 1.17 scipy.special.erfc
    const cases: [number, number][] = [
      [0.1, 0.8875370839817152],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028516],
      [2, 0.004677734981047266],
      [3, 2.2090496998585445e-5],
      [5, 1.5374597944280347e-12],
      [10, 2.0884875837625446e-45],
      [-1, 1.8427007929497148],
      [-3, 1.9999779095030015],
    ];
    for (const [x, expected] of cases) expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(2e-15);
  });

  it('is exact at the ends: erfc(0) = 1, erfc(±Infinity) = 0 and 2', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  it('rejects NaN and non-numbers', () => {
    expect(() => erfc(Number.NaN)).toThrow(new RangeError('x must be a number, not NaN, got NaN'));
    expect(() => erfc('1' as unknown as number)).toThrow(TypeError);
  });

  it('satisfies erfc(x) + erfc(−x) = 2 and decreases (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, d) => {
          expect(erfc(x) + erfc(-x)).toBeCloseTo(2, 14);
          expect(erfc(x + d)).toBeLessThanOrEqual(erfc(x));
        },
      ),
    );
  });
});

describe('normalCdf', () => {
  it('matches scipy.stats.norm.cdf', () => {
    // scipy 1.17 scipy.stats.norm.cdf
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300933, 16);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(0.5)).toBeCloseTo(0.6914624612740131, 15);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('rejects NaN', () => {
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
    expect(() => normalCdf(null as unknown as number)).toThrow(TypeError);
  });
});

describe('normalQuantile', () => {
  it('gives z = 1.959963984540054 at 0.975, not 1.96', () => {
    // CONTRACT.md; scipy.stats.norm.ppf(0.975); Wikipedia "1.96": 1.959963984540054
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(Math.abs(normalQuantile(0.975) - 1.96)).toBeGreaterThan(3e-5);
  });

  it('matches scipy.stats.norm.ppf within 1e-12 from the tails to the centre', () => {
    // scipy 1.17 scipy.stats.norm.ppf
    const cases: [number, number][] = [
      [0.9, 1.2815515655446004],
      [0.95, 1.6448536269514722],
      [0.995, 2.5758293035489004],
      [0.999, 3.090232306167813],
      [0.3, -0.5244005127080409],
      [1e-10, -6.361340902404056],
      [1e-300, -37.0470962993612],
    ];
    for (const [p, z] of cases) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-12);
  });

  it('returns the infinities at 0 and 1 and 0 at one half', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(new RangeError('p must be in [0, 1], got 1.5'));
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => normalQuantile(undefined as unknown as number)).toThrow(TypeError);
  });

  it('inverts normalCdf and is odd about one half (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1e-14 + 1e-13 * p);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 0.5, noNaN: true }), (p) => {
        // 1 − p is rounded by at most 1.1e-16, which moves the quantile by < 1e-13 this far from the tails
        expect(Math.abs(normalQuantile(1 - p) + normalQuantile(p))).toBeLessThan(1e-12);
      }),
    );
  });
});
