/**
 * The scaling tab's state: α and r as typed, read through `loraScale` both ways (α/r and rsLoRA's
 * α/√r), and the curves of both factors against r. Pure (tests/unit/demos/lora-lab-params.test.ts).
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { loraScale } from '@/lib/calculators/lora';

export type ScalingField = 'alpha' | 'rank';

export interface ScalingDraft {
  readonly alpha: string;
  readonly rank: string;
}

/** lora_alpha = 16 with r = 8, a common PEFT setting: α/r = 2. */
export const DEFAULT_SCALING: ScalingDraft = { alpha: '16', rank: '8' };

/** The chart's r axis runs from 1 to this (further when the typed r is larger). */
export const CHART_MAX_RANK = 256;

export interface ScalingReading {
  readonly alpha: number;
  readonly rank: number;
  /** α/r (`use_rslora=False`). */
  readonly standard: number;
  /** α/√r (`use_rslora=True`). */
  readonly rslora: number;
}

export type ScalingError =
  | { kind: 'field'; field: ScalingField; error: FieldError }
  | { kind: 'lib'; field: ScalingField | null; message: string };

export type ScalingResult = { ok: true; reading: ScalingReading } | { ok: false; error: ScalingError };

/**
 * Reads α and r; lib's `loraScale` rejects a non-finite α and an r that is not an integer ≥ 1,
 * and its message (naming the field) is returned.
 *
 * @example readScaling(DEFAULT_SCALING) // { ok: true, reading: { alpha: 16, rank: 8, standard: 2, rslora: 5.656… } }
 */
export function readScaling(draft: ScalingDraft): ScalingResult {
  const values: Partial<Record<ScalingField, number>> = {};
  for (const field of ['alpha', 'rank'] as const) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const alpha = values.alpha ?? NaN;
  const rank = values.rank ?? NaN;
  try {
    return {
      ok: true,
      reading: {
        alpha,
        rank,
        standard: loraScale({ alpha, r: rank }),
        rslora: loraScale({ alpha, r: rank, rslora: true }),
      },
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const field = e.message.startsWith('alpha') ? 'alpha' : e.message.startsWith('r ') ? 'rank' : null;
    return { ok: false, error: { kind: 'lib', field, message: e.message } };
  }
}

/**
 * The ranks the chart samples: every integer up to 16, then log-spaced ranks (rounded, distinct)
 * up to max(256, rank), and `rank` itself.
 *
 * @example chartRanks(8).slice(0, 3) // [1, 2, 3]
 */
export function chartRanks(rank: number): number[] {
  const top = Math.max(CHART_MAX_RANK, rank);
  const out = new Set<number>([rank]);
  for (let r = 1; r <= Math.min(16, top); r++) out.add(r);
  // About 24 samples per doubling, at most 240 in all (a typed r of 1e15 still draws quickly).
  const count = Math.min(240, Math.ceil(Math.log2(top / 16) * 24));
  for (let i = 0; i <= count; i++) out.add(Math.min(top, Math.round(16 * (top / 16) ** (i / count))));
  out.add(top);
  return [...out].sort((a, b) => a - b);
}

/** Both factors at every rank of `chartRanks`, from lib. */
export function scalingCurves(
  alpha: number,
  rank: number,
): { r: number; standard: number; rslora: number }[] {
  return chartRanks(rank).map((r) => ({
    r,
    standard: loraScale({ alpha, r }),
    rslora: loraScale({ alpha, r, rslora: true }),
  }));
}

/** The slider's ranks: 1 … 256, and a typed rank above 256 as a last stop. */
export function sliderRanks(rank: number): number[] {
  const steps = Array.from({ length: CHART_MAX_RANK }, (_, i) => i + 1);
  return rank > CHART_MAX_RANK ? [...steps, rank] : steps;
}
