import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoLoss, type DpoLogps } from '@/lib/alignment';

/** The three pairs of torchtune tests/torchtune/rlhf/loss/test_dpo_loss.py `loss_inputs`. */
const TORCHTUNE_PAIRS: DpoLogps[] = [
  { policyChosenLogp: -0.5, policyRejectedLogp: -0.1, refChosenLogp: -0.5, refRejectedLogp: -0.1 },
  { policyChosenLogp: -10, policyRejectedLogp: -30, refChosenLogp: -10.1, refRejectedLogp: -20.1 },
  { policyChosenLogp: -1, policyRejectedLogp: -21, refChosenLogp: -0.1, refRejectedLogp: -0.1 },
];

/** A pair whose h = (π_c − π_r) − (ref_c − ref_r) is the given value, every log-prob ≤ 0. */
function pairWithH(h: number): DpoLogps {
  return {
    policyChosenLogp: -2 + Math.min(h, 0),
    policyRejectedLogp: -2 - Math.max(h, 0),
    refChosenLogp: -2,
    refRejectedLogp: -2,
  };
}

describe('dpoLoss', () => {
  it('reproduces torchtune test_dpo_loss (beta 0.1, no smoothing)', () => {
    // torchtune: logits h = [0, 10, 20], βh = [0, 1, 2], expected −log(1/(1 + e^−βh));
    // values from scipy: −log_expit(0) = 0.6931471805599453, −log_expit(1) = 0.31326168751822286,
    // −log_expit(2) = 0.1269280110429725
    const losses = TORCHTUNE_PAIRS.map((pair) => dpoLoss(pair).loss);
    expect(losses[0]).toBe(0.6931471805599453);
    expect(losses[1]).toBeCloseTo(0.31326168751822286, 13);
    expect(losses[2]).toBeCloseTo(0.1269280110429725, 13);
  });

  it('reports β(log π − log π_ref) rewards as in torchtune test_kto_loss', () => {
    // torchtune test_kto_loss docstring, same inputs, beta 0.1:
    // chosen_rewards = [0.0000, 0.0100, -0.0900], rejected_rewards = [0.0000, -0.9900, -2.0900]
    const results = TORCHTUNE_PAIRS.map((pair) => dpoLoss(pair));
    const chosen = [0, 0.01, -0.09];
    const rejected = [0, -0.99, -2.09];
    results.forEach((r, i) => {
      expect(r.chosenReward).toBeCloseTo(chosen[i] ?? Number.NaN, 12);
      expect(r.rejectedReward).toBeCloseTo(rejected[i] ?? Number.NaN, 12);
      expect(r.margin).toBe(r.chosenReward - r.rejectedReward);
    });
  });

  it('is ln 2 at h = 0 for every beta and label smoothing', () => {
    // −(1 − ε)·log σ(0) − ε·log σ(0) = ln 2 = 0.6931471805599453
    for (const beta of [0.01, 0.1, 0.5, 5]) {
      for (const labelSmoothing of [0, 0.1, 0.5]) {
        expect(dpoLoss(pairWithH(0), { beta, labelSmoothing }).loss).toBeCloseTo(0.6931471805599453, 15);
      }
    }
  });

  it('mixes the two sigmoid terms with conservative-DPO label smoothing (TRL ≤ 0.28)', () => {
    // TRL dpo_loss 'sigmoid': −logσ(βh)(1 − ε) − logσ(−βh)ε; h = 10, β = 0.1, ε = 0.1:
    // 0.9·ln(1 + e^−1) + 0.1·ln(1 + e) = ln(1 + e^−1) + 0.1 = 0.4132616875182229 (scipy log_expit)
    expect(dpoLoss(pairWithH(10), { labelSmoothing: 0.1 }).loss).toBeCloseTo(0.4132616875182229, 14);
    // ε = 0.5 makes the loss symmetric in h: ½(softplus(βh) + softplus(−βh))
    const plus = dpoLoss(pairWithH(7), { labelSmoothing: 0.5 }).loss;
    expect(dpoLoss(pairWithH(-7), { labelSmoothing: 0.5 }).loss).toBeCloseTo(plus, 14);
  });

  it('computes the hinge (SLiC) loss as torchtune test_rso_loss', () => {
    // torchtune RSOLoss(gamma=0.1): relu(1 − [0, 1, 2]) = [1.0, 0.0, 0.0]
    // (float64 h for the second pair is 10 − 2e-15, so its loss is 1e-16, not 0)
    const hinge = TORCHTUNE_PAIRS.map((pair) => dpoLoss(pair, { lossType: 'hinge' }).loss);
    [1, 0, 0].forEach((expected, i) => expect(hinge[i]).toBeCloseTo(expected, 14));
    // max(0, 1 − 0.1·5) = 0.5
    expect(dpoLoss(pairWithH(5), { lossType: 'hinge' }).loss).toBeCloseTo(0.5, 15);
  });

  it('computes the IPO loss (h − 1/(2β))²', () => {
    // Azar et al. 2023 eq. 17 with τ = β = 0.1: target 1/(2·0.1) = 5; h = 0 → 25, h = 5 → 0, h = 10 → 25
    expect(dpoLoss(pairWithH(0), { lossType: 'ipo' }).loss).toBe(25);
    expect(dpoLoss(pairWithH(5), { lossType: 'ipo' }).loss).toBe(0);
    expect(dpoLoss(pairWithH(10), { lossType: 'ipo' }).loss).toBe(25);
    // β = 0.5: target 1; h = 3 → 4
    expect(dpoLoss(pairWithH(3), { lossType: 'ipo', beta: 0.5 }).loss).toBe(4);
  });

  it('ignores label smoothing for hinge and IPO, as TRL warns it does', () => {
    // TRL DPOTrainer: "You are using a loss type that does not support label smoothing. Ignoring ..."
    for (const lossType of ['hinge', 'ipo'] as const) {
      expect(dpoLoss(pairWithH(3), { lossType, labelSmoothing: 0.3 }).loss).toBe(
        dpoLoss(pairWithH(3), { lossType }).loss,
      );
    }
  });

  it('stays finite for very confident pairs', () => {
    // h = 1e4, β = 0.1: −log σ(1000) underflows to 0 (scipy: -log_expit(1000) = 0.0); h = −1e4 gives 1000
    expect(dpoLoss(pairWithH(1e4)).loss).toBe(0);
    expect(dpoLoss(pairWithH(-1e4)).loss).toBeCloseTo(1000, 9);
  });

  it('rejects bad log-probabilities and options', () => {
    const ok = pairWithH(1);
    expect(() => dpoLoss({ ...ok, refChosenLogp: Number.NaN })).toThrow(
      new RangeError('refChosenLogp must be finite and ≤ 0 (a log-probability), got NaN'),
    );
    // A log-probability above 0 would be a probability above 1 (the first bad input).
    expect(() => dpoLoss({ ...ok, policyChosenLogp: 0.5 })).toThrow(
      new RangeError('policyChosenLogp must be finite and ≤ 0 (a log-probability), got 0.5'),
    );
    expect(dpoLoss({ ...ok, refRejectedLogp: 0 }).loss).toBeGreaterThan(0); // log 1 = 0 is allowed
    expect(() => dpoLoss({ ...ok, policyRejectedLogp: -Infinity })).toThrow(RangeError);
    expect(() => dpoLoss({ ...ok, policyChosenLogp: '1' as unknown as number })).toThrow(TypeError);
    expect(() => dpoLoss(null as unknown as DpoLogps)).toThrow(TypeError);
    expect(() => dpoLoss(ok, { beta: 0 })).toThrow(
      new RangeError('options.beta must be finite and > 0, got 0'),
    );
    expect(() => dpoLoss(ok, { beta: Infinity })).toThrow(RangeError);
    expect(() => dpoLoss(ok, { labelSmoothing: 0.6 })).toThrow(
      new RangeError('options.labelSmoothing must be in [0, 0.5], got 0.6'),
    );
    expect(() => dpoLoss(ok, { labelSmoothing: -0.1 })).toThrow(RangeError);
    expect(() => dpoLoss(ok, { lossType: 'kto_pair' as 'ipo' })).toThrow(
      new RangeError(`options.lossType must be one of 'sigmoid', 'hinge', 'ipo', got "kto_pair"`),
    );
    expect(() => dpoLoss(ok, { lossType: 1 as unknown as 'ipo' })).toThrow(TypeError);
    expect(() => dpoLoss(ok, [] as unknown as object)).toThrow(TypeError);
  });

  it('depends on the pair only through h, and the margin is βh (property)', () => {
    const logp = fc.double({ min: -100, max: 0, noNaN: true });
    const beta = fc.double({ min: 0.01, max: 2, noNaN: true });
    fc.assert(
      fc.property(logp, logp, logp, logp, beta, (pc, pr, rc, rr, b) => {
        const pair = { policyChosenLogp: pc, policyRejectedLogp: pr, refChosenLogp: rc, refRejectedLogp: rr };
        const h = pc - pr - (rc - rr);
        const result = dpoLoss(pair, { beta: b });
        expect(result.margin).toBeCloseTo(b * h, 9);
        expect(result.loss).toBeCloseTo(dpoLoss(pairWithH(h), { beta: b }).loss, 9);
        expect(result.loss).toBeGreaterThanOrEqual(0);
        // a larger h never raises the sigmoid or hinge loss
        expect(dpoLoss(pairWithH(h + 1), { beta: b }).loss).toBeLessThanOrEqual(result.loss);
      }),
    );
  });
});
