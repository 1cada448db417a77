import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRPO_LOSS_TYPES,
  grpoAdvantages,
  grpoGradientPush,
  grpoRewardStats,
  grpoTokenWeights,
} from '@/lib/alignment';

// Every expected value below is hand arithmetic on the denominators TRL's GRPOTrainer._compute_loss
// divides by: 'grpo' G·|oᵢ|, 'bnpo' and 'dapo' Σ|oⱼ| (one group = the whole batch), 'dr_grpo' G·L.

describe('grpoTokenWeights', () => {
  it("'grpo' averages each completion's tokens, then the completions: 1/(G·|oᵢ|)", () => {
    // G = 2: 2·200 = 400 and 2·1800 = 3600; each completion's tokens together weigh 1/G = ½
    const w = grpoTokenWeights([200, 1800], { lossType: 'grpo' });
    expect(w.denominators).toEqual([400, 3600]);
    expect(w.perToken[0]).toBe(0.0025);
    expect(w.perToken[1]).toBeCloseTo(0.000277777777777778, 18);
    expect(w.perSequence).toEqual([0.5, 0.5]);
  });

  it("'bnpo' and 'dapo' weigh every token of the batch alike: 1/Σ|oⱼ|", () => {
    // 200 + 1800 = 2000 tokens: 1/2000 = 0.0005 each; the completions weigh 200/2000 and 1800/2000
    for (const lossType of ['bnpo', 'dapo'] as const) {
      const w = grpoTokenWeights([200, 1800], { lossType });
      expect(w.denominators).toEqual([2000, 2000]);
      expect(w.perToken).toEqual([0.0005, 0.0005]);
      expect(w.perSequence).toEqual([0.1, 0.9]);
    }
    // three completions: 10 + 20 + 70 = 100 tokens
    expect(grpoTokenWeights([10, 20, 70], { lossType: 'dapo' }).perSequence).toEqual([0.1, 0.2, 0.7]);
  });

  it("'dr_grpo' divides by the constant G·max_completion_length", () => {
    // G = 2, L = 2000: 1/4000 per token; totals 200/4000 = 0.05 and 1800/4000 = 0.45 (sum < 1)
    const w = grpoTokenWeights([200, 1800], { lossType: 'dr_grpo', maxCompletionLength: 2000 });
    expect(w.denominators).toEqual([4000, 4000]);
    expect(w.perToken).toEqual([0.00025, 0.00025]);
    expect(w.perSequence).toEqual([0.05, 0.45]);
    // G = 4, L = 256 (TRL's default max_completion_length): 4·256 = 1024
    expect(
      grpoTokenWeights([1, 2, 3, 256], { lossType: 'dr_grpo', maxCompletionLength: 256 }).denominators,
    ).toEqual([1024, 1024, 1024, 1024]);
  });

  it('accepts a maxCompletionLength for the other loss types without changing their weights', () => {
    expect(
      grpoTokenWeights([200, 1800], { lossType: 'grpo', maxCompletionLength: 1800 }).denominators,
    ).toEqual([400, 3600]);
  });

  it("gives equal-length completions equal weights under every loss type, and 'grpo' always 1/G in total", () => {
    const lengths = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 2, maxLength: 16 });
    fc.assert(
      fc.property(lengths, (ls) => {
        const g = ls.length;
        const max = Math.max(...ls);
        const grpo = grpoTokenWeights(ls, { lossType: 'grpo' });
        grpo.perSequence.forEach((w) => expect(w).toBeCloseTo(1 / g, 12));
        const dapo = grpoTokenWeights(ls, { lossType: 'dapo' });
        expect(dapo.perSequence.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        const dr = grpoTokenWeights(ls, { lossType: 'dr_grpo', maxCompletionLength: max });
        expect(dr.perSequence.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(1 + 1e-12);
        // a longer completion never has heavier tokens, and never a lighter total (except 'grpo')
        for (let i = 1; i < g; i++) {
          const [a, b] = [ls[i - 1] ?? 0, ls[i] ?? 0];
          if (a < b) {
            expect(grpo.perToken[i]).toBeLessThan(grpo.perToken[i - 1] ?? 0);
            expect(dapo.perSequence[i]).toBeGreaterThan(dapo.perSequence[i - 1] ?? 0);
          }
        }
      }),
    );
  });

  it('rejects groups of one, bad lengths, unknown loss types and a bad maxCompletionLength', () => {
    expect(() => grpoTokenWeights([200], { lossType: 'grpo' })).toThrow(
      new RangeError('lengths must hold at least 2 completions, got an array of length 1'),
    );
    expect(() => grpoTokenWeights([], { lossType: 'dapo' })).toThrow(RangeError);
    expect(() => grpoTokenWeights([200, 0], { lossType: 'grpo' })).toThrow(
      new RangeError('lengths[1] must be an integer >= 1, got 0'),
    );
    expect(() => grpoTokenWeights([200, -5], { lossType: 'grpo' })).toThrow(RangeError);
    expect(() => grpoTokenWeights([2.5, 10], { lossType: 'grpo' })).toThrow(
      new RangeError('lengths[0] must be an integer >= 1, got 2.5'),
    );
    expect(() => grpoTokenWeights([Number.NaN, 10], { lossType: 'grpo' })).toThrow(
      new RangeError('lengths[0] must be an integer >= 1, got NaN'),
    );
    expect(() => grpoTokenWeights([Infinity, 10], { lossType: 'bnpo' })).toThrow(RangeError);
    expect(() => grpoTokenWeights([1, '2' as unknown as number], { lossType: 'grpo' })).toThrow(TypeError);
    expect(() => grpoTokenWeights([1, 2], { lossType: 'sapo' as 'grpo' })).toThrow(
      new RangeError(`options.lossType must be one of 'grpo', 'bnpo', 'dr_grpo', 'dapo', got "sapo"`),
    );
    expect(() => grpoTokenWeights([1, 2], null as unknown as { lossType: 'grpo' })).toThrow(TypeError);
    expect(() => grpoTokenWeights([1, 2], { lossType: 'dr_grpo' })).toThrow(
      new TypeError(
        `options.maxCompletionLength must be an integer >= 1 when options.lossType is 'dr_grpo', got undefined`,
      ),
    );
    expect(() => grpoTokenWeights([1, 2], { lossType: 'dr_grpo', maxCompletionLength: 0 })).toThrow(
      new RangeError('options.maxCompletionLength must be an integer >= 1, got 0'),
    );
    expect(() =>
      grpoTokenWeights([1, 2], { lossType: 'dr_grpo', maxCompletionLength: '9' as unknown as number }),
    ).toThrow(TypeError);
    expect(() => grpoTokenWeights([200, 1800], { lossType: 'dapo', maxCompletionLength: 1024 })).toThrow(
      new RangeError(
        'lengths[1] must be <= options.maxCompletionLength = 1024 (generation stops there), got 1800',
      ),
    );
    expect(GRPO_LOSS_TYPES).toEqual(['grpo', 'bnpo', 'dr_grpo', 'dapo']);
  });
});

