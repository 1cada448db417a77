import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftLengthSweep, simulateSpeculative } from '@/lib/decoding';

// Leviathan et al. 2023 (arXiv 2211.17192) example worked by hand in speculative.test.ts:
// p = [0.5, 0.3, 0.2], q = [0.2, 0.3, 0.5]: acceptProb = [1, 1, 0.4], residual = [1, 0, 0], α = 0.7.
const P = [0.5, 0.3, 0.2];
const Q = [0.2, 0.3, 0.5];
// Mulberry32 reference words for seed 1985 (see rng.test.ts): 3527837133 / 2^32 = 0.8214, then
const U2 = 3112574143 / 2 ** 32; // 0.7247

describe('simulateSpeculative', () => {
  it('drafts from q, verifies with min(1, p/q) and resamples from the residual', () => {
    // seed 1985: draft = first index with 0.8214 < F_q = [0.2, 0.5, 1] → 2; U2 = 0.72 ≥ min(1, 0.2/0.5) = 0.4
    // → rejected; residual [1, 0, 0] → token 0
    const { trials, counts } = simulateSpeculative(P, Q, { n: 1, seed: 1985, keep: 5 });
    expect(trials).toEqual([{ draft: 2, u: U2, accepted: false, token: 0 }]);
    expect(counts).toEqual([1, 0, 0]);
  });

  it('keeps every draft token under the "draft" rule (no verification)', () => {
    const { trials, acceptanceRate } = simulateSpeculative(P, Q, {
      n: 1,
      seed: 1985,
      rule: 'draft',
      keep: 1,
    });
    expect(trials).toEqual([{ draft: 2, u: U2, accepted: true, token: 2 }]);
    expect(acceptanceRate).toBe(1);
  });

  it('outputs the target distribution, not the draft (Theorem 3.5), with acceptance rate α', () => {
    // 200 000 trials: standard error of a frequency ≤ √(0.25 / 200 000) ≈ 0.0011; 0.005 is 4.5 of them
    const sim = simulateSpeculative(P, Q, { n: 200_000, seed: 3 });
    sim.frequencies.forEach((f, i) => expect(Math.abs(f - (P[i] ?? 0))).toBeLessThan(0.005));
    expect(Math.abs(sim.acceptanceRate - 0.7)).toBeLessThan(0.005);
    expect(sim.distanceToTarget).toBeLessThan(0.005);
  });

  it('drifts from p when a rejection resamples from p, and equals q without verification', () => {
    // resample from p: min(p, q) + (1 − α) p = [0.2, 0.3, 0.2] + 0.3 · [0.5, 0.3, 0.2] = [0.35, 0.39, 0.26]
    const wrong = simulateSpeculative(P, Q, { n: 200_000, seed: 3, rule: 'target' });
    [0.35, 0.39, 0.26].forEach((e, i) =>
      expect(Math.abs((wrong.frequencies[i] ?? 0) - e)).toBeLessThan(0.005),
    );
    // ½ (0.15 + 0.09 + 0.06) = 0.15 away from p
    expect(Math.abs(wrong.distanceToTarget - 0.15)).toBeLessThan(0.005);
    const draft = simulateSpeculative(P, Q, { n: 200_000, seed: 3, rule: 'draft' });
    Q.forEach((q, i) => expect(Math.abs((draft.frequencies[i] ?? 0) - q)).toBeLessThan(0.005));
  });

  it('falls back to p when p = q leaves no residual', () => {
    const sim = simulateSpeculative([0.25, 0.75], [0.25, 0.75], { n: 1000, seed: 9 });
    expect(sim.acceptanceRate).toBe(1);
  });

  it('rejects invalid arguments', () => {
    expect(() => simulateSpeculative(P, Q, { n: 0, seed: 1 })).toThrow(
      new RangeError('n must be an integer >= 1, got 0'),
    );
    expect(() => simulateSpeculative(P, Q, { n: 2e6, seed: 1 })).toThrow(
      /n must be an integer in \[1, 1000000\]/,
    );
    expect(() => simulateSpeculative(P, Q, { n: 10, seed: Number.NaN })).toThrow(RangeError);
    expect(() => simulateSpeculative(P, Q, { n: 10, seed: 1, keep: -1 })).toThrow(RangeError);
    expect(() => simulateSpeculative(P, Q, { n: 10, seed: 1, rule: 'other' as unknown as 'draft' })).toThrow(
      new RangeError(`rule must be 'residual', 'target' or 'draft', got "other"`),
    );
    expect(() => simulateSpeculative([0.5, 0.4], Q, { n: 10, seed: 1 })).toThrow(RangeError);
    expect(() => simulateSpeculative(P, [0.5, 0.5], { n: 10, seed: 1 })).toThrow(RangeError);
    expect(() => simulateSpeculative(P, Q, { n: '10' as unknown as number, seed: 1 })).toThrow(TypeError);
  });

  it('is deterministic per seed; counts sum to n and frequencies to 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), (n, seed) => {
        const a = simulateSpeculative(P, Q, { n, seed, keep: 3 });
        expect(simulateSpeculative(P, Q, { n, seed, keep: 3 })).toEqual(a);
        expect(a.counts.reduce((s, c) => s + c, 0)).toBe(n);
        expect(a.frequencies.reduce((s, f) => s + f, 0)).toBeCloseTo(1, 12);
        expect(a.trials.length).toBe(Math.min(3, n));
      }),
    );
  });
});

