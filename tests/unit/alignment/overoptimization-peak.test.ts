import { describe, expect, it } from 'vitest';
import { overoptimizationGoldReward, overoptimizationPeak, type OveroptimizationFit } from '@/lib/alignment';

describe('overoptimizationPeak', () => {
  it('puts the best-of-n peak at d* = α/(2β)', () => {
    // R(d) = d − 0.25d², R′(d) = 1 − 0.5d = 0 → d* = 2, R(2) = 2 − 1 = 1, KL* = 4
    expect(overoptimizationPeak({ alpha: 1, beta: 0.25, method: 'bon' })).toEqual({ d: 2, kl: 4, gold: 1 });
    // R(d) = 3d − d², R′ = 3 − 2d → d* = 1.5, R = 4.5 − 2.25 = 2.25 = α²/(4β)
    expect(overoptimizationPeak({ alpha: 3, beta: 1, method: 'bon' })).toEqual({
      d: 1.5,
      kl: 2.25,
      gold: 2.25,
    });
  });

  it('puts the RL peak at d* = e^(α/β − 1) with gold βd*', () => {
    // R(d) = d − 0.5 d ln d, R′ = 1 − 0.5(ln d + 1) = 0.5 − 0.5 ln d → d* = e, R(e) = e − e/2 = e/2
    const rl = overoptimizationPeak({ alpha: 1, beta: 0.5, method: 'rl' });
    expect(rl.d).toBeCloseTo(Math.E, 14);
    expect(rl.kl).toBeCloseTo(Math.E ** 2, 13);
    expect(rl.gold).toBeCloseTo(Math.E / 2, 14);
    // α = β = 0.5: R′ = −0.5 ln d → d* = 1, R(1) = α = 0.5
    expect(overoptimizationPeak({ alpha: 0.5, beta: 0.5, method: 'rl' })).toEqual({ d: 1, kl: 1, gold: 0.5 });
  });

  it('is the maximum of overoptimizationGoldReward', () => {
    const fits: OveroptimizationFit[] = [
      { alpha: 1, beta: 0.25, method: 'bon' },
      { alpha: 0.8, beta: 0.1, method: 'bon' },
      { alpha: 1, beta: 0.5, method: 'rl' },
      { alpha: 0.3, beta: 0.2, method: 'rl' },
    ];
    for (const fit of fits) {
      const peak = overoptimizationPeak(fit);
      expect(overoptimizationGoldReward(peak.kl, fit)).toBeCloseTo(peak.gold, 12);
      for (const factor of [0.9, 0.99, 1.01, 1.1]) {
        const kl = (peak.d * factor) ** 2;
        expect(overoptimizationGoldReward(kl, fit)).toBeLessThan(peak.gold);
      }
    }
  });

  it('puts the best-of-n peak at d = 0 when α ≤ 0 (the gold reward only falls)', () => {
    expect(overoptimizationPeak({ alpha: 0, beta: 1, method: 'bon' })).toEqual({ d: 0, kl: 0, gold: 0 });
    expect(overoptimizationPeak({ alpha: -2, beta: 1, method: 'bon' })).toEqual({ d: 0, kl: 0, gold: 0 });
  });

  it('rejects β ≤ 0 (no peak), bad α, bad methods and overflow', () => {
    expect(() => overoptimizationPeak({ alpha: 1, beta: 0, method: 'bon' })).toThrow(
      new RangeError(
        'fit.beta must be finite and > 0 (with beta <= 0 the gold reward never turns down, so there is no peak), got 0',
      ),
    );
    expect(() => overoptimizationPeak({ alpha: 1, beta: -0.1, method: 'rl' })).toThrow(RangeError);
    expect(() => overoptimizationPeak({ alpha: Number.NaN, beta: 1, method: 'bon' })).toThrow(
      new RangeError('fit.alpha must be finite, got NaN'),
    );
    expect(() => overoptimizationPeak({ alpha: 1, beta: Infinity, method: 'bon' })).toThrow(RangeError);
    expect(() =>
      overoptimizationPeak({ alpha: 1, beta: 1, method: 'ppo' as OveroptimizationFit['method'] }),
    ).toThrow(new RangeError(`fit.method must be 'bon' or 'rl', got "ppo"`));
    expect(() =>
      overoptimizationPeak({ alpha: 1, beta: 1, method: 3 as unknown as OveroptimizationFit['method'] }),
    ).toThrow(TypeError);
    expect(() => overoptimizationPeak({ alpha: '1' as unknown as number, beta: 1, method: 'bon' })).toThrow(
      TypeError,
    );
    expect(() => overoptimizationPeak(null as unknown as OveroptimizationFit)).toThrow(TypeError);
    // e^(1000 − 1) overflows a double
    expect(() => overoptimizationPeak({ alpha: 1000, beta: 1, method: 'rl' })).toThrow(
      /beyond the largest double/,
    );
    // (1e200/2e-200)² overflows
    expect(() => overoptimizationPeak({ alpha: 1e200, beta: 1e-200, method: 'bon' })).toThrow(
      /beyond the largest double/,
    );
  });
});

describe('overoptimizationPeak at the edges', () => {
  it('gives gold 0, not NaN, when the RL peak underflows to d* = 0', () => {
    // e^(−800 − 1) underflows to 0; R(d*) = βd* = 0
    expect(overoptimizationPeak({ alpha: -800, beta: 1, method: 'rl' })).toEqual({ d: 0, kl: 0, gold: 0 });
  });
});
