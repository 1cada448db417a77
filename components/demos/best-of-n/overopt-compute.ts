/**
 * The over-optimisation view's plumbing: parse α and β, call `overoptimizationPeak` and
 * `overoptimizationGoldReward`, sample the gold curve, and find the N at which best-of-N reaches
 * a KL (a search over `bestOfNKl`). No formulas here. Pure, tested in
 * tests/unit/demos/best-of-n-compute.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { bestOfNKl } from '@/lib/alignment/best-of-n';
import { overoptimizationGoldReward, type OveroptimizationFit } from '@/lib/alignment/overoptimization';
import { overoptimizationPeak, type OveroptimizationPeak } from '@/lib/alignment/overoptimization-peak';
import { OVER_FIELDS, type OverDraft, type OverField } from './presets';

/** The slider walks d over SLIDER_DIVISIONS equal steps of [0, d_max]. */
export const SLIDER_DIVISIONS = 100;
/** Where the slider starts: 40% of d_max, the best-of-n peak (d_max = 2.5 d*). */
export const DEFAULT_AT = 40;
/** Points on the gold curve. */
export const CURVE_SAMPLES = 161;

export type OverError =
  | { kind: 'field'; field: OverField; error: FieldError }
  | { kind: 'lib'; message: string; fields: OverField[] };

export interface OverConfig {
  readonly fit: OveroptimizationFit;
  readonly peak: OveroptimizationPeak;
  /** the chart's right edge */
  readonly dMax: number;
}

export type OverReading = { ok: true; config: OverConfig } | { ok: false; error: OverError };

const LIB_NAME: Record<OverField, string> = { alpha: 'alpha', beta: 'beta' };

/**
 * How far the chart reaches in d: best-of-n 2.5 d* (the gold gain is back at 0 at 2d*); RL 1.25 e d*
 * (back at 0 at e·d*); with no rise at all (best-of-n with α ≤ 0, or an RL peak that underflows to 0)
 * max(1, |α|/β) and 1.
 */
export function chartEnd(fit: OveroptimizationFit, peak: OveroptimizationPeak): number {
  if (fit.method === 'rl') return peak.d > 0 ? 1.25 * Math.E * peak.d : 1;
  return peak.d > 0 ? 2.5 * peak.d : Math.max(1, Math.abs(fit.alpha) / fit.beta);
}

/**
 * Reads the form: text that is not a number is refused here; β ≤ 0 (no peak), a non-finite α or
 * β, and a peak too far to compute are lib's to refuse (its message names the field).
 *
 * @example readOver(DEFAULT_OVER) // { ok: true, config: { peak: { d: 2, kl: 4, gold: 1 }, dMax: 5, … } }
 */
export function readOver(draft: OverDraft): OverReading {
  const values = {} as Record<OverField, number>;
  for (const field of OVER_FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const fit: OveroptimizationFit = { alpha: values.alpha, beta: values.beta, method: draft.method };
  try {
    const peak = overoptimizationPeak(fit);
    const dMax = chartEnd(fit, peak);
    // the gold gain at the chart's edge: throws if KL = d² overflows there
    overoptimizationGoldReward(dMax * dMax, fit);
    return { ok: true, config: { fit, peak, dMax } };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const names = fieldsInMessage(e.message, Object.values(LIB_NAME));
    const fields = OVER_FIELDS.filter((f) => names.includes(LIB_NAME[f]));
    return {
      ok: false,
      error: { kind: 'lib', message: e.message, fields: fields.length ? fields : ['alpha', 'beta'] },
    };
  }
}

/** The gold gain at distance d, from lib (which takes KL = d²). */
export function goldAt(fit: OveroptimizationFit, d: number): number {
  return overoptimizationGoldReward(d * d, fit);
}

/** The gold curve over [0, d_max] with the peak among its points, and its y extent. */
export function goldCurve(config: OverConfig) {
  const ds = Array.from({ length: CURVE_SAMPLES }, (_, i) => (i * config.dMax) / (CURVE_SAMPLES - 1));
  ds.push(config.peak.d);
  ds.sort((a, b) => a - b);
  const points = ds.map((d) => [d, goldAt(config.fit, d)] as const);
  const golds = points.map(([, g]) => g);
  return { points, low: Math.min(0, ...golds), high: Math.max(0, ...golds) };
}

/** Whether a point is before, at or after the peak. */
export type Where = 'before' | 'at' | 'after';

/** The reading at slider position `index`: d, KL = d², the gold gain, and where it is. */
export function pointAt(config: OverConfig, index: number) {
  const d = (index / SLIDER_DIVISIONS) * config.dMax;
  const tolerance = 1e-9 * Math.max(1, config.peak.d);
  const where: Where =
    Math.abs(d - config.peak.d) <= tolerance ? 'at' : d < config.peak.d ? 'before' : 'after';
  return { d, kl: d * d, gold: goldAt(config.fit, d), where };
}

/** Above this N the search stops (2⁵³, the largest integer a double counts exactly). */
export const MAX_SEARCH_N = 2 ** 53;

/**
 * The smallest N whose best-of-N KL (from `bestOfNKl`, which grows with N) reaches `kl`, by
 * bisection; null when not even N = 2⁵³ does.
 *
 * @example samplesForKl(4) // 148 (bestOfNKl(147) = 3.9972, bestOfNKl(148) = 4.0040)
 * @example samplesForKl(0) // 1
 */
export function samplesForKl(kl: number): number | null {
  if (bestOfNKl(1) >= kl) return 1;
  if (bestOfNKl(MAX_SEARCH_N) < kl) return null;
  let lo = 1; // bestOfNKl(lo) < kl
  let hi = MAX_SEARCH_N; // bestOfNKl(hi) ≥ kl
  while (hi - lo > 1) {
    const mid = Math.floor(lo + (hi - lo) / 2);
    if (bestOfNKl(mid) >= kl) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The rows of the chart's table: every tenth of [0, d_max] and the peak. */
export function overTable(config: OverConfig) {
  const ds = Array.from({ length: 11 }, (_, i) => (i * config.dMax) / 10);
  return [...ds, config.peak.d].map((d, i) => ({
    d,
    peak: i === ds.length,
    kl: d * d,
    gold: goldAt(config.fit, d),
  }));
}