describe('draftLengthSweep', () => {
  it('tabulates tokens, gains and speed-ups, and finds the best γ', () => {
    // α = 0.8, c = 0.1, by hand: tokens(γ) = 1 + 0.8 + … + 0.8^γ = 1.8, 2.44, 2.952, 3.3616, 3.68928,
    // 3.951424, 4.1611392; speed-up = tokens / (1 + 0.1γ) = 1.636, 2.033, 2.271, 2.401, 2.460, 2.470, 2.448
    // → best γ = 6; gain(γ) = 0.8^γ; ceiling 1 / (1 − 0.8) = 5
    const { rows, ceiling, bestGamma } = draftLengthSweep(0.8, 0.1, 10);
    expect(rows.map((r) => r.gamma)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    [1.8, 2.44, 2.952, 3.3616, 3.68928, 3.951424, 4.1611392].forEach((t, i) =>
      expect(rows[i]?.tokens).toBeCloseTo(t, 12),
    );
    [0.8, 0.64, 0.512, 0.4096].forEach((g, i) => expect(rows[i]?.gain).toBeCloseTo(g, 12));
    expect(rows[5]?.speedup).toBeCloseTo(3.951424 / 1.6, 12);
    expect(bestGamma).toBe(6);
    expect(ceiling).toBeCloseTo(5, 12);
  });

  it('has an infinite ceiling at α = 1 and prefers γ = 1 when drafting is as costly as verifying', () => {
    expect(draftLengthSweep(1, 0, 3).ceiling).toBe(Infinity);
    // c = 1, α = 0.5: speed-up 1.5 / 2 = 0.75, 1.75 / 3 = 0.583 … → γ = 1
    expect(draftLengthSweep(0.5, 1, 5).bestGamma).toBe(1);
  });

  it('rejects invalid arguments', () => {
    expect(() => draftLengthSweep(0.8, 0.1, 0)).toThrow(
      new RangeError('maxGamma must be an integer in [1, 1000], got 0'),
    );
    expect(() => draftLengthSweep(-0.1, 0.1, 5)).toThrow(RangeError);
    expect(() => draftLengthSweep(0.8, -1, 5)).toThrow(RangeError);
    expect(() => draftLengthSweep(0.8, 0.1, '5' as unknown as number)).toThrow(TypeError);
  });
});
