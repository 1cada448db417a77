import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOfNKl, overoptimizationGoldReward, type OveroptimizationFit } from '@/lib/alignment';

describe('overoptimizationGoldReward', () => {
  it('evaluates the best-of-n form d(α − βd) with d = √KL', () => {
    // Gao et al. 2022 §1: R_bon(d) = d(α_bon − β_bon·d). KL = 4 → d = 2: 2(1 − 0.25·2) = 1
    expect(overoptimizationGoldReward(4, { alpha: 1, beta: 0.25, method: 'bon' })).toBe(1);
    // KL = 16 → d = 4: 4(1 − 1) = 0, the gold reward is back at its starting value
    expect(overoptimizationGoldReward(16, { alpha: 1, beta: 0.25, method: 'bon' })).toBe(0);
  });

  it('evaluates the RL form d(α − β ln d) with R(0) = 0', () => {
    // Gao et al. 2022 §1: R_RL(d) = d(α_RL − β_RL·log d), R(0) := 0. KL = e² → d = e: e(1 − 0.5) = e/2
    expect(overoptimizationGoldReward(Math.E ** 2, { alpha: 1, beta: 0.5, method: 'rl' })).toBeCloseTo(
      Math.E / 2,
      14,
    );
    // KL = 1 → d = 1, ln d = 0: R = α
    expect(overoptimizationGoldReward(1, { alpha: 0.7, beta: 3, method: 'rl' })).toBe(0.7);
    expect(overoptimizationGoldReward(0, { alpha: 0.7, beta: 3, method: 'rl' })).toBe(0);
    expect(overoptimizationGoldReward(0, { alpha: 0.7, beta: 3, method: 'bon' })).toBe(0);
  });

  it('peaks at d = α/(2β) for best-of-n and d = e^(α/β − 1) for RL', () => {
    const bon: OveroptimizationFit = { alpha: 1, beta: 0.25, method: 'bon' };
    const peakBon = (1 / 0.5) ** 2; // d* = 2 → KL* = 4
    expect(overoptimizationGoldReward(peakBon, bon)).toBeGreaterThan(
      overoptimizationGoldReward(peakBon * 1.1, bon),
    );
    expect(overoptimizationGoldReward(peakBon, bon)).toBeGreaterThan(
      overoptimizationGoldReward(peakBon * 0.9, bon),
    );
    const rl: OveroptimizationFit = { alpha: 1, beta: 0.5, method: 'rl' };
    const peakRl = Math.exp(1 / 0.5 - 1) ** 2; // d* = e → KL* = e²
    expect(overoptimizationGoldReward(peakRl, rl)).toBeGreaterThan(
      overoptimizationGoldReward(peakRl * 1.1, rl),
    );
    expect(overoptimizationGoldReward(peakRl, rl)).toBeGreaterThan(
      overoptimizationGoldReward(peakRl * 0.9, rl),
    );
  });

  it('takes best-of-n KL from bestOfNKl', () => {
    // n = 1 is the initial policy: KL 0, gain 0
    expect(overoptimizationGoldReward(bestOfNKl(1), { alpha: 2, beta: 1, method: 'bon' })).toBe(0);
  });

  it('rejects bad KL values, coefficients and methods', () => {
    const fit: OveroptimizationFit = { alpha: 1, beta: 1, method: 'bon' };
    expect(() => overoptimizationGoldReward(-1, fit)).toThrow(
      new RangeError('kl must be finite and >= 0, got -1'),
    );
    expect(() => overoptimizationGoldReward(Infinity, fit)).toThrow(RangeError);
    expect(() => overoptimizationGoldReward(1, { ...fit, alpha: Number.NaN })).toThrow(
      new RangeError('fit.alpha must be finite, got NaN'),
    );
    expect(() => overoptimizationGoldReward(1, { ...fit, beta: undefined as unknown as number })).toThrow(
      new TypeError('fit.beta must be a number, got undefined'),
    );
    expect(() => overoptimizationGoldReward(1, { ...fit, method: 'ppo' as 'rl' })).toThrow(
      new RangeError(`fit.method must be 'bon' or 'rl', got "ppo"`),
    );
    expect(() => overoptimizationGoldReward(1, { ...fit, method: 1 as unknown as 'rl' })).toThrow(TypeError);
    expect(() => overoptimizationGoldReward(1, undefined as unknown as OveroptimizationFit)).toThrow(
      TypeError,
    );
  });

  it('is linear in (α, β) and starts at 0 (property)', () => {
    const coef = fc.double({ min: -5, max: 5, noNaN: true });
    const kl = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(kl, coef, coef, fc.constantFrom('bon' as const, 'rl' as const), (k, a, b, method) => {
        const r = overoptimizationGoldReward(k, { alpha: a, beta: b, method });
        const rA = overoptimizationGoldReward(k, { alpha: a, beta: 0, method });
        const rB = overoptimizationGoldReward(k, { alpha: 0, beta: b, method });
        expect(r).toBeCloseTo(rA + rB, 9);
        expect(rA).toBeCloseTo(Math.sqrt(k) * a, 9);
      }),
    );
  });
});
