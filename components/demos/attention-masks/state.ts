/**
 * The attention-masks demo's state: the small grid's sliders, the memory panel's typed fields and
 * model, reading those fields through lib/frontiers and lib/calculators, and the share link under
 * `am-` keys. Pure; tested in tests/unit/demos/attention-masks-state.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { DTYPE_BYTES, DTYPES, MODELS, type Dtype } from '@/components/demos/shared/kv-models';
import { kvCacheBytes } from '@/lib/calculators/kv-cache';
import { keptTokens, STREAMING_MASK_KINDS, type StreamingMaskKind } from '@/lib/frontiers/attention-masks';

/** Grid lengths the slider visits, and the starting tokens the grid may show. */
export const GRID_LENGTHS: readonly number[] = Array.from({ length: 13 }, (_, i) => i + 4);
export const GRID_STARTING: readonly number[] = [0, 1, 2, 3, 4];

/** The models of the kv-cache demo that cache plain keys and values (MLA models are left out). */
export const MODEL_KEYS = ['llama2-7b', 'llama3-8b', 'mistral-7b', 'falcon-7b'] as const;
export type MaskModelKey = (typeof MODEL_KEYS)[number];

/**
 * Key/value heads a model really caches: all query heads under MHA, its GQA groups, or one (MQA),
 * from the kv-cache demo's `MODELS` (sources named there).
 *
 * @example kvHeadsOf('llama2-7b') // 32
 */
export function kvHeadsOf(key: MaskModelKey): number {
  const { native, shape } = MODELS[key];
  return native === 'mha' ? shape.heads : native === 'mqa' ? 1 : shape.kvHeads;
}

export const MEMORY_FIELDS = ['length', 'window', 'sinks', 'global'] as const;
export type MemoryField = (typeof MEMORY_FIELDS)[number];

/** Everything the reader sets. */
export interface Draft {
  /** index into GRID_LENGTHS */
  readonly n: number;
  /** the grid's window, 1 … n */
  readonly w: number;
  /** the grid's starting tokens (sinks and global tokens alike) */
  readonly s: number;
  readonly fields: Readonly<Record<MemoryField, string>>;
  readonly model: MaskModelKey;
  readonly dtype: Dtype;
}

/**
 * The opening state: a 10-token grid with a window of 4 and 2 starting tokens; a 32K-token stream
 * on Llama 2 7B in fp16 with a 4,096-token window, StreamingLLM's 4 sinks (`start_size=4`,
 * streaming_llm/kv_cache.py) and LM-Infinite's 10 global tokens (`convert_llama_model(model, 4096,
 * 10)`, its README).
 */
export const DEFAULT_DRAFT: Draft = {
  n: 6,
  w: 4,
  s: 2,
  fields: { length: '32768', window: '4096', sinks: '4', global: '10' },
  model: 'llama2-7b',
  dtype: 'fp16',
};

/** Largest length, window or starting count the fields take: far past any context window. */
export const MAX_TOKENS = 1_000_000_000;

/** Kept tokens and bytes of one cache. */
export interface CacheSize {
  readonly tokens: number;
  readonly bytes: number;
}

export type MemoryError =
  | { kind: 'field'; field: MemoryField; error: FieldError }
  | { kind: 'tooMany'; field: MemoryField }
  | { kind: 'lib'; message: string; fields: MemoryField[] };

export type MemoryResult =
  | {
      ok: true;
      length: number;
      perToken: number;
      full: CacheSize;
      kinds: Record<StreamingMaskKind, CacheSize>;
    }
  | { ok: false; error: MemoryError };

/** The lib parameter each field is checked as, to mark the field a lib message names. */
const LIB_NAME: Record<MemoryField, string> = {
  length: 'length',
  window: 'window',
  sinks: 'starting',
  global: 'starting',
};

/**
 * Kept tokens (`keptTokens`) and bytes (`kvCacheBytes`) of the full cache and of each mask at the
 * typed length. Text that is not a number is rejected first, then counts above `MAX_TOKENS`; lib
 * decides the rest (0, negatives, fractions) and its message names the field.
 *
 * @example readMemory(DEFAULT_DRAFT) // ok; sinks: { tokens: 4100, … }, full: { tokens: 32768, bytes: 17179869184 }
 */
