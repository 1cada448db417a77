/**
 * The schedule explorer's state: the form as typed, read into a schedule that `learningRate`
 * (lib/training) evaluates. Pure, tested in tests/unit/demos/schedule-explorer-schedule.test.ts.
 *
 * WSD is not one of lib's schedules; it is stitched from two of them without a formula of its own:
 * up to the start of the decay it is `constant_with_warmup`, and over the decay window it is
 * `cosine_with_min_lr` restarted at the window's first step with no warm-up. That is transformers'
 * `get_wsd_schedule` with a linear warm-up from 0 and its default cosine decay to min_lr_ratio
 * (`_get_wsd_scheduler_lambda` in optimization.py; recent versions start the warm-up at
 * min_lr_ratio · peak instead of 0).
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { learningRate, type LearningRateOptions, type LrSchedule } from '@/lib/training/learning-rate';
import type { ScheduleDraft, ScheduleField, ScheduleKind } from './presets';

/** Runs longer than this are refused (steps print as exact integers; no real run is longer). */
export const MAX_TOTAL_STEPS = 1e9;
/** The step slider has this many intervals: it visits round(i · total / 1000). */
export const SLIDER_DIVISIONS = 1000;
/** The curve is drawn through about this many steps (plus the phase boundaries). */
export const CURVE_SAMPLES = 400;

/** A schedule that lib accepts, with the WSD window when there is one. */
export interface ScheduleConfig {
  readonly schedule: ScheduleKind;
  readonly peakLr: number;
  readonly warmupSteps: number;
  readonly totalSteps: number;
  /** The floor as a fraction of the peak (0 for schedules without one). */
  readonly minLrRatio: number;
  /** Steps in the WSD decay window (0 for the other schedules). */
  readonly decaySteps: number;
  /** First step of the decay: the end of warm-up, or the end of the stable phase for WSD. */
  readonly decayStart: number;
}

export type ScheduleError =
  | { kind: 'field'; field: ScheduleField; error: FieldError }
  | { kind: 'lib'; message: string; fields: ScheduleField[] }
  | { kind: 'noSteps' }
  | { kind: 'tooLong'; total: number }
  | { kind: 'warmupTooLong'; warmup: number; total: number }
  | { kind: 'decayFraction'; value: number }
  | { kind: 'noDecaySteps'; value: number; total: number }
  | { kind: 'decayTooLong'; warmup: number; decaySteps: number; total: number };

export type ScheduleResult = { ok: true; config: ScheduleConfig } | { ok: false; error: ScheduleError };

/** Whether the schedule has a floor (min LR ratio). */
export const usesMinRatio = (s: ScheduleKind) => s === 'cosine_with_min_lr' || s === 'warmup_stable_decay';
/** Whether the schedule has a decay fraction (WSD). */
export const usesDecay = (s: ScheduleKind) => s === 'warmup_stable_decay';

/** The fields the reader sees for a schedule, in form order. */
export function fieldsFor(schedule: ScheduleKind): ScheduleField[] {
  const fields: ScheduleField[] = ['warmup', 'total', 'peak'];
  if (usesMinRatio(schedule)) fields.push('minRatio');
  if (usesDecay(schedule)) fields.push('decay');
  return fields;
}

/** lib's parameter names and the form fields they stand for. */
const LIB_NAMES = ['warmupSteps', 'totalSteps', 'peakLr', 'minLrRatio'] as const;
const FIELD_OF: Record<(typeof LIB_NAMES)[number], ScheduleField> = {
  warmupSteps: 'warmup',
  totalSteps: 'total',
  peakLr: 'peak',
  minLrRatio: 'minRatio',
};

/**
 * Reads the form. Text that is not a number is rejected first (parseField); the numbers go to
 * `learningRate`, whose RangeError (a negative or fractional step count, Infinity, a NaN, a ratio
 * outside [0, 1]) comes back with the fields it names. a run of 0 steps, a warm-up longer than the
 * run (both also refused by lib) and a run over `MAX_TOTAL_STEPS` get the demo's own messages first. For WSD the decay
 * window is round(fraction · total) steps, at least 1, and must fit after the warm-up.
 *
 * @example readSchedule(PRESETS.llama2) // { ok: true, config: { schedule: 'cosine_with_min_lr', peakLr: 0.0003, warmupSteps: 2000, totalSteps: 500000, minLrRatio: 0.1, decaySteps: 0, decayStart: 2000 } }
 * @example readSchedule({ ...PRESETS.llama2, warmup: '600000' }) // { ok: false, error: { kind: 'warmupTooLong', warmup: 600000, total: 500000 } }
 */
