/**
 * The pipeline-bubble demo's state as it travels in the address bar (`?pipeline=1f1b.4.8.2`:
 * schedule, stages p, micro-batches m, chunks v) and the small number formatting it shows.
 * Pure, so it is tested without React.
 */
import { CHUNK_STEPS, MICRO_BATCH_STEPS, SCHEDULES, STAGE_STEPS, type Schedule } from './schedule';

/** The query parameter that carries the state. */
export const PARAM = 'pipeline';

export interface PipelineState {
  readonly schedule: Schedule;
  readonly p: number;
  readonly m: number;
  /** Chunks per device; used only by the interleaved schedule, kept when switching away. */
  readonly v: number;
}

/** Narayanan et al. 2021, Figures 3–4: 4 devices, 8 micro-batches, 2 chunks when interleaved. */
export function defaultState(schedule: Schedule): PipelineState {
  return { schedule, p: 4, m: 8, v: 2 };
}

/** @example encodeState({ schedule: '1f1b', p: 4, m: 8, v: 2 }) // '1f1b.4.8.2' */
export function encodeState(s: PipelineState): string {
  return `${s.schedule}.${s.p}.${s.m}.${s.v}`;
}

const within = (steps: readonly number[], text: string | undefined) => {
  const n = Number(text);
  return /^\d+$/.test(text ?? '') && steps.includes(n) ? n : null;
};

/**
 * The state in a query value, or null when it is not one the sliders can show (an unknown
 * schedule, a number out of range, extra parts). An interleaved state whose m is not a multiple
 * of p is kept: the demo then shows lib's message, as it would after the same slider moves.
 *
 * @example decodeState('gpipe.4.16.2') // { schedule: 'gpipe', p: 4, m: 16, v: 2 }
 * @example decodeState('gpipe.9.16.2') // null
 */
export function decodeState(value: string | null): PipelineState | null {
  if (value === null) return null;
  const [schedule, p, m, v, ...rest] = value.split('.');
  if (rest.length > 0 || !(SCHEDULES as readonly string[]).includes(schedule ?? '')) return null;
  const [pn, mn, vn] = [within(STAGE_STEPS, p), within(MICRO_BATCH_STEPS, m), within(CHUNK_STEPS, v)];
  if (pn === null || mn === null || vn === null) return null;
  return { schedule: schedule as Schedule, p: pn, m: mn, v: vn };
}

/**
 * A fraction with at most four decimals and no trailing zeros, as the readout prints it.
 *
 * @example shortFraction(0.375) // '0.375'
 * @example shortFraction(3 / 11) // '0.2727'
 */
export function shortFraction(x: number): string {
  return String(Number(x.toFixed(4)));
}
