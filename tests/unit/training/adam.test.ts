import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adamStep, adamwStep, type AdamStepInput } from '@/lib/training';

describe('adamwStep', () => {
  it('decays the weight, then takes a bias-corrected step (worked first step)', () => {
    // torch.optim.AdamW algorithm, p = 1, g = 0.5, γ = 0.1, λ = 0.01 (default), β = (0.9, 0.999), ε = 1e-8:
    //   decay      p = 1·(1 − 0.1·0.01)           = 0.999
    //   moments    m = 0.1·0.5 = 0.05,  v = 0.001·0.25 = 0.00025
    //   corrected  m̂ = 0.05/0.1 = 0.5,  v̂ = 0.00025/0.001 = 0.25,  √v̂ = 0.5
    //   step       p = 0.999 − 0.1·0.5/(0.5 + 1e-8) = 0.999 − 0.099999998 = 0.899000002
    const { params, state } = adamwStep({ params: [1], grads: [0.5], lr: 0.1 });
    expect(params[0]).toBeCloseTo(0.899000002, 15);
    expect(state.step).toBe(1);
    expect(state.m[0]).toBeCloseTo(0.05, 15);
    expect(state.v[0]).toBeCloseTo(0.00025, 15);
  });

  it('carries the moments into the second step (worked example)', () => {
    // ε = 0, λ = 0, γ = 0.1, β = (0.9, 0.999), p = 0, g₁ = 1, g₂ = −1:
    //   step 1: m = 0.1, v = 0.001, m̂ = 1, v̂ = 1                  → p = −0.1
    //   step 2: m = 0.09 − 0.1 = −0.01,  v = 0.000999 + 0.001 = 0.001999
    //           m̂ = −0.01/(1 − 0.81) = −1/19,  v̂ = 0.001999/(1 − 0.998001) = 1
    //           p = −0.1 + 0.1/19 = −1.8/19 = −0.0947368421052631…
    const base = { lr: 0.1, eps: 0, weightDecay: 0 };
    const first = adamwStep({ ...base, params: [0], grads: [1] });
    expect(first.params[0]).toBeCloseTo(-0.1, 15);
    const second = adamwStep({ ...base, params: first.params, grads: [-1], state: first.state });
    expect(second.state.step).toBe(2);
    expect(second.state.m[0]).toBeCloseTo(-0.01, 15);
    expect(second.state.v[0]).toBeCloseTo(0.001999, 15);
    expect(second.params[0]).toBeCloseTo(-0.0947368421052631, 14);
  });

  it('fits the HF test_adam_w regression target', () => {
    // HF transformers tests/optimization/test_optimization.py::test_adam_w: w = [0.1, −0.2, −0.1],
    // target [0.4, 0.2, −0.5], MSELoss, lr 2e-1, weight_decay 0, 100 steps → target within 1e-2
    // (transformers' AdamW used eps 1e-6). MSELoss gradient: 2(w − target)/3.
    const target = [0.4, 0.2, -0.5];
    let params = [0.1, -0.2, -0.1];
    let state: AdamStepInput['state'];
    for (let i = 0; i < 100; i++) {
      const grads = params.map((w, j) => (2 * (w - (target[j] as number))) / 3);
      const next = adamwStep({
        params,
        grads,
        lr: 0.2,
        eps: 1e-6,
        weightDecay: 0,
        ...(state ? { state } : {}),
      });
      params = next.params;
      state = next.state;
    }
    params.forEach((w, j) => expect(Math.abs(w - (target[j] as number))).toBeLessThanOrEqual(1e-2));
  });

  it('never mutates its inputs and equals Adam without weight decay (property)', () => {
    const vec = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(vec, fc.double({ min: 0, max: 1, noNaN: true }), (params, lr) => {
        const grads = params.map((p) => p / 2 - 1);
        const frozenParams = [...params];
        const frozenGrads = [...grads];
        const a = adamwStep({ params, grads, lr, weightDecay: 0 });
        const b = adamStep({ params, grads, lr });
        expect(a).toEqual(b);
        expect(params).toEqual(frozenParams);
        expect(grads).toEqual(frozenGrads);
        expect(a.params).not.toBe(params);
        // the first bias-corrected step moves each weight by at most γ (|m̂|/√v̂ = 1)
        a.params.forEach((p, i) =>
          expect(Math.abs(p - (params[i] as number))).toBeLessThanOrEqual(lr + 1e-12),
        );
      }),
    );
  });

  it('rejects mismatched lengths, bad hyper-parameters and non-finite values', () => {
    const ok = { params: [1, 2], grads: [0.1, 0.2], lr: 0.01 };
    expect(() => adamwStep({ ...ok, grads: [0.1] })).toThrow(
      new RangeError('grads must have the length of params = 2, got 1'),
    );
    expect(() => adamwStep({ ...ok, lr: -1 })).toThrow(new RangeError('lr must be finite and >= 0, got -1'));
    expect(() => adamwStep({ ...ok, betas: [1, 0.999] })).toThrow(
      new RangeError('betas[0] must be in [0, 1), got 1'),
    );
    expect(() => adamwStep({ ...ok, betas: [0.9] as unknown as [number, number] })).toThrow(TypeError);
    expect(() => adamwStep({ ...ok, eps: -1e-8 })).toThrow(RangeError);
    expect(() => adamwStep({ ...ok, weightDecay: Number.NaN })).toThrow(RangeError);
    expect(() => adamwStep({ ...ok, grads: [0.1, Number.NaN] })).toThrow(/grads\[1\] must be finite/);
    expect(() => adamwStep({ ...ok, state: { step: 1, m: [0], v: [0, 0] } })).toThrow(RangeError);
    expect(() => adamwStep({ ...ok, state: { step: -1, m: [0, 0], v: [0, 0] } })).toThrow(RangeError);
    expect(() => adamwStep({ ...ok, state: { step: 1, m: [0, 0], v: [0, -1] } })).toThrow(RangeError);
    expect(() => adamwStep({ ...ok, params: 'x' as unknown as number[] })).toThrow(TypeError);
    expect(() => adamwStep(null as unknown as AdamStepInput)).toThrow(TypeError);
  });
});

