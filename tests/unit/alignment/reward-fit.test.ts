import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitBradleyTerry,
  linearReward,
  MAX_FIT_PAIRS,
  MAX_FIT_STEPS,
  preferenceProbability,
  type PreferencePair,
} from '@/lib/alignment';

describe('preferenceProbability', () => {
  it('is σ(r_c − r_r)', () => {
    // σ(1) = 1/(1 + e^−1) = 0.7310585786300049 (Python: 1/(1+math.exp(-1)))
    expect(preferenceProbability(1, 0)).toBeCloseTo(0.7310585786300049, 15);
    // equal rewards: ½
    expect(preferenceProbability(3, 3)).toBe(0.5);
    // σ(−2) = 0.11920292202211755
    expect(preferenceProbability(-1, 1)).toBeCloseTo(0.11920292202211755, 15);
  });

  it('depends only on the difference (a shift of both rewards changes nothing)', () => {
    expect(preferenceProbability(101, 100)).toBeCloseTo(preferenceProbability(1, 0), 14);
    expect(preferenceProbability(-4, -5)).toBeCloseTo(preferenceProbability(1, 0), 14);
  });

  it('stays positive and finite for huge differences', () => {
    // σ(−800) ≈ e^−800 underflows to 0 in doubles; the point is no NaN
    expect(preferenceProbability(-400, 400)).toBeGreaterThanOrEqual(0);
    expect(preferenceProbability(400, -400)).toBe(1);
    expect(preferenceProbability(-30, 0)).toBeGreaterThan(0); // e^−30 ≈ 9.4e-14
  });

  it('rejects non-finite or non-number rewards', () => {
    expect(() => preferenceProbability(Number.NaN, 0)).toThrow(
      new RangeError('rewardChosen must be finite, got NaN'),
    );
    expect(() => preferenceProbability(0, Infinity)).toThrow(RangeError);
    expect(() => preferenceProbability('1' as unknown as number, 0)).toThrow(TypeError);
  });
});

