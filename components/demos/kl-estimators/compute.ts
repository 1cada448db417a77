/**
 * The KL-estimator demo's plumbing between the typed form and lib: parse the probabilities, let
 * lib/alignment check them and compute the true KL, the per-token estimators, their exact
 * expectations and the seeded Monte-Carlo run; rescale a side with lib/decoding's normalizeProbs.
 * Nothing here is a formula. Pure, tested in tests/unit/demos/kl-estimators-compute.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import {
  checkDistribution,
  klDivergence,
  klEstimatorExpectations,
  klEstimatorMonteCarlo,
  klEstimatorsByToken,
  type KlMonteCarlo,
  type KlTokenEstimates,
} from '@/lib/alignment/kl-divergence';
import type { KlEstimates } from '@/lib/alignment/kl-estimators';
import { normalizeProbs } from '@/lib/decoding/normalize';
import { MAX_TOKENS, MIN_TOKENS, SIDES, type KlDraft, type Side } from './presets';

/** Two valid distributions and everything lib computes from them. */
export interface KlView {
  readonly policy: readonly number[];
  readonly ref: readonly number[];
  /** KL(π ‖ π_ref), finite here (an infinite one is an error) */
  readonly kl: number;
  /** per token: r and k1, k2, k3; null where π = 0 */
  readonly tokens: readonly (KlTokenEstimates | null)[];
  readonly expectations: KlEstimates;
  /** tokens π never draws that π_ref gives mass to (E[k3] falls short of the KL by that mass) */
  readonly refOnly: readonly number[];
}

export type DistributionError =
  | { kind: 'field'; side: Side; index: number; error: FieldError }
  | { kind: 'entry'; side: Side; index: number; message: string }
  | { kind: 'sum'; side: Side; message: string }
  | { kind: 'support'; indices: readonly number[] }
  | { kind: 'count' };

export type DistributionReading = { ok: true; view: KlView } | { ok: false; error: DistributionError };

/** Calls `check`; a RangeError or TypeError from lib comes back as its message. */
function attempt<T>(check: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: check() };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * Reads the two distributions: text that is not a number is refused here; a negative or
 * non-finite entry and a sum off 1 by more than 1e-9 are lib's to refuse (`checkDistribution`);
 * π_ref = 0 where π > 0 makes lib's KL +∞, which the demo reports instead of showing.
 *
 * @example readDistributions({ policy: ['0.5', '0.5'], ref: ['0.25', '0.75'], n: '10', seed: '1' }).ok // true
 */
export function readDistributions(draft: KlDraft): DistributionReading {
  const count = draft.policy.length;
  if (count < MIN_TOKENS || count > MAX_TOKENS || draft.ref.length !== count) {
    return { ok: false, error: { kind: 'count' } };
  }
  const values: Record<Side, number[]> = { policy: [], ref: [] };
  for (const side of SIDES) {
    for (const [index, text] of draft[side].entries()) {
      const parsed = parseField(text);
      if (!parsed.ok) return { ok: false, error: { kind: 'field', side, index, error: parsed.error } };
      values[side].push(parsed.value);
    }
  }
  for (const side of SIDES) {
    const checked = attempt(() => checkDistribution(side, values[side]));
    if (!checked.ok) {
      const entry = /^\w+\[(\d+)\]/.exec(checked.message);
      return {
        ok: false,
        error: entry
          ? { kind: 'entry', side, index: Number(entry[1]), message: checked.message }
          : { kind: 'sum', side, message: checked.message },
      };
    }
  }
  const { policy, ref } = values;
  const kl = klDivergence(policy, ref);
  if (kl === Infinity) {
    const indices = policy.flatMap((p, i) => (p > 0 && ref[i] === 0 ? [i] : []));
    return { ok: false, error: { kind: 'support', indices } };
  }
  return {
    ok: true,
    view: {
      policy,
      ref,
      kl,
      tokens: klEstimatorsByToken(policy, ref),
      expectations: klEstimatorExpectations(policy, ref),
      refOnly: policy.flatMap((p, i) => (p === 0 && (ref[i] ?? 0) > 0 ? [i] : [])),
    },
  };
}

/** The Monte-Carlo settings lib is called with. */
export interface McConfig {
  readonly n: number;
  readonly seed: number;
}

export type McField = 'n' | 'seed';

export type McError =
  { kind: 'field'; field: McField; error: FieldError } | { kind: 'lib'; field: McField; message: string };

export type McReading = { ok: true; config: McConfig; result: KlMonteCarlo } | { ok: false; error: McError };

/**
 * Reads N and the seed and runs lib's `klEstimatorMonteCarlo` on two valid distributions; the
 * ranges are lib's (N an integer in [2, 100 000], the seed an integer in [0, 2³² − 1]) and its
 * message names the field.
 *
 * @example readMonteCarlo({ n: '0', seed: '1' }, view) // { ok: false, error: { kind: 'lib', field: 'n', message: 'n must be an integer in [2, 100000], got 0' } }
 */
export function readMonteCarlo(draft: Pick<KlDraft, 'n' | 'seed'>, view: KlView): McReading {
  const values = {} as Record<McField, number>;
  for (const field of ['n', 'seed'] as const) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const run = attempt(() => monteCarlo(view, values));
  if (!run.ok) {
    const field: McField = run.message.startsWith('seed') ? 'seed' : 'n';
    return { ok: false, error: { kind: 'lib', field, message: run.message } };
  }
  return { ok: true, config: values, result: run.value };
}

/** The seeded run for two valid distributions. */
export function monteCarlo(view: KlView, config: McConfig): KlMonteCarlo {
  return klEstimatorMonteCarlo(view.policy, view.ref, config.n, config.seed);
}

/**
 * One side rescaled to sum to 1 by lib's `normalizeProbs`, printed with 12 significant digits (the
 * rounding, at most 5 × 10⁻¹³ a token, keeps the sum well within lib's 1e-9), or null when the side
 * cannot be rescaled (a field is not a number, an entry is negative, or all are 0).
 *
 * @example normalisedSide(['5', '3', '2']) // ['0.5', '0.3', '0.2']
 * @example normalisedSide(['1', '1', '1']) // ['0.333333333333', '0.333333333333', '0.333333333333']
 */
export function normalisedSide(texts: readonly string[]): string[] | null {
  const values: number[] = [];
  for (const text of texts) {
    const parsed = parseField(text);
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  const result = attempt(() => normalizeProbs(values));
  return result.ok ? result.value.map((p) => String(Number(p.toPrecision(12)))) : null;
}

/**
 * A value with four decimals and a real minus sign; a value that rounds to zero prints without a
 * sign.
 *
 * @example formatValue(-0.40546) // '−0.4055'
 * @example formatValue(-1e-17) // '0.0000'
 */
export function formatValue(v: number): string {
  const text = v.toFixed(4).replace(/^-/, '\u2212');
  return text === '\u22120.0000' ? '0.0000' : text;
}