export function readSchedule(draft: ScheduleDraft): ScheduleResult {
  const values: Partial<Record<ScheduleField, number>> = {};
  for (const field of fieldsFor(draft.schedule)) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const base = {
    peakLr: values.peak ?? 0,
    warmupSteps: values.warmup ?? 0,
    totalSteps: values.total ?? 0,
  };
  const minLrRatio = values.minRatio ?? 0;
  const { warmupSteps: warmup, totalSteps: total } = base;
  // The three step-count mistakes a reader makes most get their own message before lib's.
  if (Number.isInteger(total) && Number.isInteger(warmup) && warmup >= 0) {
    if (total < 1) return { ok: false, error: { kind: 'noSteps' } };
    if (total > MAX_TOTAL_STEPS) return { ok: false, error: { kind: 'tooLong', total } };
    if (warmup > total) return { ok: false, error: { kind: 'warmupTooLong', warmup, total } };
  }
  try {
    // lib checks every option whatever the step; step 0 is inside any valid run.
    learningRate(0, { schedule: 'cosine_with_min_lr', ...base, minLrRatio });
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const fields = fieldsInMessage(e.message, LIB_NAMES).map((name) => FIELD_OF[name]);
    return { ok: false, error: { kind: 'lib', message: e.message, fields } };
  }

  let decaySteps = 0;
  let decayStart = warmup;
  if (usesDecay(draft.schedule)) {
    const fraction = values.decay ?? 0;
    if (!(fraction > 0 && fraction <= 1))
      return { ok: false, error: { kind: 'decayFraction', value: fraction } };
    decaySteps = Math.round(fraction * total);
    if (decaySteps < 1) return { ok: false, error: { kind: 'noDecaySteps', value: fraction, total } };
    if (warmup + decaySteps > total) {
      return { ok: false, error: { kind: 'decayTooLong', warmup, decaySteps, total } };
    }
    decayStart = total - decaySteps;
  }
  return {
    ok: true,
    config: {
      schedule: draft.schedule,
      ...base,
      minLrRatio: usesMinRatio(draft.schedule) ? minLrRatio : 0,
      decaySteps,
      decayStart,
    },
  };
}

/** The lib call that gives the learning rate at `step` (WSD: the piece the step falls in). */
function libCall(config: ScheduleConfig, step: number, peakLr: number): [number, LearningRateOptions] {
  const { schedule, warmupSteps, totalSteps, minLrRatio, decaySteps, decayStart } = config;
  if (schedule !== 'warmup_stable_decay') {
    const options = { schedule: schedule as LrSchedule, peakLr, warmupSteps, totalSteps };
    return [step, schedule === 'cosine_with_min_lr' ? { ...options, minLrRatio } : options];
  }
  if (step < decayStart) {
    return [step, { schedule: 'constant_with_warmup', peakLr, warmupSteps, totalSteps }];
  }
  return [
    step - decayStart,
    { schedule: 'cosine_with_min_lr', peakLr, warmupSteps: 0, totalSteps: decaySteps, minLrRatio },
  ];
}

/**
 * The learning rate after `step` optimizer steps (HF's `current_step`), from `learningRate`.
 *
 * @throws {RangeError} from lib when step is not an integer in [0, totalSteps].
 * @example lrAt(readSchedule(PRESETS.llama2).config, 251000) // 0.000165 (3e-4 · (0.1 + 0.9 · ½(1 + cos(π/2))))
 */
export function lrAt(config: ScheduleConfig, step: number): number {
  return learningRate(...libCall(config, step, config.peakLr));
}

/** The same schedule with a peak of 1: the learning rate as a fraction of the peak. */
export function fractionAt(config: ScheduleConfig, step: number): number {
  return learningRate(...libCall(config, step, 1));
}

/** The steps the slider visits: round(i · total / SLIDER_DIVISIONS) for i = 0 … SLIDER_DIVISIONS. */
export function sliderSteps(total: number): number[] {
  return Array.from({ length: SLIDER_DIVISIONS + 1 }, (_, i) => Math.round((i * total) / SLIDER_DIVISIONS));
}

/**
 * The slider position of a schedule's most telling step: half way through the decay (the
 * middle of the run after warm-up, or of the WSD decay window).
 *
 * @example defaultIndex(readSchedule(PRESETS.llama2).config) // 502 (step 251,000 of 500,000)
 */
export function defaultIndex(config: ScheduleConfig): number {
  const middle = config.decayStart + (config.totalSteps - config.decayStart) / 2;
  return Math.round((middle / config.totalSteps) * SLIDER_DIVISIONS);
}

/** Which part of the run a step is in. */
export type Phase = 'warmup' | 'stable' | 'decay' | 'constant';

export function phaseAt(config: ScheduleConfig, step: number): Phase {
  if (step < config.warmupSteps) return 'warmup';
  if (config.schedule === 'constant_with_warmup') return 'constant';
  return step < config.decayStart ? 'stable' : 'decay';
}

/**
 * The steps the curve is drawn through: about `CURVE_SAMPLES` evenly spaced integers, plus the
 * last warm-up step, the end of warm-up and the start of the decay, so the corners are exact.
 */
export function curveSteps(config: ScheduleConfig): number[] {
  const { totalSteps: total, warmupSteps: warmup, decayStart } = config;
  const steps = new Set<number>();
  for (let i = 0; i <= CURVE_SAMPLES; i++) steps.add(Math.round((i * total) / CURVE_SAMPLES));
  for (const s of [warmup - 1, warmup, decayStart - 1, decayStart]) if (s >= 0 && s <= total) steps.add(s);
  return [...steps].sort((a, b) => a - b);
}

/** The steps listed in the chart's table: every tenth of the run and the phase boundaries. */
export function tableSteps(config: ScheduleConfig): number[] {
  const steps = new Set<number>([config.warmupSteps, config.decayStart]);
  for (let i = 0; i <= 10; i++) steps.add(Math.round((i * config.totalSteps) / 10));
  return [...steps].filter((s) => s <= config.totalSteps).sort((a, b) => a - b);
}

/**
 * A fraction of the peak as a percentage with at most one decimal.
 *
 * @example formatShare(0.55) // '55%'
 * @example formatShare(0.0004) // '0%'
 */
export function formatShare(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}
