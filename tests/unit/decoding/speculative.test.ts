import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedTokensPerTargetCall, speculativeAcceptance, speculativeSpeedup } from '@/lib/decoding';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A random distribution of the given length (normalised positive weights, some exact zeros). */
const distribution = (length: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1, noNaN: true })), {
      minLength: length,
      maxLength: length,
    })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => ws.map((w) => w / sum(ws)));
const pair = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(distribution(n), distribution(n)));

describe('speculativeAcceptance', () => {
  it('accepts with min(1, p/q), resamples from norm(max(0, p − q)), and reports α = Σ min(p, q)', () => {
    // Leviathan et al. 2023 (arXiv 2211.17192), Algorithm 1 and Corollary 3.6, worked by hand:
    // p = [0.5, 0.3, 0.2], q = [0.2, 0.3, 0.5]: p/q = [2.5, 1, 0.4]; p − q = [0.3, 0, −0.3]; α = 0.2 + 0.3 +
    // 0.2
    const { acceptProb, residual, expectedAcceptance } = speculativeAcceptance(
      [0.5, 0.3, 0.2],
      [0.2, 0.3, 0.5],
    );
    expect(acceptProb[0]).toBe(1);
    expect(acceptProb[1]).toBe(1);
    expect(acceptProb[2]).toBeCloseTo(0.4, 15);
    expect(residual).toEqual([1, 0, 0]);
    expect(expectedAcceptance).toBeCloseTo(0.7, 15);
  });

  it('spreads the residual over every token the draft under-proposes', () => {
    // p = [0.4, 0.4, 0.2], q = [0.1, 0.3, 0.6]: max(0, p − q) = [0.3, 0.1, 0] → [0.75, 0.25, 0]; α = 0.1 +
    // 0.3 + 0.2
    const { residual, expectedAcceptance } = speculativeAcceptance([0.4, 0.4, 0.2], [0.1, 0.3, 0.6]);
    expect(residual[0]).toBeCloseTo(0.75, 12);
    expect(residual[1]).toBeCloseTo(0.25, 12);
    expect(residual[2]).toBe(0);
    expect(expectedAcceptance).toBeCloseTo(0.6, 15);
  });

  it('sets acceptProb to 1 where the draft gives probability 0, and α = 0 for disjoint supports', () => {
    // a token with q(x) = 0 is never drafted, so its acceptance probability is never used (documented as 1)
    const { acceptProb, residual, expectedAcceptance } = speculativeAcceptance([0, 1], [1, 0]);
    expect(acceptProb).toEqual([0, 1]);
    expect(residual).toEqual([0, 1]);
    expect(expectedAcceptance).toBe(0);
  });

  it('accepts everything and has an all-zero residual when p = q', () => {
    // p = q: "β = 1" (Leviathan et al.), rejection never happens, nothing to resample
    expect(speculativeAcceptance([0.25, 0.75], [0.25, 0.75])).toEqual({
      acceptProb: [1, 1],
      residual: [0, 0],
      expectedAcceptance: 1,
    });
  });

  it('rejects invalid distributions', () => {
    expect(() => speculativeAcceptance([0.5, 0.4], [0.5, 0.5])).toThrow(
      new RangeError('pTarget must sum to 1 (within 0.000001), got 0.9'),
    );
    expect(() => speculativeAcceptance([0.5, 0.5], [1])).toThrow(
      new RangeError('pDraft must have the same length as pTarget (2), got 1'),
    );
    expect(() => speculativeAcceptance([1.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => speculativeAcceptance([Number.NaN, 1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => speculativeAcceptance([], [])).toThrow(RangeError);
    expect(() => speculativeAcceptance('p' as unknown as number[], [1])).toThrow(TypeError);
  });

  it('reproduces the target distribution exactly: q · accept + (1 − α) · residual = p (property)', () => {
    // Leviathan et al. 2023, Theorem 3.5 (Chen et al. 2023, Theorem 1): speculative sampling samples from p
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const { acceptProb, residual, expectedAcceptance } = speculativeAcceptance(p, q);
        p.forEach((pi, i) => {
          const viaDraft = (q[i] ?? 0) * (acceptProb[i] ?? 0);
          expect(viaDraft + (1 - expectedAcceptance) * (residual[i] ?? 0)).toBeCloseTo(pi, 9);
        });
      }),
    );
  });

  it('keeps acceptProb and α in [0, 1] and a residual summing to 1 when p ≠ q (property)', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const [cp, cq] = [[...p], [...q]];
        const { acceptProb, residual, expectedAcceptance } = speculativeAcceptance(p, q);
        expect(p).toEqual(cp);
        expect(q).toEqual(cq);
        acceptProb.forEach((a) => expect(a >= 0 && a <= 1).toBe(true));
        expect(expectedAcceptance).toBeGreaterThanOrEqual(0);
        expect(expectedAcceptance).toBeLessThanOrEqual(1 + 1e-12);
        residual.forEach((r) => expect(r).toBeGreaterThanOrEqual(0));
        if (p.some((pi, i) => pi > (q[i] ?? 0))) expect(sum(residual)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('expectedTokensPerTargetCall', () => {
  it('sums the geometric series 1 + α + … + α^γ', () => {
    // Leviathan et al. 2023, eq. (1): E(# generated tokens) = (1 − α^(γ+1)) / (1 − α);
    // by hand, α = 0.8, γ = 4: 1 + 0.8 + 0.64 + 0.512 + 0.4096 = 3.3616
    expect(expectedTokensPerTargetCall(0.8, 4)).toBeCloseTo(3.3616, 12);
    // α = 0.5, γ = 2: 1 + 0.5 + 0.25
    expect(expectedTokensPerTargetCall(0.5, 2)).toBeCloseTo(1.75, 14);
  });

  it('counts the target-added token, one more than the accepted drafts alone', () => {
    // torchedup "spec-decoding-effective-speedup" counts only accepted drafts: α(1 − α^k)/(1 − α) = 2.3616
    // for α = 0.8, k = 4; Leviathan's count adds the correction / bonus token: 3.3616
    expect(expectedTokensPerTargetCall(0.8, 4) - 1).toBeCloseTo(2.3616, 12);
  });

  it('takes the limits α → 1 (γ + 1), α = 0 (1 token) and γ = 0 (plain decoding)', () => {
    // Leviathan et al. 2023: α = 1 means every draft is accepted, γ + 1 tokens per call
    expect(expectedTokensPerTargetCall(1, 5)).toBe(6);
    expect(expectedTokensPerTargetCall(1 - 1e-12, 5)).toBeCloseTo(6, 9);
    expect(expectedTokensPerTargetCall(0, 5)).toBe(1);
    expect(expectedTokensPerTargetCall(0.7, 0)).toBeCloseTo(1, 15);
  });

  it('rejects invalid arguments', () => {
    expect(() => expectedTokensPerTargetCall(1.1, 3)).toThrow(
      new RangeError('alpha must be in [0, 1], got 1.1'),
    );
    expect(() => expectedTokensPerTargetCall(Number.NaN, 3)).toThrow(RangeError);
    expect(() => expectedTokensPerTargetCall(0.5, -1)).toThrow(
      new RangeError('gamma must be an integer >= 0, got -1'),
    );
    expect(() => expectedTokensPerTargetCall(0.5, 2.5)).toThrow(RangeError);
    expect(() => expectedTokensPerTargetCall('0.5' as unknown as number, 3)).toThrow(TypeError);
  });

  it('grows with α and γ and stays within [1, γ + 1] (property)', () => {
    const alpha = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(alpha, alpha, fc.integer({ min: 0, max: 50 }), (a1, a2, g) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const e = expectedTokensPerTargetCall(lo, g);
        expect(e).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(e).toBeLessThanOrEqual(g + 1 + 1e-9);
        expect(expectedTokensPerTargetCall(hi, g)).toBeGreaterThanOrEqual(e - 1e-9);
        expect(expectedTokensPerTargetCall(lo, g + 1)).toBeGreaterThanOrEqual(e - 1e-12);
      }),
    );
  });
});

describe('speculativeSpeedup', () => {
  it('divides the expected tokens by the cost of one step, γc + 1', () => {
    // Leviathan et al. 2023, Theorem 3.8: (1 − α^(γ+1)) / ((1 − α)(γc + 1)); by hand 3.3616 / (4 · 0.1 + 1)
    expect(speculativeSpeedup(0.8, 4, 0.1)).toBeCloseTo(3.3616 / 1.4, 12);
  });

  it('reduces to (1 + α) / (1 + c) at γ = 1', () => {
    // Leviathan et al. 2023, Corollary 3.9: improvement factor at least (1 + α) / (1 + c) when α > c;
    // α = 0.75, c = 0.25: 1.75 / 1.25 = 1.4
    expect(speculativeSpeedup(0.75, 1, 0.25)).toBeCloseTo(1.4, 14);
  });

  it('is (γ + 1) / (γc + 1) at α = 1 and 1 at γ = 0', () => {
    expect(speculativeSpeedup(1, 3, 0.5)).toBeCloseTo(4 / 2.5, 14);
    expect(speculativeSpeedup(0.3, 0, 0.5)).toBeCloseTo(1, 14);
  });

  it('rejects invalid arguments', () => {
    expect(() => speculativeSpeedup(0.8, 4, -0.1)).toThrow(
      new RangeError('costRatio must be finite and >= 0, got -0.1'),
    );
    expect(() => speculativeSpeedup(0.8, 4, Infinity)).toThrow(RangeError);
    expect(() => speculativeSpeedup(-0.1, 4, 0.1)).toThrow(RangeError);
    expect(() => speculativeSpeedup(0.8, 1.5, 0.1)).toThrow(RangeError);
    expect(() => speculativeSpeedup(0.8, 4, null as unknown as number)).toThrow(TypeError);
  });

  it('beats 1 at γ = 1 exactly when α > c (property)', () => {
    // Corollary 3.9: α > c is the condition for a gain
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, (a, c) => {
        const s = speculativeSpeedup(a, 1, c);
        if (a > c + 1e-9) expect(s).toBeGreaterThan(1);
        if (a < c - 1e-9) expect(s).toBeLessThan(1);
      }),
    );
  });
});