describe('adamStep', () => {
  it('adds the decay to the gradient before the moments (worked first step)', () => {
    // torch.optim.Adam, p = 1, g = 0.5, γ = 0.1, λ = 0.01:
    //   g = 0.5 + 0.01·1 = 0.51;  m̂ = 0.51, √v̂ = 0.51
    //   p = 1 − 0.1·0.51/(0.51 + 1e-8) = 1 − 0.1·(1 − 1.96078…e-8) = 0.90000000196078…
    // AdamW with the same λ gives 0.899000002: only decoupled decay survives the normalisation.
    const { params, state } = adamStep({ params: [1], grads: [0.5], lr: 0.1, weightDecay: 0.01 });
    expect(params[0]).toBeCloseTo(0.9000000019607843, 15);
    expect(state.m[0]).toBeCloseTo(0.051, 15);
  });

  it('defaults to no weight decay, unlike AdamW', () => {
    // torch defaults: Adam weight_decay = 0, AdamW weight_decay = 1e-2. With g = 0:
    //   Adam keeps p; AdamW shrinks p = 2 by (1 − 0.1·0.01) to 1.998
    expect(adamStep({ params: [2], grads: [0], lr: 0.1 }).params).toEqual([2]);
    expect(adamwStep({ params: [2], grads: [0], lr: 0.1 }).params[0]).toBeCloseTo(1.998, 15);
    // eps = 0 and a zero gradient: 0/0 is read as no update
    expect(adamStep({ params: [2], grads: [0], lr: 0.1, eps: 0 }).params).toEqual([2]);
  });

  it('rejects the same arguments as adamwStep', () => {
    expect(() => adamStep({ params: [1], grads: [1, 2], lr: 0.1 })).toThrow(RangeError);
    expect(() => adamStep({ params: [1], grads: [1], lr: 0.1, betas: [0.9, -0.1] })).toThrow(
      new RangeError('betas[1] must be in [0, 1), got -0.1'),
    );
    expect(() => adamStep({ params: [1], grads: [1], lr: '0.1' as unknown as number })).toThrow(TypeError);
  });
});
