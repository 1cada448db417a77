import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRPO_STD_EPSILON, grpoAdvantages } from '@/lib/alignment';

describe('grpoAdvantages', () => {
  it('centres the rewards when scaleRewards is false', () => {
    // twinkle docs, GRPOAdvantage: [0, 1, 0, 1] → [-0.5, 0.5, -0.5, 0.5]; [1, 0, 0, 0] → [0.75, -0.25, -0.25, -0.25]
    expect(grpoAdvantages([0, 1, 0, 1], { scaleRewards: false })).toEqual([-0.5, 0.5, -0.5, 0.5]);
    expect(grpoAdvantages([1, 0, 0, 0], { scaleRewards: false })).toEqual([0.75, -0.25, -0.25, -0.25]);
  });

  it('divides by the sample standard deviation plus 1e-4, as TRL GRPOTrainer', () => {
    // Python statistics.stdev([0, 1, 0, 1]) = 0.5773502691896257 (n − 1); 0.5/(0.5773502691896257 + 1e-4)
    // = 0.8658754297607016
    const [a0, a1, a2, a3] = grpoAdvantages([0, 1, 0, 1]);
    expect(a1).toBeCloseTo(0.8658754297607016, 15);
    expect(a0).toBeCloseTo(-0.8658754297607016, 15);
    expect([a2, a3]).toEqual([a0, a1]);
    // statistics.stdev([0, 1]) = 0.7071067811865476 → 0.5/(0.7071067811865476 + 1e-4) = 0.7070067953266834
    expect(grpoAdvantages([0, 1])).toEqual([-0.7070067953266834, 0.7070067953266834]);
    // numpy.std([1, 2, 3, 4], ddof=1) = 1.2909944487358056 → 1.5/(1.2909944487358056 + 1e-4)
    expect(grpoAdvantages([1, 2, 3, 4])[3]).toBeCloseTo(1.5 / (1.2909944487358056 + 1e-4), 14);
    expect(GRPO_STD_EPSILON).toBe(1e-4);
  });

  it('gives all-zero advantages to a group with equal rewards', () => {
    expect(grpoAdvantages([1, 1, 1, 1])).toEqual([0, 0, 0, 0]);
    expect(grpoAdvantages([0.3, 0.3])).toEqual([0, 0]);
  });

  it('rejects groups smaller than 2, non-finite rewards and bad options', () => {
    expect(() => grpoAdvantages([1])).toThrow(
      new RangeError('rewards must hold at least 2 rewards, got an array of length 1'),
    );
    expect(() => grpoAdvantages([])).toThrow(RangeError);
    expect(() => grpoAdvantages([1, Number.NaN])).toThrow(
      new RangeError('rewards[1] must be finite, got NaN'),
    );
    expect(() => grpoAdvantages([1, '2' as unknown as number])).toThrow(TypeError);
    expect(() => grpoAdvantages('12' as unknown as number[])).toThrow(TypeError);
    expect(() => grpoAdvantages([1, 2], { scaleRewards: 'group' as unknown as boolean })).toThrow(
      new TypeError('options.scaleRewards must be a boolean, got "group"'),
    );
  });

  it('sums to zero, keeps the order and is invariant to shifting the rewards (property)', () => {
    const group = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 16 });
    fc.assert(
      fc.property(group, fc.double({ min: -100, max: 100, noNaN: true }), (rewards, shift) => {
        const adv = grpoAdvantages(rewards);
        expect(adv.reduce((s, a) => s + a, 0)).toBeCloseTo(0, 6);
        const shifted = grpoAdvantages(rewards.map((r) => r + shift));
        adv.forEach((a, i) => expect(shifted[i]).toBeCloseTo(a, 6));
        for (let i = 1; i < rewards.length; i++) {
          const [ri, rj] = [rewards[i] ?? 0, rewards[i - 1] ?? 0];
          if (ri > rj) expect(adv[i]).toBeGreaterThanOrEqual(adv[i - 1] ?? 0);
        }
        // the sample std of the scaled advantages is just below 1 (the 1e-4 shrinks it)
        const n = adv.length;
        const std = Math.sqrt(adv.reduce((s, a) => s + a * a, 0) / (n - 1));
        expect(std).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