describe('grpoGradientPush', () => {
  it('multiplies each advantage by its token and sequence weights', () => {
    // Â = ±0.5 (rewards [1, 0] without std scaling); 'grpo': 0.5/400 = 0.00125, −0.5/3600
    const grpo = grpoGradientPush([0.5, -0.5], [200, 1800], { lossType: 'grpo' });
    expect(grpo.perToken[0]).toBe(0.00125);
    expect(grpo.perToken[1]).toBeCloseTo(-0.000138888888888889, 18);
    expect(grpo.perSequence).toEqual([0.25, -0.25]);
    // 'dapo': ±0.5/2000 per token; totals 0.5·0.1 and −0.5·0.9
    const dapo = grpoGradientPush([0.5, -0.5], [200, 1800], { lossType: 'dapo' });
    expect(dapo.perToken).toEqual([0.00025, -0.00025]);
    expect(dapo.perSequence[0]).toBeCloseTo(0.05, 15);
    expect(dapo.perSequence[1]).toBeCloseTo(-0.45, 15);
  });

  it("pushes a group's completions by amounts that sum to 0 under 'grpo' (advantages sum to 0)", () => {
    const push = grpoGradientPush(grpoAdvantages([1, 0, 0, 0]), [300, 50, 900, 120], { lossType: 'grpo' });
    expect(push.perSequence.reduce((s, p) => s + p, 0)).toBeCloseTo(0, 12);
  });

  it('rejects non-finite advantages and mismatched lengths', () => {
    expect(() => grpoGradientPush([0.5, Number.NaN], [1, 2], { lossType: 'grpo' })).toThrow(
      new RangeError('advantages[1] must be finite, got NaN'),
    );
    expect(() => grpoGradientPush([0.5, -0.5, 0], [1, 2], { lossType: 'grpo' })).toThrow(
      new RangeError('advantages and lengths must have the same length, got 3 and 2'),
    );
    expect(() => grpoGradientPush('ab' as unknown as number[], [1, 2], { lossType: 'grpo' })).toThrow(
      TypeError,
    );
    expect(() => grpoGradientPush([1, -1], [1], { lossType: 'grpo' })).toThrow(RangeError);
  });
});

describe('grpoRewardStats', () => {
  it('gives the mean and the sample (G − 1) standard deviation', () => {
    // [1, 0, 0, 0]: mean 0.25; squared deviations 0.5625 + 3·0.0625 = 0.75; 0.75/3 = 0.25; √0.25 = 0.5
    expect(grpoRewardStats([1, 0, 0, 0])).toEqual({ mean: 0.25, std: 0.5 });
    // [1, 0]: mean 0.5, std √((0.25 + 0.25)/1) = √0.5
    const pair = grpoRewardStats([1, 0]);
    expect(pair.mean).toBe(0.5);
    expect(pair.std).toBeCloseTo(0.7071067811865476, 15);
    // equal rewards: std 0 (the advantages are all 0)
    expect(grpoRewardStats([1.5, 1.5, 1.5])).toEqual({ mean: 1.5, std: 0 });
  });

  it('rejects groups of one and non-finite rewards', () => {
    expect(() => grpoRewardStats([1])).toThrow(
      new RangeError('rewards must hold at least 2 rewards, got an array of length 1'),
    );
    expect(() => grpoRewardStats([1, Infinity])).toThrow(
      new RangeError('rewards[1] must be finite, got Infinity'),
    );
    expect(() => grpoRewardStats({} as unknown as number[])).toThrow(TypeError);
  });
});
