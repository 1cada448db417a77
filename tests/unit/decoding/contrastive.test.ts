import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastiveDecodingStep, contrastiveScores } from '@/lib/decoding';

const probVector = (length: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
      minLength: length,
      maxLength: length,
    })
    .filter((ps) => ps.some((p) => p > 0));

describe('contrastiveScores', () => {
  it('scores head tokens by log p_expert − log p_amateur and rules out the rest', () => {
    // Li et al. 2022 (arXiv 2210.15097): V_head = {x : p_EXP(x) >= α max p_EXP}, CD score = log p_EXP − log
    // p_AMA;
    // worked by hand: α = 0.5 → threshold 0.25, head {0, 1}; log(0.5 / 0.8) = log 0.625, log(0.4 / 0.1) = log
    // 4
    const scores = contrastiveScores([0.5, 0.4, 0.1], [0.8, 0.1, 0.1], 0.5);
    expect(scores[0]).toBeCloseTo(Math.log(0.625), 12);
    expect(scores[1]).toBeCloseTo(Math.log(4), 12);
    expect(scores[2]).toBe(-Infinity);
  });

  it('prefers the token the expert likes more than the amateur does, not the expert argmax', () => {
    // the idea of Li et al. 2022, Figure 1, by hand: the amateur's favourite (token 0, log 0.625 < 0) loses
    // to token 1 (log 4), although the expert alone would pick token 0
    const scores = contrastiveScores([0.5, 0.4, 0.1], [0.8, 0.1, 0.1], 0.1);
    expect(scores.indexOf(Math.max(...scores))).toBe(1);
  });

  it('includes a token exactly at α · max p_expert (inclusive)', () => {
    // CONTRACT.md: "V_head = {x : pExpert(x) >= α · max pExpert} (inclusive)"; 0.2 · 0.5 = 0.1 exactly
    expect(contrastiveScores([0.5, 0.4, 0.1], [0.8, 0.1, 0.1], 0.2)[2]).toBe(0);
  });

  it('keeps only the expert maxima at α = 1 and everything the expert supports at α = 0', () => {
    expect(contrastiveScores([0.4, 0.2, 0.4], [0.5, 0.3, 0.2], 1).map(Number.isFinite)).toEqual([
      true,
      false,
      true,
    ]);
    // α = 0: a token the expert gives 0 is still ruled out (its log-ratio would be log 0 − log q)
    expect(contrastiveScores([0.5, 0.5, 0], [0.25, 0.5, 0.25], 0)).toEqual([Math.log(2), 0, -Infinity]);
  });

  it('scores a head token the amateur rules out (p_amateur = 0) as Infinity, never NaN', () => {
    expect(contrastiveScores([0.6, 0.4], [1, 0], 0.1)).toEqual([Math.log(0.6), Infinity]);
    expect(contrastiveScores([1, 0], [0, 1], 0)).toEqual([Infinity, -Infinity]);
  });

  it('rejects invalid arguments', () => {
    // Li et al. use α in [0, 1] (α = 0.1 in their experiments)
    expect(() => contrastiveScores([0.5, 0.5], [0.5, 0.5], 1.5)).toThrow(
      new RangeError('alpha must be in [0, 1], got 1.5'),
    );
    expect(() => contrastiveScores([0.5, 0.5], [0.5, 0.5], Number.NaN)).toThrow(RangeError);
    expect(() => contrastiveScores([0.5, 0.5], [0.5, 0.5], '0.1' as unknown as number)).toThrow(TypeError);
    expect(() => contrastiveScores([0.5, 0.5], [1], 0.1)).toThrow(
      new RangeError('pAmateur must have the same length as pExpert (2), got 1'),
    );
    expect(() => contrastiveScores([0.5, -0.5], [0.5, 0.5], 0.1)).toThrow(
      /pExpert\[1\] must be finite and >= 0/,
    );
    expect(() => contrastiveScores([0.5, 0.5], [0, 0], 0.1)).toThrow(/pAmateur must have a positive sum/);
    expect(() => contrastiveScores([], [], 0.1)).toThrow(RangeError);
    expect(() => contrastiveScores({} as unknown as number[], [1], 0.1)).toThrow(TypeError);
  });

  it('never returns NaN, rules out exactly the implausible tokens, never mutates (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(probVector(n), probVector(n))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([pe, pa], alpha) => {
          const [ce, ca] = [[...pe], [...pa]];
          const scores = contrastiveScores(pe, pa, alpha);
          expect(pe).toEqual(ce);
          expect(pa).toEqual(ca);
          const max = Math.max(...pe);
          scores.forEach((s, i) => {
            expect(Number.isNaN(s)).toBe(false);
            const p = pe[i] ?? 0;
            expect(s === -Infinity).toBe(p === 0 || p < alpha * max);
          });
        },
      ),
    );
  });
});

