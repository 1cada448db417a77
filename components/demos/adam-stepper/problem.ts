/**
 * The Adam stepper's toy problem and its runs: both optimizers from lib/training (`adamStep`,
 * `adamwStep`) stepped side by side on one quadratic. Pure, tested in
 * tests/unit/demos/adam-stepper-problem.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { adamStep, adamwStep, type AdamState } from '@/lib/training/adam';

/**
 * The problem: f(θ) = ½(a(θ₁ − 1)² + b(θ₂ − 1)²) with a = 1, b = 10 — an ill-conditioned bowl
 * whose minimum f = 0 is at θ* = (1, 1), ten times steeper along θ₂ than along θ₁.
 */
export const CURVATURE = [1, 10] as const;
export const MINIMUM = [1, 1] as const;
export const START = [-1, -1.5] as const;
/** Steps computed ahead, the stepper's range. */
export const MAX_STEPS = 200;
/** ε of both optimizers: torch's default for Adam and AdamW. */
export const EPS = 1e-8;

/**
 * ∇f(θ) = (a(θ₁ − 1), b(θ₂ − 1)): the problem's own gradient, the input both optimizers receive.
 *
 * @example gradient(START) // [-2, -25]
 */
export function gradient(theta: readonly number[]): number[] {
  return theta.map((x, i) => (CURVATURE[i] ?? 0) * (x - (MINIMUM[i] ?? 0)));
}

/**
 * The bias corrections 1 − β₁ᵗ and 1 − β₂ᵗ after step t, for display: lib divides m and v by
 * them inside the step (lib/training/adam.ts) but does not return them.
 *
 * @example biasCorrections([0.9, 0.999], 1) // [0.09999999999999998, 0.0010000000000000009]
 */
export function biasCorrections(betas: readonly [number, number], t: number): [number, number] {
  return [1 - betas[0] ** t, 1 - betas[1] ** t];
}

export const SETTING_FIELDS = ['lr', 'weightDecay', 'beta1', 'beta2'] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];
export type SettingsDraft = Readonly<Record<SettingField, string>>;

/** lr 0.1, λ 0.5 (large, so the two runs part within a few dozen steps), torch's betas. */
export const DEFAULT_DRAFT: SettingsDraft = { lr: '0.1', weightDecay: '0.5', beta1: '0.9', beta2: '0.999' };

export interface Settings {
  readonly lr: number;
  readonly weightDecay: number;
  readonly betas: readonly [number, number];
}

/** One optimizer's run: θ at every step 0 … MAX_STEPS, and for steps 1 … the gradient it saw and its moments. */
export interface Track {
  /** theta[t] is θ after t steps; theta[0] = START. */
  readonly theta: readonly (readonly number[])[];
  /** grad[t] is ∇f(θ after t − 1 steps), the gradient of step t (grad[0] is unused: empty). */
  readonly grad: readonly (readonly number[])[];
  /** m[t], v[t]: the moments after step t (zeros at t = 0, as torch initialises them). */
  readonly m: readonly (readonly number[])[];
  readonly v: readonly (readonly number[])[];
}

export type Optimizer = 'adam' | 'adamw';

export type RunError =
  | { kind: 'field'; field: SettingField; error: FieldError }
  | { kind: 'lib'; message: string; field: SettingField | null }
  | { kind: 'overflow'; optimizer: Optimizer; step: number };

export type RunResult =
  { ok: true; settings: Settings; runs: Record<Optimizer, Track> } | { ok: false; error: RunError };

/** The field a lib message is about (lib names `lr`, `weightDecay`, `betas[0]`, `betas[1]` first). */
function fieldOf(message: string): SettingField | null {
  if (message.startsWith('lr ')) return 'lr';
  if (message.startsWith('weightDecay ')) return 'weightDecay';
  if (message.startsWith('betas[0]')) return 'beta1';
  if (message.startsWith('betas[1]')) return 'beta2';
  return null;
}

const STEP: Record<Optimizer, typeof adamStep> = { adam: adamStep, adamw: adamwStep };

/** MAX_STEPS steps of one optimizer from START; throws lib's RangeError, or 'overflow' at step t. */
function track(optimizer: Optimizer, settings: Settings): Track | { overflow: number } {
  const theta: number[][] = [[...START]];
  const grad: number[][] = [[]];
  const m: number[][] = [START.map(() => 0)];
  const v: number[][] = [START.map(() => 0)];
  let state: AdamState | undefined;
  for (let t = 1; t <= MAX_STEPS; t++) {
    const params = theta[t - 1] ?? [];
    const g = gradient(params);
    if (!g.every(Number.isFinite)) return { overflow: t };
    let next;
    try {
      next = STEP[optimizer]({
        params,
        grads: g,
        lr: settings.lr,
        betas: settings.betas,
        eps: EPS,
        weightDecay: settings.weightDecay,
        ...(state ? { state } : {}),
      });
    } catch (e) {
      // Bad settings fail at the first step; later a RangeError means the run left the doubles.
      if (t > 1 && e instanceof RangeError) return { overflow: t };
      throw e;
    }
    const { params: p, state: s } = next;
    if (![...p, ...s.m, ...s.v].every(Number.isFinite)) return { overflow: t };
    theta.push(p);
    grad.push(g);
    m.push(s.m);
    v.push(s.v);
    state = s;
  }
  return { theta, grad, m, v };
}

/**
 * Reads the settings and runs Adam (L2 added to the gradient, torch `Adam`) and AdamW (decoupled
 * decay, torch `AdamW`) from the same start for MAX_STEPS steps. Text that is not a number is
 * rejected first; lib's RangeError for a negative lr or λ, a β outside [0, 1) or a non-finite
 * value comes back with the field it names; a run that overflows the doubles is an error too.
 *
 * @example runBoth(DEFAULT_DRAFT) // ok; runs.adam.theta[1] ≈ [−0.9, −1.4] and runs.adamw.theta[1] ≈ [−0.85, −1.325]
 *   (Adam's first step moves each coordinate by ≈ lr against its gradient's sign; AdamW first
 *   shrinks θ by 1 − lr·λ = 0.95)
 */
export function runBoth(draft: SettingsDraft): RunResult {
  const values = {} as Record<SettingField, number>;
  for (const field of SETTING_FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const settings: Settings = {
    lr: values.lr,
    weightDecay: values.weightDecay,
    betas: [values.beta1, values.beta2],
  };
  const runs = {} as Record<Optimizer, Track>;
  for (const optimizer of ['adam', 'adamw'] as const) {
    let run: Track | { overflow: number };
    try {
      run = track(optimizer, settings);
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
      return { ok: false, error: { kind: 'lib', message: e.message, field: fieldOf(e.message) } };
    }
    if ('overflow' in run) return { ok: false, error: { kind: 'overflow', optimizer, step: run.overflow } };
    runs[optimizer] = run;
  }
  return { ok: true, settings, runs };
}
