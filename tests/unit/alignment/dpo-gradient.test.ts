import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoGradientWeight, dpoLogRatioDifference, dpoLoss, type DpoLogps } from '@/lib/alignment';

/** The three pairs of torchtune tests/torchtune/rlhf/loss/test_dpo_loss.py `loss_inputs` (h = 0, 10, 20). */
const TORCHTUNE_PAIRS: DpoLogps[] = [
  { policyChosenLogp: -0.5, policyRejectedLogp: -0.1, refChosenLogp: -0.5, refRejectedLogp: -0.1 },
  { policyChosenLogp: -10, policyRejectedLogp: -30, refChosenLogp: -10.1, refRejectedLogp: -20.1 },
  { policyChosenLogp: -1, policyRejectedLogp: -21, refChosenLogp: -0.1, refRejectedLogp: -0.1 },
];

/** A pair with the given h and every log-probability ≤ 0. */
function pairWithH(h: number): DpoLogps {
  return {
    policyChosenLogp: -2 + Math.min(h, 0),
    policyRejectedLogp: -2 - Math.max(h, 0),
    refChosenLogp: -2,
    refRejectedLogp: -2,
  };
}

describe('dpoLogRatioDifference', () => {
  it('is (π_c − π_r) − (ref_c − ref_r)', () => {
    // torchtune's logits: [0, 10, 20] (−10 + 30 − (−10.1 + 20.1) = 20 − 10)
    const h = TORCHTUNE_PAIRS.map(dpoLogRatioDifference);
    [0, 10, 20].forEach((expected, i) => expect(h[i]).toBeCloseTo(expected, 12));
    // −35 + 55 − (−40 + 50) = 20 − 10 = 10
    expect(
      dpoLogRatioDifference({
        policyChosenLogp: -35,
        policyRejectedLogp: -55,
        refChosenLogp: -40,
        refRejectedLogp: -50,
      }),
    ).toBe(10);
  });

  it('checks the log-probabilities as dpoLoss does', () => {
    const bad = { ...pairWithH(1), refChosenLogp: Number.NaN };
    expect(() => dpoLogRatioDifference(bad)).toThrow(RangeError);
    expect(() => dpoLogRatioDifference(null as unknown as DpoLogps)).toThrow(TypeError);
  });
});

