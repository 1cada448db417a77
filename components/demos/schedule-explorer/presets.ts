/**
 * The schedule explorer's schedule kinds and presets: plain data, no formulas. The kinds are the
 * HF `SchedulerType` names that `learningRate` (lib/training) supports, plus WSD, which
 * schedule.ts builds from two of them.
 */
import { LR_SCHEDULES } from '@/lib/training/learning-rate';

export const SCHEDULE_KINDS = [...LR_SCHEDULES, 'warmup_stable_decay'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** The numeric fields, as the reader types them. */
export const SCHEDULE_FIELDS = ['warmup', 'total', 'peak', 'minRatio', 'decay'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

/** The form as typed: the schedule kind and each number as text. */
export interface ScheduleDraft extends Readonly<Record<ScheduleField, string>> {
  readonly schedule: ScheduleKind;
}

export const PRESET_KEYS = ['llama2', 'wsd', 'linear'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * - llama2: Llama 2 paper (Touvron et al. 2023) §2.2 — cosine schedule, 2,000 warm-up steps, final
 *   learning rate 10% of the peak — and Table 1 — peak 3.0 × 10⁻⁴ for 7B, 2.0T tokens, global batch
 *   4M tokens. The paper gives no step count: 2.0T / 4M = 500,000 steps, rounded.
 * - linear: BERT (Devlin et al. 2019) appendix A.2 — Adam at 1e-4, warm-up over the first 10,000
 *   steps, linear decay, 1,000,000 steps at batch 256.
 * - wsd: illustrative numbers (1% warm-up, the last 10% of steps decaying to 10% of the peak), not
 *   the recipe of a particular run.
 */
export const PRESETS: Readonly<Record<PresetKey, ScheduleDraft>> = {
  llama2: {
    schedule: 'cosine_with_min_lr',
    warmup: '2000',
    total: '500000',
    peak: '3e-4',
    minRatio: '0.1',
    decay: '0.1',
  },
  wsd: {
    schedule: 'warmup_stable_decay',
    warmup: '1000',
    total: '100000',
    peak: '1e-3',
    minRatio: '0.1',
    decay: '0.1',
  },
  linear: {
    schedule: 'linear',
    warmup: '10000',
    total: '1000000',
    peak: '1e-4',
    minRatio: '0',
    decay: '0.1',
  },
};

/** Whether two drafts hold the same schedule and the same text in every field. */
export function sameDraft(a: ScheduleDraft, b: ScheduleDraft): boolean {
  return a.schedule === b.schedule && SCHEDULE_FIELDS.every((f) => a[f] === b[f]);
}
