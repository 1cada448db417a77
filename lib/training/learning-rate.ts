import { checkChoice, checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';

/** The learning-rate schedules of {@link learningRate}, named as in HF `SchedulerType`. */
export const LR_SCHEDULES = ['constant_with_warmup', 'linear', 'cosine', 'cosine_with_min_lr'] as const;

/** One of {@link LR_SCHEDULES}. */
export type LrSchedule = (typeof LR_SCHEDULES)[number];

/** Options of {@link learningRate}. */
export interface LearningRateOptions {
  readonly schedule: LrSchedule;
  /** The optimizer's base learning rate, reached at the end of warm-up. */
  readonly peakLr: number;
  /** `num_warmup_steps`, an integer in [0, totalSteps]. */
  readonly warmupSteps: number;
  /** `num_training_steps`, an integer ≥ 1. */
  readonly totalSteps: number;
  /** `min_lr_rate` of `'cosine_with_min_lr'`: the floor as a fraction of peakLr, in [0, 1]; default 0. */
  readonly minLrRatio?: number;
  /** `num_cycles` of the cosine schedules: 0.5 is a half cosine from peak to floor; default 0.5. */
  readonly numCycles?: number;
}

/**
 * The learning rate at an optimizer step under a Hugging Face warm-up schedule.
 *
 * Formula: peakLr × multiplier. While step < warmupSteps the multiplier is
 * step / max(1, warmupSteps); afterwards, with progress = (step − warmupSteps) /
 * max(1, totalSteps − warmupSteps): `'constant_with_warmup'` 1; `'linear'`
 * max(0, (totalSteps − step) / max(1, totalSteps − warmupSteps)); `'cosine'`
 * max(0, ½(1 + cos(π · 2 · numCycles · progress))); `'cosine_with_min_lr'` that cosine value v
 * mapped to v·(1 − minLrRatio) + minLrRatio. These are the `lr_lambda`s of
 * `get_constant_schedule_with_warmup`, `get_linear_schedule_with_warmup`,
 * `get_cosine_schedule_with_warmup` and `get_cosine_with_min_lr_schedule_with_warmup` in HF
 * transformers `optimization.py` (https://github.com/huggingface/transformers). HF's cosine keeps
 * oscillating past totalSteps; here a step beyond totalSteps is an error.
 *
 * @param step the number of optimizer steps taken so far, an integer in [0, totalSteps].
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when step is outside [0, totalSteps] or not an integer, peakLr is not finite
 *   and ≥ 0, warmupSteps is not an integer in [0, totalSteps], totalSteps is not an integer ≥ 1, minLrRatio is outside [0, 1],
 *   numCycles is not finite and ≥ 0, or the schedule is unknown.
 * @example learningRate(3, { schedule: 'linear', peakLr: 10, warmupSteps: 2, totalSteps: 10 }) // 8.75
 * @example learningRate(6, { schedule: 'cosine', peakLr: 10, warmupSteps: 2, totalSteps: 10 }) // 5 (half way down the cosine)
 */
export function learningRate(step: number, options: LearningRateOptions): number {
  const o = checkObject('options', options);
  const schedule = checkChoice('schedule', o.schedule, LR_SCHEDULES);
  const peakLr = checkNumber('peakLr', o.peakLr, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const warmup = checkInteger('warmupSteps', o.warmupSteps, 0);
  const total = checkInteger('totalSteps', o.totalSteps, 1);
  // A warm-up longer than the run never reaches the peak: refuse it rather than draw a ramp.
  checkNumber('warmupSteps', warmup, (x) => x <= total, `at most totalSteps = ${total}`);
  const minLrRatio = checkNumber('minLrRatio', o.minLrRatio ?? 0, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const numCycles = checkNumber(
    'numCycles',
    o.numCycles ?? 0.5,
    (x) => Number.isFinite(x) && x >= 0,
    'finite and >= 0',
  );
  const t = checkNumber(
    'step',
    step,
    (x) => Number.isInteger(x) && x >= 0 && x <= total,
    `an integer in [0, totalSteps = ${total}]`,
  );
  return peakLr * multiplier(schedule, t, warmup, total, minLrRatio, numCycles);
}

/** The HF `lr_lambda` value at step t. */
function multiplier(
  schedule: LrSchedule,
  t: number,
  warmup: number,
  total: number,
  minLrRatio: number,
  numCycles: number,
): number {
  if (t < warmup) return t / Math.max(1, warmup);
  const decaySteps = Math.max(1, total - warmup);
  switch (schedule) {
    case 'constant_with_warmup':
      return 1;
    case 'linear':
      return Math.max(0, (total - t) / decaySteps);
    case 'cosine':
    case 'cosine_with_min_lr': {
      const progress = (t - warmup) / decaySteps;
      const v = 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress));
      return schedule === 'cosine' ? Math.max(0, v) : Math.max(0, v * (1 - minLrRatio) + minLrRatio);
    }
  }
}