describe('dpoGradientWeight', () => {
  it('is σ(r̂_r − r̂_c) for the DPO loss (Rafailov et al. 2023 §4, gradient of eq. 7)', () => {
    // βh = 0, 1, 2 → σ(0) = 0.5, σ(−1) = 1/(1 + e) = 0.2689414213699951,
    // σ(−2) = 0.11920292202211755 (scipy.special.expit(-1), expit(-2))
    const w = TORCHTUNE_PAIRS.map((pair) => dpoGradientWeight(pair));
    expect(w[0]).toBe(0.5);
    expect(w[1]).toBeCloseTo(0.2689414213699951, 13);
    expect(w[2]).toBeCloseTo(0.11920292202211755, 13);
    // a wrongly ordered pair gets more than ½: h = −10, βh = −1 → σ(1) = 0.7310585786300049
    expect(dpoGradientWeight(pairWithH(-10))).toBeCloseTo(0.7310585786300049, 13);
    // policy = reference: ½ for every β
    for (const beta of [0.01, 0.1, 2]) expect(dpoGradientWeight(pairWithH(0), { beta })).toBe(0.5);
  });

  it('subtracts ε with conservative-DPO label smoothing and vanishes where σ(βh) = 1 − ε', () => {
    // h = 10, β = 0.1, ε = 0.1: 0.9·σ(−1) − 0.1·σ(1) = 0.24204727923299559 − 0.07310585786300049
    expect(dpoGradientWeight(pairWithH(10), { labelSmoothing: 0.1 })).toBeCloseTo(0.1689414213699951, 13);
    // σ(βh) = 0.9 ⇔ βh = ln 9 = 2.1972245773362196, i.e. h = 21.972245773362196 at β = 0.1
    expect(dpoGradientWeight(pairWithH(21.972245773362196), { labelSmoothing: 0.1 })).toBeCloseTo(0, 12);
    // ε = 0.5: the labels are coin flips and the weight is σ(−βh) − ½, 0 at h = 0
    expect(dpoGradientWeight(pairWithH(0), { labelSmoothing: 0.5 })).toBe(0);
  });

  it('is 1 below the hinge and 0 past it (SLiC)', () => {
    // max(0, 1 − βh): βh = 0.5 → slope 1; βh = 2 → flat
    expect(dpoGradientWeight(pairWithH(5), { lossType: 'hinge' })).toBe(1);
    expect(dpoGradientWeight(pairWithH(20), { lossType: 'hinge' })).toBe(0);
    // label smoothing does not apply to the hinge
    expect(dpoGradientWeight(pairWithH(5), { lossType: 'hinge', labelSmoothing: 0.3 })).toBe(1);
  });

  it('is (1 − 2βh)/β² for IPO: zero at the target 1/(2β), negative past it', () => {
    // β = 0.1: target h = 5; h = 0 → 1/0.01 = 100, h = 5 → 0, h = 10 → −1/0.01 = −100
    expect(dpoGradientWeight(pairWithH(0), { lossType: 'ipo' })).toBeCloseTo(100, 10);
    expect(dpoGradientWeight(pairWithH(5), { lossType: 'ipo' })).toBe(0);
    expect(dpoGradientWeight(pairWithH(10), { lossType: 'ipo' })).toBeCloseTo(-100, 10);
    // β = 0.5, h = 3: loss (h − 1)², ∂/∂h = 4, w = −4/β = −8
    expect(dpoGradientWeight(pairWithH(3), { lossType: 'ipo', beta: 0.5 })).toBe(-8);
  });

  it('stays finite and in [−ε, 1] for the sigmoid loss at extreme margins', () => {
    expect(dpoGradientWeight(pairWithH(1e6))).toBe(0);
    expect(dpoGradientWeight(pairWithH(-1e6))).toBe(1);
    expect(dpoGradientWeight(pairWithH(1e6), { labelSmoothing: 0.2 })).toBe(-0.2);
  });

  it('rejects what dpoLoss rejects', () => {
    const ok = pairWithH(1);
    expect(() => dpoGradientWeight(ok, { beta: 0 })).toThrow(
      new RangeError('options.beta must be finite and > 0, got 0'),
    );
    expect(() => dpoGradientWeight(ok, { labelSmoothing: 0.6 })).toThrow(RangeError);
    expect(() => dpoGradientWeight(ok, { lossType: 'kto_pair' as 'ipo' })).toThrow(RangeError);
    expect(() => dpoGradientWeight({ ...ok, policyChosenLogp: Infinity })).toThrow(RangeError);
    expect(() => dpoGradientWeight(ok, null as unknown as object)).toThrow(TypeError);
  });

  it('is minus the slope of dpoLoss in βh (central differences, property)', () => {
    const h = fc.double({ min: -50, max: 50, noNaN: true });
    const beta = fc.double({ min: 0.05, max: 2, noNaN: true });
    const eps = fc.double({ min: 0, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(h, beta, eps, fc.constantFrom('sigmoid', 'hinge', 'ipo' as const), (x, b, e, lossType) => {
        const options = { beta: b, labelSmoothing: e, lossType };
        // the hinge has a kink at βh = 1: stay away from it
        fc.pre(lossType !== 'hinge' || Math.abs(b * x - 1) > 1e-3);
        const d = 1e-4;
        const slope =
          (dpoLoss(pairWithH(x + d / b), options).loss - dpoLoss(pairWithH(x - d / b), options).loss) /
          (2 * d);
        const w = dpoGradientWeight(pairWithH(x), options);
        expect(w).toBeCloseTo(-slope, lossType === 'ipo' ? 2 : 5);
      }),
    );
  });
});
