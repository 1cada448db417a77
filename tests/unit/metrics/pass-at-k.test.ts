import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naivePassAtK, passAtK } from '@/lib/metrics';

/** Exact C(n, k) with BigInt, an independent check of the product form. */
function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 0; i < k; i++) result = (result * BigInt(n - i)) / BigInt(i + 1);
  return result;
}

/** (n, c, k) with 1 ≤ n ≤ 60, 0 ≤ c ≤ n, 1 ≤ k ≤ n. */
const nck = fc
  .integer({ min: 1, max: 60 })
  .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }), fc.integer({ min: 1, max: n })));

describe('passAtK', () => {
  it('matches exact binomial ratios', () => {
    // 1 − C(7,2)/C(10,2) = 1 − 21/45 = 24/45
    expect(passAtK(10, 3, 2)).toBeCloseTo(24 / 45, 15);
    // 1 − C(3,2)/C(5,2) = 1 − 3/10
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 15);
    // 1 − C(15,10)/C(20,10) = 1 − 3003/184756 = 1271/1292
    expect(passAtK(20, 5, 10)).toBeCloseTo(1271 / 1292, 15);
    // 1 − C(199,100)/C(200,100) = 1 − 100/200
    expect(passAtK(200, 1, 100)).toBeCloseTo(0.5, 15);
  });

  it('reproduces HumanEval estimate_pass_at_k to the last bit', () => {
    // human_eval/evaluation.py estimator, run in Python: 1.0 - prod(1.0 - k / arange(n - c + 1, n + 1))
    expect(passAtK(10, 3, 2)).toBe(0.5333333333333332);
    expect(passAtK(200, 10, 10)).toBe(0.40854786608141724);
    expect(passAtK(200, 10, 1)).toBe(0.04999999999999982);
  });

  it('is 1 once every k-subset must contain a correct sample, and 0 with none correct', () => {
    // HumanEval: "if n - c < k: return 1.0"
    expect(passAtK(10, 8, 3)).toBe(1);
    expect(passAtK(200, 200, 1)).toBe(1);
    expect(passAtK(200, 0, 5)).toBe(0);
  });

  it('rejects arguments outside 0 ≤ c ≤ n, 1 ≤ k ≤ n, or not integers', () => {
    expect(() => passAtK(0, 0, 1)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => passAtK(10, 11, 1)).toThrow(new RangeError('c must be an integer in [0, n = 10], got 11'));
    expect(() => passAtK(10, -1, 1)).toThrow(RangeError);
    expect(() => passAtK(10, 3, 0)).toThrow(new RangeError('k must be an integer in [1, n = 10], got 0'));
    expect(() => passAtK(10, 3, 11)).toThrow(RangeError);
    expect(() => passAtK(10.5, 3, 2)).toThrow(RangeError);
    expect(() => passAtK(10, 3, 1.5)).toThrow(RangeError);
    expect(() => passAtK(10, Number.NaN, 1)).toThrow(RangeError);
    expect(() => passAtK(10, '3' as unknown as number, 1)).toThrow(TypeError);
  });

  it('agrees with the exact binomial form and is c/n at k = 1 (property)', () => {
    fc.assert(
      fc.property(nck, ([n, c, k]) => {
        const exact = 1 - Number((binomial(n - c, k) * 10n ** 18n) / binomial(n, k)) / 1e18;
        expect(passAtK(n, c, k)).toBeCloseTo(exact, 12);
        expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
      }),
    );
  });

  it('never decreases as k grows and stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(nck, ([n, c, k]) => {
        const p = passAtK(n, c, k);
        expect(p >= 0 && p <= 1).toBe(true);
        if (k < n) expect(passAtK(n, c, k + 1)).toBeGreaterThanOrEqual(p);
      }),
    );
  });
});

describe('naivePassAtK', () => {
  it('is 1 − (1 − c/n)^k', () => {
    // 1 − 0.7² = 0.51 and 1 − 0.6² = 0.64, below the unbiased 0.5333 and 0.7
    expect(naivePassAtK(10, 3, 2)).toBeCloseTo(0.51, 15);
    expect(naivePassAtK(5, 2, 2)).toBeCloseTo(0.64, 15);
    // 1 − 0.95^10 = 0.40126306076162..., below the unbiased 0.40854786608141...
    expect(naivePassAtK(200, 10, 10)).toBeCloseTo(0.4012630607616213, 14);
  });

  it('rejects the same arguments as passAtK', () => {
    expect(() => naivePassAtK(0, 0, 1)).toThrow(RangeError);
    expect(() => naivePassAtK(10, 11, 1)).toThrow(RangeError);
    expect(() => naivePassAtK(10, 3, 11)).toThrow(RangeError);
    expect(() => naivePassAtK(10, 3, null as unknown as number)).toThrow(TypeError);
  });

  it('never exceeds the unbiased estimate and meets it at k = 1, c = 0 and c = n (property)', () => {
    // Each factor (n−c−j)/(n−j) of C(n−c,k)/C(n,k) is at most (n−c)/n (Chen et al. 2021, section 2.1)
    fc.assert(
      fc.property(nck, ([n, c, k]) => {
        expect(naivePassAtK(n, c, k)).toBeLessThanOrEqual(passAtK(n, c, k) + 1e-12);
        expect(naivePassAtK(n, c, 1)).toBeCloseTo(passAtK(n, c, 1), 12);
        expect(naivePassAtK(n, 0, k)).toBe(0);
        expect(naivePassAtK(n, n, k)).toBe(1);
      }),
    );
  });
});