describe('contrastiveDecodingStep', () => {
  it("picks the CD argmax inside V_head and reports the expert's greedy token (worked by hand)", () => {
    // weights [5, 4, 1] and [8, 1, 1] normalise to [0.5, 0.4, 0.1] and [0.8, 0.1, 0.1]; α = 0.5 -> threshold
    // 0.25, head {0, 1}; scores log 0.625 < log 4 -> CD picks 1, the expert alone picks 0
    const step = contrastiveDecodingStep([5, 4, 1], [8, 1, 1], 0.5);
    expect(step.expert).toEqual([0.5, 0.4, 0.1]);
    expect(step.amateur).toEqual([0.8, 0.1, 0.1]);
    expect(step.threshold).toBe(0.25);
    expect(step.inHead).toEqual([true, true, false]);
    expect(step.scores[0]).toBeCloseTo(Math.log(0.625), 12);
    expect(step.scores[1]).toBeCloseTo(Math.log(4), 12);
    expect(step.scores[2]).toBe(-Infinity);
    expect(step.chosen).toBe(1);
    expect(step.expertGreedy).toBe(0);
  });

  it("reproduces the page's numbers: without the cut a garbage token wins, with α = 0.1 Paris does", () => {
    // content/*/decoding/penalties.mdx interview question: expert Paris 0.6, the 0.3, garbage 0.001;
    // amateur Paris 0.3, the 0.5, garbage 0.00001 (other tokens fill both to 1)
    const expert = [0.6, 0.3, 0.05, 0.04, 0.009, 0.001];
    const amateur = [0.3, 0.5, 0.12, 0.05, 0.02999, 0.00001];
    const none = contrastiveDecodingStep(expert, amateur, 0);
    // ln(0.6 / 0.3) = ln 2 ≈ 0.69, ln(0.3 / 0.5) ≈ -0.51, ln(0.001 / 0.00001) = ln 100 ≈ 4.61
    expect(none.scores[0]).toBeCloseTo(0.6931, 3);
    expect(none.scores[1]).toBeCloseTo(-0.5108, 3);
    expect(none.scores[5]).toBeCloseTo(4.6052, 3);
    expect(none.chosen).toBe(5);
    // α = 0.1: threshold 0.1 * 0.6 = 0.06 keeps Paris and the only
    const cut = contrastiveDecodingStep(expert, amateur, 0.1);
    expect(cut.threshold).toBeCloseTo(0.06, 12);
    expect(cut.inHead).toEqual([true, true, false, false, false, false]);
    expect(cut.chosen).toBe(0);
    expect(cut.expertGreedy).toBe(0);
  });

  it("reduces to greedy when only the expert's top token is plausible", () => {
    // the paper: a confident expert leaves V_head = {argmax}; 0.1 * 0.9 = 0.09 > 0.05
    const step = contrastiveDecodingStep([0.9, 0.05, 0.05], [0.9, 0.05, 0.05], 0.1);
    expect(step.inHead).toEqual([true, false, false]);
    expect(step.chosen).toBe(0);
    expect(step.scores[0]).toBe(0);
  });

  it('chooses a head token the amateur rules out (score Infinity)', () => {
    expect(contrastiveDecodingStep([0.6, 0.4], [1, 0], 0.1).chosen).toBe(1);
  });

  it('rejects invalid arguments with the parameter names', () => {
    expect(() => contrastiveDecodingStep([0.5, -0.5], [0.5, 0.5], 0.1)).toThrow(
      /pExpert\[1\] must be finite and >= 0/,
    );
    expect(() => contrastiveDecodingStep([0.5, 0.5], [0, 0], 0.1)).toThrow(
      /pAmateur must have a positive sum/,
    );
    expect(() => contrastiveDecodingStep([0.5, 0.5], [1], 0.1)).toThrow(
      new RangeError('pAmateur must have the same length as pExpert (2), got 1'),
    );
    expect(() => contrastiveDecodingStep([0.5, 0.5], [0.5, 0.5], -0.1)).toThrow(
      new RangeError('alpha must be in [0, 1], got -0.1'),
    );
    expect(() => contrastiveDecodingStep([0.5, 0.5], [0.5, 0.5], '0.1' as unknown as number)).toThrow(
      TypeError,
    );
  });

  it('always chooses a plausible token, never NaN (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(probVector(n), probVector(n))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([pe, pa], alpha) => {
          const step = contrastiveDecodingStep(pe, pa, alpha);
          expect(step.inHead[step.chosen]).toBe(true);
          expect(step.inHead[step.expertGreedy]).toBe(true);
          expect(step.scores.some(Number.isNaN)).toBe(false);
        },
      ),
    );
  });
});
