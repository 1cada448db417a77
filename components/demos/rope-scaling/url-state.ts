/**
 * The RoPE-scaling explorer's state in the address (`?rope.m=linear&rope.s=4`), so a link opens
 * the same view. Pure; tested in tests/unit/demos/rope-scaling-compute.test.ts.
 */
import { BASES, CURRENT_MULTIPLES, FACTORS, LENGTHS, METHODS, type Method } from './compute';

export interface RopeState {
  readonly method: Method;
  readonly factor: number;
  readonly originalLength: number;
  readonly base: number;
  /** the head-dimension field's text */
  readonly headDim: string;
  /** the current length n = multiple × L (dynamic NTK) */
  readonly multiple: number;
}

/**
 * Llama 3.1 8B: rope base 500,000 and 128 rotary dimensions (its GGUF metadata: rope.freq_base,
 * rope.dimension_count), llama3 scaling by 8 from a training length of 8,192.
 */
export const DEFAULT_STATE: RopeState = {
  method: 'llama3',
  factor: 8,
  originalLength: 8192,
  base: 500000,
  headDim: '128',
  multiple: 8,
};

const MAX_TEXT = 12;

export function encodeState(s: RopeState): Record<string, string> {
  return {
    'rope.m': s.method,
    'rope.s': String(s.factor),
    'rope.L': String(s.originalLength),
    'rope.b': String(s.base),
    'rope.d': s.headDim,
    'rope.n': String(s.multiple),
  };
}

/**
 * The state a query string gives, each missing or invalid key taken from the default; null when
 * the query has none of the demo's keys.
 *
 * @example decodeState('?rope.m=linear') // { ...DEFAULT_STATE, method: 'linear' }
 */
export function decodeState(search: string): RopeState | null {
  const query = new URLSearchParams(search);
  const get = (key: string) => query.get(`rope.${key}`);
  if (!['m', 's', 'L', 'b', 'd', 'n'].some((key) => get(key) !== null)) return null;
  const pick = <T extends string | number>(values: readonly T[], key: string, fallback: T): T =>
    values.find((v) => String(v) === get(key)) ?? fallback;
  const d = get('d');
  return {
    method: pick(METHODS, 'm', DEFAULT_STATE.method),
    factor: pick(FACTORS, 's', DEFAULT_STATE.factor),
    originalLength: pick(LENGTHS, 'L', DEFAULT_STATE.originalLength),
    base: pick(BASES, 'b', DEFAULT_STATE.base),
    headDim: d !== null && d.length <= MAX_TEXT ? d : DEFAULT_STATE.headDim,
    multiple: pick(CURRENT_MULTIPLES, 'n', DEFAULT_STATE.multiple),
  };
}
