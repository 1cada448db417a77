import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipObjective } from '@/lib/alignment';

describe('ppoClipObjective', () => {
  it('clips a positive advantage at 1 + ε, as torchtune test_policy_loss_clipped_for_high_logprobs', () => {
    // torchtune PPOLoss(epsilon=0.2): ratio e, advantage 1 → "clipped ratio becomes 1.2", loss −1.2
    expect(ppoClipObjective(Math.E, 1)).toBeCloseTo(1.2, 15);
    expect(ppoClipObjective(1.5, 2)).toBeCloseTo(2.4, 15);
  });

  it('leaves a ratio inside [1 − ε, 1 + ε] alone, as torchtune test_policy_loss_not_clipped', () => {
    // torchtune: ratio e^0.1 ≈ 1.1, advantage 1 → objective e^0.1 = 1.1051709180756477 (Python math.exp(0.1))
    expect(ppoClipObjective(Math.exp(0.1), 1)).toBe(1.1051709180756477);
    expect(ppoClipObjective(1, -3)).toBe(-3);
  });

  it('takes the pessimistic (unclipped) value when the move makes things worse', () => {
    // Schulman et al. 2017 fig. 1: A > 0 with r < 1 − ε and A < 0 with r > 1 + ε are not clipped.
    // r = 1/e, A = 1: min(1/e, 0.8) = 1/e = 0.36787944117144233 (Python 1/math.e)
    expect(ppoClipObjective(1 / Math.E, 1)).toBe(0.36787944117144233);
    // r = 1.5, A = −1: min(−1.5, −1.2) = −1.5
    expect(ppoClipObjective(1.5, -1)).toBe(-1.5);
  });

  it('clips a negative advantage at 1 − ε', () => {
    // r = 0.5, A = −1: min(−0.5, −0.8) = −0.8; ε = 0.1: −0.9
    expect(ppoClipObjective(0.5, -1)).toBeCloseTo(-0.8, 15);
    expect(ppoClipObjective(0.5, -1, 0.1)).toBeCloseTo(-0.9, 15);
    // a tiny ε nearly reduces it to min(r, 1)·A for A > 0 and max(r, 1)·A for A < 0
    expect(ppoClipObjective(3, 2, 1e-9)).toBeCloseTo(2, 8);
    expect(ppoClipObjective(3, -2, 1e-9)).toBe(-6);
  });

  it('rejects ratios, advantages and clip ranges out of range', () => {
    expect(() => ppoClipObjective(-0.1, 1)).toThrow(
      new RangeError('ratio must be finite and >= 0, got -0.1'),
    );
    expect(() => ppoClipObjective(Infinity, 1)).toThrow(RangeError);
    expect(() => ppoClipObjective(1, Number.NaN)).toThrow(
      new RangeError('advantage must be finite, got NaN'),
    );
    expect(() => ppoClipObjective(1, 1, -0.2)).toThrow(new RangeError('epsilon must be in (0, 1), got -0.2'));
    expect(() => ppoClipObjective(1, 1, 1.5)).toThrow(RangeError);
    // the ends are refused too: ε = 0 freezes the policy, ε = 1 lets the lower clip reach 0
    expect(() => ppoClipObjective(1, 1, 0)).toThrow(new RangeError('epsilon must be in (0, 1), got 0'));
    expect(() => ppoClipObjective(1, 1, 1)).toThrow(RangeError);
    expect(() => ppoClipObjective('1' as unknown as number, 1)).toThrow(TypeError);
  });

  it('never exceeds the unclipped surrogate r·A and agrees with it at r = 1 (property)', () => {
    const ratio = fc.double({ min: 0, max: 10, noNaN: true });
    const adv = fc.double({ min: -10, max: 10, noNaN: true });
    const eps = fc.double({ min: 1e-6, max: 0.999, noNaN: true });
    fc.assert(
      fc.property(ratio, adv, eps, (r, a, e) => {
        expect(ppoClipObjective(r, a, e)).toBeLessThanOrEqual(r * a);
        expect(ppoClipObjective(1, a, e)).toBe(a);
        // with A > 0 it is flat above 1 + ε: no incentive to push the ratio further
        if (a > 0) expect(ppoClipObjective(Math.max(r, 1 + e) + 1, a, e)).toBeCloseTo((1 + e) * a, 12);
      }),
    );
  });
});
