import { describe, expect, it } from 'vitest';
import {
  biasCorrections,
  DEFAULT_DRAFT,
  gradient,
  MAX_STEPS,
  runBoth,
  START,
  type RunResult,
} from '@/components/demos/adam-stepper/problem';

function runs(result: RunResult) {
  if (!result.ok) throw new Error(`expected valid settings, got ${result.error.kind}`);
  return result.runs;
}

describe('the Adam stepper problem', () => {
  it('has the gradient of ½[(θ₁ − 1)² + 10(θ₂ − 1)²]', () => {
    // (1 · (−1 − 1), 10 · (−1.5 − 1))
    expect(gradient(START)).toEqual([-2, -25]);
    expect(gradient([1, 1])).toEqual([0, 0]);
  });

  it('shows the bias corrections 1 − β₁ᵗ and 1 − β₂ᵗ', () => {
    const [c1, c2] = biasCorrections([0.9, 0.999], 1);
    expect(c1).toBeCloseTo(0.1, 15);
    expect(c2).toBeCloseTo(0.001, 15);
    // t = 2: 1 − 0.81 = 0.19, 1 − 0.998001 = 0.001999
    const [d1, d2] = biasCorrections([0.9, 0.999], 2);
    expect(d1).toBeCloseTo(0.19, 15);
    expect(d2).toBeCloseTo(0.001999, 15);
  });
});

describe('runBoth', () => {
  it('takes the first step of torch Adam and AdamW by hand', () => {
    // torch.optim.Adam / AdamW algorithm boxes, lr γ = 0.1, λ = 0.5, β = (0.9, 0.999), ε = 1e-8,
    // θ₀ = (−1, −1.5), g = (−2, −25):
    //   Adam:  g + λθ = (−2.5, −25.75); m̂/√v̂ = sign = −1 → θ₁ ≈ θ₀ + 0.1 = (−0.9, −1.4)
    //          m = 0.1 · (−2.5, −25.75), v = 0.001 · (6.25, 663.0625)
    //   AdamW: θ·(1 − 0.1·0.5) = (−0.95, −1.425), then + 0.1 → (−0.85, −1.325)
    //          m = 0.1 · (−2, −25), v = 0.001 · (4, 625)
    const { adam, adamw } = runs(runBoth(DEFAULT_DRAFT));
    expect(adam.theta[0]).toEqual([-1, -1.5]);
    adam.theta[1]!.forEach((x, i) => expect(x).toBeCloseTo([-0.9, -1.4][i]!, 8));
    adamw.theta[1]!.forEach((x, i) => expect(x).toBeCloseTo([-0.85, -1.325][i]!, 8));
    adam.m[1]!.forEach((x, i) => expect(x).toBeCloseTo([-0.25, -2.575][i]!, 12));
    adam.v[1]!.forEach((x, i) => expect(x).toBeCloseTo([0.00625, 0.6630625][i]!, 12));
    adamw.m[1]!.forEach((x, i) => expect(x).toBeCloseTo([-0.2, -2.5][i]!, 12));
    adamw.v[1]!.forEach((x, i) => expect(x).toBeCloseTo([0.004, 0.625][i]!, 12));
    expect(adam.grad[1]).toEqual([-2, -25]);
    expect(adam.theta).toHaveLength(MAX_STEPS + 1);
  });

  it('makes AdamW and Adam the same without weight decay', () => {
    // torch docs: AdamW with weight_decay = 0 is Adam
    const { adam, adamw } = runs(runBoth({ ...DEFAULT_DRAFT, weightDecay: '0' }));
    expect(adamw.theta).toEqual(adam.theta);
  });

  it('lets Adam with L2 settle at the minimum of f + ½λ|θ|², AdamW elsewhere', () => {
    // ∇f + λθ = 0 ⇔ θᵢ = aᵢ·1/(aᵢ + λ): (1/1.5, 10/10.5) = (0.6667, 0.9524)
    const { adam, adamw } = runs(runBoth(DEFAULT_DRAFT));
    const last = adam.theta[MAX_STEPS]!;
    expect(last[0]).toBeCloseTo(1 / 1.5, 3);
    expect(last[1]).toBeCloseTo(10 / 10.5, 3);
    expect(Math.abs(adamw.theta[MAX_STEPS]![0]! - last[0]!)).toBeGreaterThan(0.1);
  });

  it("reports lib's message for bad settings, text that is not a number, and overflow", () => {
    expect(runBoth({ ...DEFAULT_DRAFT, beta1: '1' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'betas[0] must be in [0, 1), got 1', field: 'beta1' },
    });
    expect(runBoth({ ...DEFAULT_DRAFT, lr: '-1' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'lr must be finite and >= 0, got -1', field: 'lr' },
    });
    expect(runBoth({ ...DEFAULT_DRAFT, weightDecay: '-0.1' })).toMatchObject({
      error: { field: 'weightDecay' },
    });
    expect(runBoth({ ...DEFAULT_DRAFT, beta2: '1e400' })).toMatchObject({ error: { field: 'beta2' } });
    expect(runBoth({ ...DEFAULT_DRAFT, lr: '🙂' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'lr', error: { kind: 'notNumber', text: '🙂' } },
    });
    // lr 1e300: the first step lands near 1e300, its gradient squared is Infinity
    expect(runBoth({ ...DEFAULT_DRAFT, lr: '1e300' })).toEqual({
      ok: false,
      error: { kind: 'overflow', optimizer: 'adam', step: 2 },
    });
  });
});
