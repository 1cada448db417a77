import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passHatK } from '@/lib/agents';
import { passAtK } from '@/lib/metrics';

/** Exact C(n, k) with BigInt, an independent check of the product form. */
function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 0; i < k; i++) result = (result * BigInt(n - i)) / BigInt(i + 1);
  return result;
}

/** (n, c, k) with 1 ≤ n ≤ max, 0 ≤ c ≤ n, 1 ≤ k ≤ n. */
const nck = (max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }), fc.integer({ min: 1, max: n })));

describe('passHatK', () => {
  it("reproduces τ-bench's comb(c, k) / comb(num_trials, k) to the last bit", () => {
    // sierra-research/tau-bench run.py, `comb(c, k) / comb(num_trials, k)`, run in CPython 3.12
    // (math.comb is exact and int / int is correctly rounded)
    const table: [number, number, number, number][] = [
      [10, 7, 3, 0.2916666666666667],
      [4, 3, 2, 0.5],
      [8, 5, 4, 0.07142857142857142],
      [5, 2, 1, 0.4],
      [20, 15, 5, 0.19369195046439627],
      [1200, 1199, 600, 0.5],
      [1200, 1100, 100, 0.00011174127043333164],
      [1200, 1150, 50, 0.1137613239330923],
      [1200, 900, 300, 5.673325632942198e-45],
      [1200, 1180, 600, 8.118910763569466e-7],
      [1200, 1000, 1000, 4.9969519389245984e-234],
      [1200, 600, 600, 0],
      [1200, 1200, 1200, 1],
    ];
    for (const [n, c, k, expected] of table) expect(passHatK(n, c, k)).toBe(expected);
  });

  it('stays accurate with a million tries (floating-point product)', () => {
    // CPython: comb(990000, 10000) / comb(1000000, 10000), comb(995000, 6000) / comb(1000000, 6000)
    expect(passHatK(1e6, 990000, 10000) / 1.3525292332421133e-44).toBeCloseTo(1, 13);
    expect(passHatK(1e6, 995000, 6000) / 7.925923980617925e-14).toBeCloseTo(1, 13);
  });

  it('stays accurate far beyond, up to n = 2^53 − 1 (series)', () => {
    // mpmath 1.3 at 60 digits: exp(loggamma(c+1) − loggamma(c−k+1) − loggamma(n+1) + loggamma(n−k+1))
    const table: [number, number, number, number][] = [
      [1e15, 1e15 - 2e7, 2e7, 0.67032004067307896285],
      [9e15, 9e15 - 1e9, 3e7, 0.035673986542768625105],
      [1e13, 1e13 - 2e7, 1e8, 1.3822368345774472873e-87],
      [2 ** 53 - 1, 2 ** 53 - 1 - 1e8, 1e8, 0.32948546544572563269],
      [1e12, 1e12 - 2e6, 2e6, 0.018315492363903910363],
      [2e9, 2e9 - 1.2e6, 1.2e6, 1.3189443131859316079e-313],
    ];
    for (const [n, c, k, expected] of table) {
      const got = passHatK(n, c, k);
      // the last case is subnormal: its precision is absolute, ~5e-324
      expect(Math.abs(got - expected) <= Math.max(1e-13 * expected, 1e-323)).toBe(true);
    }
    // 4.84e-326 and 8.2e-11435 round to 0
    expect(passHatK(1336000000, 1334999999, 1000001)).toBe(0);
    expect(passHatK(1e7, 9.5e6, 5e5)).toBe(0);
  });

  it('is c/n at k = 1, 0 when c < k, and 1 when every try succeeded', () => {
    // τ-bench: "pass^1 is the average reward"
    expect(passHatK(10, 7, 1)).toBe(0.7);
    expect(passHatK(10, 2, 3)).toBe(0);
    expect(passHatK(10, 0, 1)).toBe(0);
    expect(passHatK(10, 10, 10)).toBe(1);
    expect(passHatK(1, 1, 1)).toBe(1);
  });

  it('rejects arguments outside 0 ≤ c ≤ n, 1 ≤ k ≤ n, or not integers', () => {
    expect(() => passHatK(0, 0, 1)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => passHatK(10, 11, 1)).toThrow(new RangeError('c must be an integer in [0, n = 10], got 11'));
    expect(() => passHatK(10, -1, 1)).toThrow(RangeError);
    expect(() => passHatK(10, 3, 0)).toThrow(new RangeError('k must be an integer in [1, n = 10], got 0'));
    expect(() => passHatK(10, 3, 11)).toThrow(RangeError);
    expect(() => passHatK(10.5, 3, 2)).toThrow(RangeError);
    expect(() => passHatK(10, 3, 1.5)).toThrow(RangeError);
    expect(() => passHatK(Number.NaN, 3, 1)).toThrow(RangeError);
    expect(() => passHatK(Number.POSITIVE_INFINITY, 3, 1)).toThrow(RangeError);
    expect(() => passHatK(10, '3' as unknown as number, 1)).toThrow(TypeError);
  });

  it('agrees with the exact binomial ratio (property)', () => {
    fc.assert(
      fc.property(nck(300), ([n, c, k]) => {
        const scale = 10n ** 30n;
        const exact = Number((binomial(c, k) * scale) / binomial(n, k)) / 1e30;
        expect(passHatK(n, c, k)).toBeCloseTo(exact, 14);
        expect(passHatK(n, c, 1)).toBe(c / n);
      }),
    );
  });

  it('never increases with k, stays in [0, 1], and never exceeds pass@k (property)', () => {
    fc.assert(
      fc.property(nck(1200), ([n, c, k]) => {
        const p = passHatK(n, c, k);
        expect(p >= 0 && p <= 1).toBe(true);
        if (k < n) expect(passHatK(n, c, k + 1)).toBeLessThanOrEqual(p);
        // all k tries succeed ⊂ at least one of k succeeds
        expect(p).toBeLessThanOrEqual(passAtK(n, c, k) + 1e-12);
      }),
    );
  });

  it('is symmetric in k and the number of failures n − c (property)', () => {
    // C(c, k)/C(n, k) = C(n − k, n − c)/C(n, n − c)
    fc.assert(
      fc.property(nck(1200), ([n, c, k]) => {
        const d = n - c;
        if (d >= 1 && k <= n - d) expect(passHatK(n, n - k, d)).toBe(passHatK(n, c, k));
      }),
    );
  });
});
