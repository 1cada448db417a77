import { describe, expect, it } from 'vitest';
import {
  checkDistribution,
  klDivergence,
  klEstimatorExpectations,
  klEstimatorMonteCarlo,
  klEstimatorsByToken,
} from '@/lib/alignment';

// A reference over five tokens and a policy a little off it (the demo's "close" preset).
const REF = [0.3, 0.25, 0.2, 0.15, 0.1];
const CLOSE = [0.35, 0.25, 0.2, 0.12, 0.08];
// The policy nearly drops the token the reference likes best.
const RARE = [0.02, 0.08, 0.15, 0.25, 0.5];

describe('klDivergence', () => {
  it('matches scipy.stats.entropy and hand arithmetic', () => {
    // ½ ln 2 + ½ ln(2/3) = 0.14384103622589042 (Python; scipy.stats.entropy gives …045)
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.14384103622589042, 15);
    // scipy.stats.entropy([0.35, 0.25, 0.2, 0.12, 0.08], [0.3, 0.25, 0.2, 0.15, 0.1])
    expect(klDivergence(CLOSE, REF)).toBeCloseTo(0.009324027676698435, 15);
    // scipy.stats.entropy([0.02, 0.08, 0.15, 0.25, 0.5], REF) = 0.7439573046136673
    expect(klDivergence(RARE, REF)).toBeCloseTo(0.7439573046136673, 14);
    expect(klDivergence(REF, REF)).toBe(0);
  });

  it('skips p = 0 terms and is Infinity where q = 0 < p (scipy.special.rel_entr)', () => {
    // ½ ln(0.5/0.25) + ½ ln(0.5/0.5) + 0 = ½ ln 2
    expect(klDivergence([0.5, 0.5, 0], [0.25, 0.5, 0.25])).toBeCloseTo(Math.LN2 / 2, 15);
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    // a tiny q does not overflow the ratio: ln(0.5/1e-320) ≈ 736.8
    expect(klDivergence([0.5, 0.5], [1 - 1e-320, 1e-320])).toBeCloseTo(
      0.5 * Math.log(0.5) + 0.5 * (Math.log(0.5) - Math.log(1e-320)),
      9,
    );
  });

  it('accepts sums within 1e-9 of 1 and refuses the rest, naming the argument', () => {
    expect(() => klDivergence([0.1, 0.2, 0.7], [1 / 3, 1 / 3, 1 / 3])).not.toThrow();
    expect(() => klDivergence([0.5, 0.6], [0.5, 0.5])).toThrow(
      new RangeError('p must sum to 1 (within 1e-9), got a sum of 1.1'),
    );
    expect(() => klDivergence([0.5, 0.5], [0.5, 0.5 + 2e-9])).toThrow(/^q must sum to 1/);
    expect(() => klDivergence([1.5, -0.5], [0.5, 0.5])).toThrow(
      new RangeError('p[1] must be finite and >= 0, got -0.5'),
    );
    expect(() => klDivergence([Number.NaN, 1], [0.5, 0.5])).toThrow(
      new RangeError('p[0] must be finite and >= 0, got NaN'),
    );
    expect(() => klDivergence([], [])).toThrow(new RangeError('p must be non-empty, got an empty array'));
    expect(() => klDivergence([0.5, 0.5], [0.2, 0.3, 0.5])).toThrow(
      new RangeError('p and q must have the same length, got 2 and 3'),
    );
    expect(() => klDivergence('0.5' as unknown as number[], [1])).toThrow(TypeError);
    expect(() => checkDistribution('policy', [1, Infinity])).toThrow(/^policy\[1\]/);
  });
});