export function readMemory(draft: Draft): MemoryResult {
  const v = {} as Record<MemoryField, number>;
  for (const field of MEMORY_FIELDS) {
    const parsed = parseField(draft.fields[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    if (Math.abs(parsed.value) > MAX_TOKENS) return { ok: false, error: { kind: 'tooMany', field } };
    v[field] = parsed.value;
  }
  const { shape } = MODELS[draft.model];
  const bytesOf = (tokens: number) =>
    kvCacheBytes({
      layers: shape.layers,
      kvHeads: kvHeadsOf(draft.model),
      headDim: shape.headDim,
      seqLen: tokens,
      batch: 1,
      bytesPerElem: DTYPE_BYTES[draft.dtype],
    });
  const starting: Record<StreamingMaskKind, [MemoryField, number]> = {
    sliding: ['sinks', 0],
    sinks: ['sinks', v.sinks],
    lambda: ['global', v.global],
  };
  let current: MemoryField = 'length';
  try {
    const kinds = {} as Record<StreamingMaskKind, CacheSize>;
    for (const kind of STREAMING_MASK_KINDS) {
      const [field, count] = starting[kind];
      current = field;
      const tokens = keptTokens(kind, v.length, { window: v.window, starting: count });
      kinds[kind] = { tokens, bytes: bytesOf(tokens) };
    }
    return {
      ok: true,
      length: v.length,
      perToken: bytesOf(1),
      full: { tokens: v.length, bytes: bytesOf(v.length) },
      kinds,
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const named = MEMORY_FIELDS.filter(
      (f) =>
        fieldsInMessage(e.message, [LIB_NAME[f]]).length > 0 && (LIB_NAME[f] !== 'starting' || f === current),
    );
    return { ok: false, error: { kind: 'lib', message: e.message, fields: named } };
  }
}

const KEY = {
  n: 'am-n',
  w: 'am-w',
  s: 'am-s',
  length: 'am-len',
  window: 'am-win',
  sinks: 'am-sink',
  global: 'am-glob',
  model: 'am-model',
  dtype: 'am-dtype',
} as const;
/** A typed field longer than this in a link is ignored (no real count is that long). */
const MAX_FIELD_LENGTH = 20;

/**
 * The query parameters of a draft (for `useWriteQuery`).
 *
 * @example encodeState(DEFAULT_DRAFT)['am-len'] // '32768'
 */
export function encodeState(draft: Draft): Record<string, string> {
  return {
    [KEY.n]: String(GRID_LENGTHS[draft.n] ?? 10),
    [KEY.w]: String(draft.w),
    [KEY.s]: String(draft.s),
    [KEY.length]: draft.fields.length.trim(),
    [KEY.window]: draft.fields.window.trim(),
    [KEY.sinks]: draft.fields.sinks.trim(),
    [KEY.global]: draft.fields.global.trim(),
    [KEY.model]: draft.model,
    [KEY.dtype]: draft.dtype,
  };
}

/**
 * The draft a query string carries, or null when it has none of the demo's keys. Grid values off
 * their sliders, unknown models or dtypes and over-long fields fall back to the default; fields
 * come back as typed, so a bad number in a link shows the demo's usual message.
 *
 * @example decodeState('?am-n=8&am-w=3')?.w // 3
 * @example decodeState('?am-w=99') // the default window 4 (99 > the default 10-token grid)
 */
export function decodeState(search: string): Draft | null {
  const q = new URLSearchParams(search);
  if (!Object.values(KEY).some((k) => q.has(k))) return null;
  const int = (key: string) => (/^\d{1,3}$/.test(q.get(key) ?? '') ? Number(q.get(key)) : NaN);
  const nIndex = GRID_LENGTHS.indexOf(int(KEY.n));
  const n = nIndex >= 0 ? nIndex : DEFAULT_DRAFT.n;
  const length = GRID_LENGTHS[n] ?? 10;
  const w = int(KEY.w);
  const s = int(KEY.s);
  const fields = { ...DEFAULT_DRAFT.fields };
  for (const field of MEMORY_FIELDS) {
    const value = q.get(KEY[field]);
    if (value !== null && value.length <= MAX_FIELD_LENGTH) fields[field] = value;
  }
  return {
    n,
    w: w >= 1 && w <= length ? w : Math.min(DEFAULT_DRAFT.w, length),
    s: GRID_STARTING.includes(s) ? s : DEFAULT_DRAFT.s,
    fields,
    model: MODEL_KEYS.find((m) => m === q.get(KEY.model)) ?? DEFAULT_DRAFT.model,
    dtype: DTYPES.find((d) => d === q.get(KEY.dtype)) ?? DEFAULT_DRAFT.dtype,
  };
}
