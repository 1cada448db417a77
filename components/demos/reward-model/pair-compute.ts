/**
 * The pair view's plumbing between the typed form and lib/alignment: parse the two rewards, call
 * `preferenceProbability` and `bradleyTerryLoss`, and sample the loss curves. Every number comes
 * from lib; nothing here is a loss formula. Pure, tested in tests/unit/demos/reward-model-pair.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { bradleyTerryLoss } from '@/lib/alignment/bradley-terry-loss';
import { preferenceProbability } from '@/lib/alignment/reward-fit';
import { LLAMA2_MARGINS, MARGIN_SCALES, RATINGS, type MarginScale, type Rating } from './data';

export const PAIR_FIELDS = ['rc', 'rr'] as const;
export type PairField = (typeof PAIR_FIELDS)[number];

/** The pair form as typed. */
export interface PairDraft {
  readonly rc: string;
  readonly rr: string;
  readonly scale: MarginScale;
  readonly rating: Rating;
}

/** r_c = 1, r_r = 0, no margin: P = σ(1) and the loss ln(1 + e^−1). */
export const DEFAULT_PAIR: PairDraft = { rc: '1', rr: '0', scale: 'none', rating: 'better' };

/** Typed rewards beyond ±this are refused: a reward model's scores are a few units. */
export const MAX_ABS_REWARD = 1000;

export interface PairConfig {
  readonly rc: number;
  readonly rr: number;
  /** m(r) from Llama 2 Table 27, or null without a margin */
  readonly margin: number | null;
  /** m(r) as Table 27 prints it (2/3), or null without a margin */
  readonly marginText: string | null;
}

export interface PairView {
  /** r_c − r_r */
  readonly diff: number;
  /** P(chosen ≻ rejected) = σ(r_c − r_r), from `preferenceProbability` */
  readonly probability: number;
  /** −log σ(r_c − r_r), from `bradleyTerryLoss` */
  readonly loss: number;
  /** −log σ(r_c − r_r − m), or null without a margin */
  readonly marginLoss: number | null;
}

export type PairError =
  | { kind: 'field'; field: PairField; error: FieldError }
  | { kind: 'lib'; message: string; fields: PairField[] }
  | { kind: 'tooLarge'; field: PairField };

export type PairReading = { ok: true; config: PairConfig; view: PairView } | { ok: false; error: PairError };

/**
 * m(r) for a margin choice: null for 'none', else Llama 2 Table 27's value.
 *
 * @example marginOf('small', 'better') // 0.6666666666666666 (2/3)
 */
export function marginOf(scale: MarginScale, rating: Rating): number | null {
  return scale === 'none' ? null : LLAMA2_MARGINS[scale][rating].value;
}

const LIB_NAME: Record<PairField, string> = { rc: 'rewardChosen', rr: 'rewardRejected' };

/**
 * Reads the form: text that is not a number is refused here, a non-finite reward (1e400) by lib,
 * and a reward beyond ±MAX_ABS_REWARD by the demo.
 *
 * @example readPair(DEFAULT_PAIR) // { ok: true, view: { diff: 1, probability: 0.7310585786300049, loss: 0.31326168751822286, marginLoss: null }, … }
 */
export function readPair(draft: PairDraft): PairReading {
  const values = {} as Record<PairField, number>;
  for (const field of PAIR_FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const margin = marginOf(draft.scale, draft.rating);
  const marginText = draft.scale === 'none' ? null : LLAMA2_MARGINS[draft.scale][draft.rating].text;
  let view: PairView;
  try {
    view = {
      diff: values.rc - values.rr,
      probability: preferenceProbability(values.rc, values.rr),
      loss: bradleyTerryLoss(values.rc, values.rr),
      marginLoss: margin === null ? null : bradleyTerryLoss(values.rc, values.rr, { margin }),
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const names = fieldsInMessage(e.message, Object.values(LIB_NAME));
    const fields = PAIR_FIELDS.filter((f) => names.includes(LIB_NAME[f]));
    return { ok: false, error: { kind: 'lib', message: e.message, fields } };
  }
  for (const field of PAIR_FIELDS) {
    if (Math.abs(values[field]) > MAX_ABS_REWARD) return { ok: false, error: { kind: 'tooLarge', field } };
  }
  return { ok: true, config: { rc: values.rc, rr: values.rr, margin, marginText }, view };
}

/** The loss at a reward difference Δ, without or with the margin, from `bradleyTerryLoss`. */
export function lossAtDiff(diff: number, margin: number | null): number {
  return margin === null ? bradleyTerryLoss(diff, 0) : bradleyTerryLoss(diff, 0, { margin });
}

/** Samples across the chart (odd: one lands on Δ = 0). */
export const CURVE_SAMPLES = 121;

/**
 * Both loss curves against Δ = r_c − r_r over [−H, H], H = max(6, 1.15·|Δ|, m + 3), sampled at
 * CURVE_SAMPLES points plus the current Δ; `ticks` are nine evenly spaced Δ for the data table.
 */
export function lossCurves(config: PairConfig, diff: number) {
  const m = config.margin ?? 0;
  const half = Math.max(6, 1.15 * Math.abs(diff), m + 3);
  const at = (i: number, n: number) => -half + (2 * half * i) / (n - 1);
  const diffs = [...Array.from({ length: CURVE_SAMPLES }, (_, i) => at(i, CURVE_SAMPLES)), diff].sort(
    (a, b) => a - b,
  );
  const plain = diffs.map((d) => [d, lossAtDiff(d, null)] as const);
  const withMargin =
    config.margin === null ? null : diffs.map((d) => [d, lossAtDiff(d, config.margin)] as const);
  const top = Math.max(...plain.map(([, l]) => l), ...(withMargin ?? []).map(([, l]) => l));
  const ticks = Array.from({ length: 9 }, (_, i) => at(i, 9));
  return { domain: [-half, half] as const, plain, withMargin, top, ticks };
}

/**
 * The draft with `by` added to both rewards (the "shift both" buttons), or null when a field does
 * not parse. Rounded to 12 significant digits so 0.1 + 1 prints as 1.1.
 *
 * @example shiftPair(DEFAULT_PAIR, 1) // { ...DEFAULT_PAIR, rc: '2', rr: '1' }
 */
export function shiftPair(draft: PairDraft, by: number): PairDraft | null {
  const rc = parseField(draft.rc);
  const rr = parseField(draft.rr);
  if (!rc.ok || !rr.ok) return null;
  const shift = (v: number) => String(Number((v + by).toPrecision(12)));
  return { ...draft, rc: shift(rc.value), rr: shift(rr.value) };
}

/** The slider grid for one reward: −5 … 5 in steps of 0.25, plus `current` if it is off the grid. */
export function rewardSteps(current: number): number[] {
  const grid = Array.from({ length: 41 }, (_, i) => -5 + i * 0.25);
  return grid.includes(current) ? grid : [...grid, current].sort((a, b) => a - b);
}

/** Whether a value is a margin scale / rating (for links). */
export const isScale = (v: string | null): v is MarginScale => MARGIN_SCALES.some((s) => s === v);
export const isRating = (v: string | null): v is Rating => RATINGS.some((r) => r === v);

/** The rows of the chart's table: each tick Δ and the current one, with P and both losses from lib. */
export function curveTable(config: PairConfig, ticks: readonly number[], diff: number) {
  return [...ticks, diff].map((d, i) => ({
    diff: d,
    current: i === ticks.length,
    probability: preferenceProbability(d, 0),
    loss: lossAtDiff(d, null),
    marginLoss: config.margin === null ? null : lossAtDiff(d, config.margin),
  }));
}
