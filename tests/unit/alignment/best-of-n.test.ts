import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOfNKl } from '@/lib/alignment';

describe('bestOfNKl', () => {
  it('is ln n − (n − 1)/n', () => {
    // Stiennon et al. 2020; Gao et al. 2022 §2. Python math.log(n) - (n - 1)/n:
    expect(bestOfNKl(1)).toBe(0);
    expect(bestOfNKl(2)).toBe(0.1931471805599453);
    expect(bestOfNKl(4)).toBe(0.6362943611198906);
    expect(bestOfNKl(16)).toBe(1.8350887222397811);
    expect(bestOfNKl(64)).toBe(3.1745080833596715);
    expect(bestOfNKl(1000)).toBeCloseTo(5.908755278982137, 14);
  });

  it('reaches about 10 nats at n = 60,000', () => {
    // Gao et al. 2022 optimise best-of-n up to n = 60,000; ln 60000 − 59999/60000 = 10.002116507870905
    expect(bestOfNKl(60_000)).toBeCloseTo(10.002116507870905, 13);
  });

  it('rejects n that is not an integer ≥ 1', () => {
    expect(() => bestOfNKl(0)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => bestOfNKl(2.5)).toThrow(RangeError);
    expect(() => bestOfNKl(Infinity)).toThrow(RangeError);
    expect(() => bestOfNKl('4' as unknown as number)).toThrow(TypeError);
  });

  it('grows with n and stays below ln n (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (n) => {
        expect(bestOfNKl(n + 1)).toBeGreaterThan(bestOfNKl(n));
        expect(bestOfNKl(n)).toBeLessThanOrEqual(Math.log(n));
        expect(bestOfNKl(n)).toBeGreaterThanOrEqual(Math.log(n) - 1);
      }),
    );
  });
});
