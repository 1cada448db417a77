import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp2Dyadic } from '@/lib/transformer/pow2';

describe('exp2Dyadic', () => {
  it('is correctly rounded where 2 ** x in V8 is an ulp off', () => {
    // mpmath 2^(−1/2), 2^(−3/2), 2^(1/4), 2^(−7/8), 2^(5/16) rounded to double (Python's correctly rounded pow agrees)
    expect(exp2Dyadic(-1, 1)).toBe(0.7071067811865476);
    expect(exp2Dyadic(-3, 1)).toBe(0.3535533905932738);
    expect(exp2Dyadic(1, 2)).toBe(1.189207115002721);
    expect(exp2Dyadic(-7, 3)).toBe(0.5452538663326288);
    expect(exp2Dyadic(5, 4)).toBe(1.241857812073484);
    expect(exp2Dyadic(-16, 4)).toBe(0.5);
    expect(exp2Dyadic(3, 0)).toBe(8);
  });

  it('rejects non-integers', () => {
    expect(() => exp2Dyadic(0.5, 1)).toThrow(RangeError);
    expect(() => exp2Dyadic(1, -1)).toThrow(
      new RangeError('log2Denominator must be an integer >= 0, got -1'),
    );
    expect(() => exp2Dyadic('1' as unknown as number, 1)).toThrow(TypeError);
  });

  it('is within an ulp of 2 ** x and exact on integers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 10 }), (a, j) => {
        const x = exp2Dyadic(a, j);
        expect(Math.abs(x - 2 ** (a / 2 ** j)) / x).toBeLessThanOrEqual(2.3e-16);
        expect(exp2Dyadic(a * 2 ** j, j)).toBe(2 ** a);
      }),
    );
  });
});