describe('fitBradleyTerry', () => {
  // Three pairs with Δx = x_c − x_r = [1, 0], [1, 2], [−1, 1]; mean Δx = [1/3, 1].
  const pairs: PreferencePair[] = [
    { chosen: [1, 0], rejected: [0, 0] },
    { chosen: [1, 3], rejected: [0, 1] },
    { chosen: [0, 2], rejected: [1, 1] },
  ];

  it('starts at w = 0 with loss ln 2, accuracy ½ (all ties) and gradient −½·mean Δx', () => {
    const [start] = fitBradleyTerry(pairs, { learningRate: 0.1, steps: 0 });
    expect(start?.step).toBe(0);
    expect(start?.weights).toEqual([0, 0]);
    // −log σ(0) = ln 2 = 0.6931471805599453
    expect(start?.loss).toBeCloseTo(0.6931471805599453, 15);
    expect(start?.objective).toBeCloseTo(0.6931471805599453, 15);
    expect(start?.ties).toBe(3);
    expect(start?.correct).toBe(0);
    expect(start?.accuracy).toBe(0.5);
    // −½ · [1/3, 1] = [−1/6, −1/2]
    expect(start?.gradient[0]).toBeCloseTo(-1 / 6, 15);
    expect(start?.gradient[1]).toBeCloseTo(-0.5, 15);
  });

  it('takes the first step to (η/2)·mean Δx, whatever λ', () => {
    for (const l2 of [0, 0.3]) {
      const [, first] = fitBradleyTerry(pairs, { learningRate: 0.6, steps: 1, l2 });
      // w₁ = 0 − 0.6 · [−1/6, −1/2] = [0.1, 0.3]
      expect(first?.weights[0]).toBeCloseTo(0.1, 15);
      expect(first?.weights[1]).toBeCloseTo(0.3, 15);
    }
  });

  it('matches a one-feature run worked by hand', () => {
    // One pair, Δx = 1, η = 2. Step 0: w = 0, gradient −½ → w₁ = 1.
    // Step 1: loss = ln(1 + e^−1) = 0.31326168751822286, gradient −σ(−1) = −0.2689414213699951
    // → w₂ = 1 + 2 · 0.2689414213699951 = 1.5378828427399902.
    const run = fitBradleyTerry([{ chosen: [1], rejected: [0] }], { learningRate: 2, steps: 2 });
    expect(run).toHaveLength(3);
    expect(run[1]?.weights[0]).toBe(1);
    expect(run[1]?.loss).toBeCloseTo(0.31326168751822286, 15);
    expect(run[1]?.gradient[0]).toBeCloseTo(-0.2689414213699951, 15);
    expect(run[1]?.accuracy).toBe(1);
    expect(run[1]?.correct).toBe(1);
    expect(run[2]?.weights[0]).toBeCloseTo(1.5378828427399902, 14);
  });

  it('adds (λ/2)‖w‖² to the objective and λw to the gradient', () => {
    // Same pair, η = 2, λ = 0.5. After step 1, w = 1: objective = 0.31326… + 0.25 · 1 = 0.56326…,
    // gradient = −0.26894… + 0.5 = 0.23105857863000487.
    const run = fitBradleyTerry([{ chosen: [1], rejected: [0] }], { learningRate: 2, steps: 1, l2: 0.5 });
    expect(run[1]?.loss).toBeCloseTo(0.31326168751822286, 15);
    expect(run[1]?.objective).toBeCloseTo(0.5632616875182229, 15);
    expect(run[1]?.gradient[0]).toBeCloseTo(0.23105857863000487, 15);
  });

  it('counts pairs ranked right, ties as half', () => {
    // w = [1, 0] after one step with η = 2 on Δx = [1, 0] and [0, 0] (identical responses)
    const run = fitBradleyTerry(
      [
        { chosen: [1, 0], rejected: [0, 0] },
        { chosen: [0, 5], rejected: [0, 5] },
      ],
      { learningRate: 4, steps: 1 },
    );
    // gradient at 0: −½ · mean([1,0], [0,0]) = [−¼, 0] → w₁ = [1, 0]
    expect(run[1]?.weights).toEqual([1, 0]);
    expect(run[1]?.correct).toBe(1);
    expect(run[1]?.ties).toBe(1);
    expect(run[1]?.accuracy).toBe(0.75);
  });

  it('never beats ½ on a contradictory pair (the same two responses judged both ways)', () => {
    const run = fitBradleyTerry(
      [
        { chosen: [2], rejected: [1] },
        { chosen: [1], rejected: [2] },
      ],
      { learningRate: 1, steps: 20 },
    );
    // mean Δx = 0: the gradient at 0 is 0 and w never moves; the loss stays ln 2
    for (const s of run) {
      expect(s.weights[0]).toBe(0);
      expect(s.loss).toBeCloseTo(Math.LN2, 15);
      expect(s.accuracy).toBe(0.5);
    }
  });

  it('is deterministic and does not mutate its input', () => {
    const copy = structuredClone(pairs);
    const a = fitBradleyTerry(pairs, { learningRate: 0.5, steps: 30, l2: 0.01 });
    const b = fitBradleyTerry(pairs, { learningRate: 0.5, steps: 30, l2: 0.01 });
    expect(a).toEqual(b);
    expect(pairs).toEqual(copy);
  });

  it('lowers the loss every step at a small learning rate (property)', () => {
    const vec = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 2 });
    const pair = fc.record({ chosen: vec, rejected: vec });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), (ps) => {
        const run = fitBradleyTerry(ps, { learningRate: 0.05, steps: 20 });
        for (let i = 1; i < run.length; i++) {
          expect(run[i]!.objective).toBeLessThanOrEqual(run[i - 1]!.objective + 1e-12);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects bad pairs and options with messages that name the field', () => {
    expect(() => fitBradleyTerry([], { learningRate: 1, steps: 1 })).toThrow(
      new RangeError(`pairs must hold between 1 and ${MAX_FIT_PAIRS} comparisons, got 0`),
    );
    expect(() => fitBradleyTerry('x' as unknown as PreferencePair[], { learningRate: 1, steps: 1 })).toThrow(
      TypeError,
    );
    expect(() => fitBradleyTerry([{ chosen: [1, 2], rejected: [1] }], { learningRate: 1, steps: 1 })).toThrow(
      new RangeError('pairs[0].rejected must hold 2 features like pairs[0].chosen, got 1'),
    );
    expect(() =>
      fitBradleyTerry([{ chosen: [Number.NaN], rejected: [1] }], { learningRate: 1, steps: 1 }),
    ).toThrow(new RangeError('pairs[0].chosen[0] must be finite, got NaN'));
    expect(() => fitBradleyTerry([{ chosen: [], rejected: [] }], { learningRate: 1, steps: 1 })).toThrow(
      RangeError,
    );
    const ok = [{ chosen: [1], rejected: [0] }];
    expect(() => fitBradleyTerry(ok, { learningRate: 0, steps: 1 })).toThrow(
      new RangeError('options.learningRate must be finite and > 0, got 0'),
    );
    expect(() => fitBradleyTerry(ok, { learningRate: -1, steps: 1 })).toThrow(RangeError);
    expect(() => fitBradleyTerry(ok, { learningRate: Number.NaN, steps: 1 })).toThrow(RangeError);
    expect(() => fitBradleyTerry(ok, { learningRate: 1, steps: 2.5 })).toThrow(
      new RangeError(`options.steps must be an integer in [0, ${MAX_FIT_STEPS}], got 2.5`),
    );
    expect(() => fitBradleyTerry(ok, { learningRate: 1, steps: MAX_FIT_STEPS + 1 })).toThrow(RangeError);
    expect(() => fitBradleyTerry(ok, { learningRate: 1, steps: -1 })).toThrow(RangeError);
    expect(() => fitBradleyTerry(ok, { learningRate: 1, steps: 1, l2: -0.1 })).toThrow(
      new RangeError('options.l2 must be finite and >= 0, got -0.1'),
    );
    expect(() => fitBradleyTerry(ok, null as unknown as { learningRate: number; steps: number })).toThrow(
      TypeError,
    );
  });

  it('reports divergence instead of returning NaN', () => {
    // λ = 1, η = 1e6: w ← w − η(λw − …) multiplies w by about −1e6 each step, overflowing in ~52 steps
    expect(() =>
      fitBradleyTerry([{ chosen: [1], rejected: [0] }], { learningRate: 1e6, steps: 100, l2: 1 }),
    ).toThrow(/diverged at step \d+/);
  });
});

describe('linearReward', () => {
  it('is the dot product w·x', () => {
    // 2·1 + (−0.5)·4 = 0; 1·3 + 2·(−1) + 0.5·2 = 2
    expect(linearReward([2, -0.5], [1, 4])).toBe(0);
    expect(linearReward([1, 2, 0.5], [3, -1, 2])).toBe(2);
  });

  it('rejects mismatched lengths, non-finite values and overflow', () => {
    expect(() => linearReward([1, 2], [1])).toThrow(
      new RangeError('features must hold 2 values like weights, got 1'),
    );
    expect(() => linearReward([Number.NaN], [1])).toThrow(
      new RangeError('weights[0] must be finite, got NaN'),
    );
    expect(() => linearReward([1], [Infinity])).toThrow(RangeError);
    expect(() => linearReward([1e308, 1e308], [10, 10])).toThrow(RangeError);
    expect(() => linearReward('w' as unknown as number[], [1])).toThrow(TypeError);
  });
});
