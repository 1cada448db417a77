import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';

/** Adam's per-parameter state: the step count t and the two moment estimates. */
export interface AdamState {
  /** Steps taken so far (0 before the first). */
  readonly step: number;
  /** First moment m (exp_avg). */
  readonly m: readonly number[];
  /** Second moment v (exp_avg_sq). */
  readonly v: readonly number[];
}

/** Arguments of {@link adamwStep} and {@link adamStep}. */
export interface AdamStepInput {
  readonly params: readonly number[];
  readonly grads: readonly number[];
  /** The state returned by the previous step; omitted before the first step (zeros, t = 0). */
  readonly state?: AdamState;
  /** Learning rate γ, finite and ≥ 0. */
  readonly lr: number;
  /** [β₁, β₂], each in [0, 1); default [0.9, 0.999]. */
  readonly betas?: readonly [number, number];
  /** ε added to the denominator, finite and ≥ 0; default 1e-8. */
  readonly eps?: number;
  /** λ, finite and ≥ 0; default 0.01 for AdamW, 0 for Adam. */
  readonly weightDecay?: number;
}

/** What one optimizer step returns: fresh parameters and the next state. */
export interface AdamStepResult {
  readonly params: number[];
  readonly state: { readonly step: number; readonly m: number[]; readonly v: number[] };
}

const finite = (x: number) => Number.isFinite(x);
const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

/** Validates the arguments shared by both optimizers and fills the defaults. */
function checkStep(input: unknown, defaultDecay: number) {
  const o = checkObject('input', input);
  const params = checkNumberArray('params', o.params);
  const grads = checkNumberArray('grads', o.grads);
  params.forEach((x, i) => checkNumber(`params[${i}]`, x, finite, 'finite'));
  grads.forEach((x, i) => checkNumber(`grads[${i}]`, x, finite, 'finite'));
  if (grads.length !== params.length) {
    throw new RangeError(`grads must have the length of params = ${params.length}, got ${grads.length}`);
  }
  const lr = checkNumber('lr', o.lr, nonNegative, 'finite and >= 0');
  const betas = o.betas ?? [0.9, 0.999];
  if (!Array.isArray(betas) || betas.length !== 2) {
    throw new TypeError(`betas must be a pair [beta1, beta2], got ${describeValue(betas)}`);
  }
  const inUnit = (x: number) => x >= 0 && x < 1;
  const beta1 = checkNumber('betas[0]', betas[0], inUnit, 'in [0, 1)');
  const beta2 = checkNumber('betas[1]', betas[1], inUnit, 'in [0, 1)');
  const eps = checkNumber('eps', o.eps ?? 1e-8, nonNegative, 'finite and >= 0');
  const weightDecay = checkNumber(
    'weightDecay',
    o.weightDecay ?? defaultDecay,
    nonNegative,
    'finite and >= 0',
  );
  let step = 0;
  let m: readonly number[] = params.map(() => 0);
  let v: readonly number[] = params.map(() => 0);
  if (o.state !== undefined) {
    const s = checkObject('state', o.state);
    step = checkNumber('state.step', s.step, (x) => Number.isInteger(x) && x >= 0, 'an integer >= 0');
    m = checkNumberArray('state.m', s.m);
    v = checkNumberArray('state.v', s.v);
    if (m.length !== params.length || v.length !== params.length) {
      throw new RangeError(
        `state.m and state.v must have the length of params = ${params.length}, got ${m.length} and ${v.length}`,
      );
    }
    m.forEach((x, i) => checkNumber(`state.m[${i}]`, x, finite, 'finite'));
    v.forEach((x, i) => checkNumber(`state.v[${i}]`, x, nonNegative, 'finite and >= 0'));
  }
  return { params, grads, lr, beta1, beta2, eps, weightDecay, step, m, v };
}

/** One Adam update; `decoupled` chooses AdamW's weight decay over Adam's L2 term. */
function step(input: unknown, decoupled: boolean): AdamStepResult {
  const a = checkStep(input, decoupled ? 0.01 : 0);
  const t = a.step + 1;
  const bc1 = 1 - a.beta1 ** t;
  const bc2 = 1 - a.beta2 ** t;
  const params: number[] = [];
  const m: number[] = [];
  const v: number[] = [];
  a.params.forEach((p0, i) => {
    let p = p0;
    let g = a.grads[i] as number;
    if (decoupled) p *= 1 - a.lr * a.weightDecay;
    else g += a.weightDecay * p0;
    const mi = a.beta1 * (a.m[i] as number) + (1 - a.beta1) * g;
    const vi = a.beta2 * (a.v[i] as number) + (1 - a.beta2) * g * g;
    const denom = Math.sqrt(vi / bc2) + a.eps;
    // m = 0 and v = 0 with eps = 0 would be 0/0; the update is 0 there (every gradient was 0).
    const update = mi === 0 ? 0 : mi / bc1 / denom;
    params.push(p - a.lr * update);
    m.push(mi);
    v.push(vi);
  });
  return { params, state: { step: t, m, v } };
}

/**
 * One step of AdamW (Adam with decoupled weight decay), as `torch.optim.AdamW` with amsgrad off.
 *
 * Formula: t ← t + 1; p ← p·(1 − γλ); m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²;
 * m̂ = m/(1 − β₁ᵗ); v̂ = v/(1 − β₂ᵗ); p ← p − γ·m̂/(√v̂ + ε). PyTorch `AdamW` documentation
 * (https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html); Loshchilov & Hutter 2019,
 * "Decoupled Weight Decay Regularization" (https://arxiv.org/abs/1711.05101), Algorithm 2. Computed
 * in float64; torch's fused kernels order the same operations differently (last-bit differences).
 *
 * @param input `{ params, grads, state?, lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0.01 }`.
 * @throws {TypeError} when an argument has the wrong type (`betas` not a pair included).
 * @throws {RangeError} when params, grads or the state hold non-finite values or differ in length,
 *   lr, eps or weightDecay is not finite and ≥ 0, a beta is outside [0, 1), or state.step is not an
 *   integer ≥ 0.
 * @example adamwStep({ params: [1], grads: [0.5], lr: 0.1 }).params // [0.899000002] (decay to 0.999, then −0.1·0.5/(0.5 + 1e-8))
 */
export function adamwStep(input: AdamStepInput): AdamStepResult {
  return step(input, true);
}

/**
 * One step of Adam with L2 regularisation, as `torch.optim.Adam` with amsgrad off: the decay is
 * added to the gradient before the moments, so Adam's normalisation shrinks it too — the coupling
 * AdamW removes.
 *
 * Formula: t ← t + 1; g ← g + λp; m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; m̂ = m/(1 − β₁ᵗ);
 * v̂ = v/(1 − β₂ᵗ); p ← p − γ·m̂/(√v̂ + ε). PyTorch `Adam` documentation
 * (https://pytorch.org/docs/stable/generated/torch.optim.Adam.html); Kingma & Ba 2015,
 * Algorithm 1 (https://arxiv.org/abs/1412.6980).
 *
 * @param input `{ params, grads, state?, lr, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0 }`.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} as {@link adamwStep}.
 * @example adamStep({ params: [1], grads: [0.5], lr: 0.1, weightDecay: 0.01 }).params
 *   // [0.9000000019607843] (g = 0.51; the first step moves by ≈ γ whatever λ is)
 */
export function adamStep(input: AdamStepInput): AdamStepResult {
  return step(input, false);
}
