/**
 * The schedule explorer's share link: the schedule, the typed numbers and the slider position in
 * the query string, under `lr-` keys so other parameters of the page survive. `lr-for` names the
 * preset of the demo that wrote the link, so only a demo opened with that preset picks it up when a
 * page holds several. Pure, tested in tests/unit/demos/schedule-explorer-url.test.ts.
 */
import { SLIDER_DIVISIONS } from './schedule';
import {
  PRESET_KEYS,
  PRESETS,
  SCHEDULE_FIELDS,
  SCHEDULE_KINDS,
  type PresetKey,
  type ScheduleDraft,
  type ScheduleField,
} from './presets';

const KEY: Record<ScheduleField | 'schedule' | 'at' | 'for', string> = {
  schedule: 'lr-schedule',
  warmup: 'lr-warmup',
  total: 'lr-total',
  peak: 'lr-peak',
  minRatio: 'lr-min',
  decay: 'lr-decay',
  at: 'lr-at',
  for: 'lr-for',
};

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** What a link restores: the form and the slider position. */
export interface LinkedState {
  readonly draft: ScheduleDraft;
  readonly index: number;
}

/**
 * The query string for a state, keeping the parameters of `search` that are not the demo's.
 *
 * @example encodeState('?x=1', 'llama2', { draft: PRESETS.llama2, index: 502 }) // 'x=1&lr-for=llama2&lr-schedule=cosine_with_min_lr&lr-warmup=2000&…&lr-at=502'
 */
export function encodeState(search: string, preset: PresetKey, { draft, index }: LinkedState): string {
  const params = new URLSearchParams(search);
  for (const key of Object.values(KEY)) params.delete(key);
  params.set(KEY.for, preset);
  params.set(KEY.schedule, draft.schedule);
  for (const field of SCHEDULE_FIELDS) params.set(KEY[field], draft[field]);
  params.set(KEY.at, String(index));
  return params.toString();
}

/**
 * The state a query string carries for a demo opened with `preset`, or null when it carries none
 * (no `lr-for`, another preset's link, or an unknown preset). Unknown schedules and over-long
 * fields fall back to the preset's; the fields are returned as typed, so a bad number shows the
 * demo's usual inline message; a slider position outside 0 … SLIDER_DIVISIONS is dropped.
 *
 * @example decodeState('?lr-for=llama2&lr-schedule=linear', 'llama2')?.draft.schedule // 'linear'
 * @example decodeState('?lr-for=wsd&lr-schedule=linear', 'llama2') // null
 */
export function decodeState(search: string, preset: PresetKey): (LinkedState & { hasIndex: boolean }) | null {
  const params = new URLSearchParams(search);
  const owner = params.get(KEY.for);
  if (owner === null || owner !== preset || !(PRESET_KEYS as readonly string[]).includes(owner)) return null;
  const fallback = PRESETS[preset];
  const schedule = params.get(KEY.schedule);
  const fields = {} as Record<ScheduleField, string>;
  for (const field of SCHEDULE_FIELDS) {
    const value = params.get(KEY[field]);
    fields[field] = value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback[field];
  }
  const draft: ScheduleDraft = {
    ...fields,
    schedule: SCHEDULE_KINDS.find((k) => k === schedule) ?? fallback.schedule,
  };
  const at = params.get(KEY.at);
  const index = at !== null && /^\d+$/.test(at) ? Number(at) : -1;
  const hasIndex = index >= 0 && index <= SLIDER_DIVISIONS;
  return { draft, index: hasIndex ? index : 0, hasIndex };
}