describe('klEstimatorsByToken and klEstimatorExpectations', () => {
  it('gives the ratio and k1, k2, k3 per token, null where π = 0', () => {
    const [first, second, third] = klEstimatorsByToken([0.5, 0.5, 0], [0.25, 0.5, 0.25]);
    // r = 0.25/0.5: k1 = ln 2, k3 = ½ − 1 + ln 2 = 0.1931471805599453 (Python)
    expect(first?.ratio).toBe(0.5);
    expect(first?.k1).toBeCloseTo(Math.LN2, 15);
    expect(first?.k3).toBeCloseTo(0.1931471805599453, 15);
    expect(second).toEqual({ ratio: 1, k1: -0, k2: 0, k3: 0 });
    expect(third).toBeNull();
  });

  it('has E[k1] = E[k3] = KL exactly and E[k2] ≠ KL (Schulman 2020)', () => {
    // [0.5, 0.5] vs [0.25, 0.75]: E[k2] = ¼((ln 2)² + (ln 1.5)²) = 0.16121374195284172 (Python)
    const hand = klEstimatorExpectations([0.5, 0.5], [0.25, 0.75]);
    expect(hand.k1).toBeCloseTo(0.14384103622589042, 15);
    expect(hand.k3).toBeCloseTo(0.14384103622589042, 15);
    expect(hand.k2).toBeCloseTo(0.16121374195284172, 15);
    // numpy: Σ p·k over the five tokens
    const close = klEstimatorExpectations(CLOSE, REF);
    expect(close.k1).toBeCloseTo(0.009324027676698425, 15);
    expect(close.k3).toBeCloseTo(0.009324027676698446, 15);
    expect(close.k2).toBeCloseTo(0.009137730065272763, 15);
  });

  it('misses the π_ref mass on tokens π never draws, in E[k3] only', () => {
    // KL = ½ ln 2; E[k3] = ½·0.19315 = KL − 0.25 (π_ref puts 0.25 on the third token)
    const e = klEstimatorExpectations([0.5, 0.5, 0], [0.25, 0.5, 0.25]);
    expect(e.k1).toBeCloseTo(Math.LN2 / 2, 15);
    expect(e.k3).toBeCloseTo(Math.LN2 / 2 - 0.25, 15);
  });

  it('refuses π_ref = 0 where π > 0, naming the token', () => {
    expect(() => klEstimatorsByToken([0.5, 0.5], [1, 0])).toThrow(
      new RangeError(
        'ref[1] must be > 0 where policy[1] > 0 (a token the policy samples needs log π_ref), got 0',
      ),
    );
    expect(() => klEstimatorExpectations([0.5, 0.5], [0.5, 0.6])).toThrow(/^ref must sum to 1/);
    expect(() => klEstimatorExpectations([0.5, 0.5], [1])).toThrow(/same length/);
  });
});

describe('klEstimatorMonteCarlo', () => {
  it('is reproducible for a seed and changes with it', () => {
    const a = klEstimatorMonteCarlo(CLOSE, REF, 500, 7);
    expect(klEstimatorMonteCarlo(CLOSE, REF, 500, 7)).toEqual(a);
    expect(klEstimatorMonteCarlo(CLOSE, REF, 500, 8).k1.mean).not.toBe(a.k1.mean);
    expect(a.n).toBe(500);
    expect(a.seed).toBe(7);
  });

  it('converges to the exact mean and spread; k1 goes negative, k3 never', () => {
    const n = 100_000;
    const run = klEstimatorMonteCarlo(CLOSE, REF, n, 1);
    // exact standard deviations under π (numpy): k1 0.13486483099173666, k3 0.010097359414224868
    const sd = { k1: 0.13486483099173666, k3: 0.010097359414224868 };
    expect(Math.abs(run.k1.mean - 0.009324027676698425)).toBeLessThan((5 * sd.k1) / Math.sqrt(n));
    expect(Math.abs(run.k3.mean - 0.009324027676698446)).toBeLessThan((5 * sd.k3) / Math.sqrt(n));
    expect(run.k1.std / sd.k1).toBeCloseTo(1, 1);
    expect(run.k3.std / sd.k3).toBeCloseTo(1, 1);
    // two of the five tokens have π_ref > π, together 0.2 of π's mass
    expect(run.k1.negativeCount / n).toBeCloseTo(0.2, 1);
    expect(run.k3.negativeCount).toBe(0);
    expect(run.k3.min).toBeGreaterThanOrEqual(0);
    expect(run.k2.negativeCount).toBe(0);
  });

  it('can give k3 the larger spread when π nearly drops a token π_ref likes', () => {
    // numpy exact: sd(k1) = 1.0343, sd(k3) = 1.5509
    const run = klEstimatorMonteCarlo(RARE, REF, 100_000, 3);
    expect(run.k3.std).toBeGreaterThan(run.k1.std);
    expect(run.k3.max).toBeCloseTo(0.3 / 0.02 - 1 - Math.log(15), 12);
  });

  it('has zero spread when π is a point mass', () => {
    const run = klEstimatorMonteCarlo([1, 0], [0.5, 0.5], 10, 1);
    expect(run.k1).toEqual({ mean: Math.LN2, std: 0, min: Math.LN2, max: Math.LN2, negativeCount: 0 });
  });

  it('refuses n and seed out of range', () => {
    expect(() => klEstimatorMonteCarlo(CLOSE, REF, 1, 1)).toThrow(
      new RangeError('n must be an integer in [2, 100000], got 1'),
    );
    expect(() => klEstimatorMonteCarlo(CLOSE, REF, 100_001, 1)).toThrow(RangeError);
    expect(() => klEstimatorMonteCarlo(CLOSE, REF, 2.5, 1)).toThrow(RangeError);
    expect(() => klEstimatorMonteCarlo(CLOSE, REF, 10, -1)).toThrow(
      new RangeError('seed must be an integer in [0, 4294967295], got -1'),
    );
    expect(() => klEstimatorMonteCarlo(CLOSE, REF, 10, 2 ** 32)).toThrow(RangeError);
    expect(() => klEstimatorMonteCarlo([0.5, 0.5], [1, 0], 10, 1)).toThrow(/^ref\[1\]/);
  });
});
