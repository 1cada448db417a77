import { checkChoice, checkInteger, checkObject } from '@/lib/utils/validate';

/**
 * Three attention patterns that let a model trained on short sequences run on a long stream with
 * a bounded key/value cache:
 * - `'sliding'`: each query sees itself and the `window − 1` keys before it (Mistral's sliding
 *   window; the same convention as `attentionMask('sliding', …)` in lib/transformer).
 * - `'sinks'`: StreamingLLM (Xiao et al. 2024, "Efficient streaming language models with attention
 *   sinks"): the first `starting` tokens (attention sinks) plus the sliding window. The reference
 *   code (mit-han-lab/streaming-llm `streaming_llm/kv_cache.py`, `StartRecentKVCache`, default
 *   `start_size=4`) evicts everything else, and `pos_shift/modify_llama.py` gives each cached key
 *   its position *in the cache*, not in the text.
 * - `'lambda'`: LM-Infinite's Λ-shaped mask (Han et al. 2023, arXiv 2308.16137): `starting` global
 *   tokens plus a local window, with a distance limit: keys outside the window are seen at a fixed
 *   distance. The reference code (Glaciohound/LM-Infinite `models/llama.py`,
 *   `convert_llama_model(model, 4096, 10)`: local branch 4096, 10 global tokens, limit = local
 *   branch) rotates the query by the limit and leaves those keys unrotated.
 */

export const STREAMING_MASK_KINDS = ['sliding', 'sinks', 'lambda'] as const;
export type StreamingMaskKind = (typeof STREAMING_MASK_KINDS)[number];

/** The window and the number of starting tokens. */
export interface StreamingMaskOptions {
  /** keys each query sees counting itself: an integer ≥ 1 */
  readonly window: number;
  /** attention sinks (`'sinks'`) or global tokens (`'lambda'`), an integer ≥ 0; ignored by `'sliding'` */
  readonly starting: number;
}

function readOptions(options: unknown): { window: number; starting: number } {
  const o = checkObject('options', options);
  return {
    window: checkInteger('window', o.window, 1),
    starting: checkInteger('starting', o.starting, 0),
  };
}

function allows(kind: StreamingMaskKind, i: number, j: number, window: number, starting: number): boolean {
  if (j > i) return false;
  if (i - j < window) return true;
  return kind !== 'sliding' && j < starting;
}

/**
 * Whether query `query` may attend to key `key` (0-based positions in the text) under `kind`:
 * causal (key ≤ query), and either inside the window (query − key < window) or, for `'sinks'` and
 * `'lambda'`, one of the first `starting` tokens.
 *
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} for an unknown `kind`, `query` or `key` not an integer ≥ 0, `window` not an
 *   integer ≥ 1 or `starting` not an integer ≥ 0.
 * @example streamingMaskAllows('sliding', 5, 0, { window: 3, starting: 1 }) // false
 * @example streamingMaskAllows('sinks', 5, 0, { window: 3, starting: 1 }) // true
 */
export function streamingMaskAllows(
  kind: StreamingMaskKind,
  query: number,
  key: number,
  options: StreamingMaskOptions,
): boolean {
  const k = checkChoice('kind', kind, STREAMING_MASK_KINDS);
  const i = checkInteger('query', query, 0);
  const j = checkInteger('key', key, 0);
  const { window, starting } = readOptions(options);
  return allows(k, i, j, window, starting);
}

function distance(
  kind: StreamingMaskKind,
  i: number,
  j: number,
  window: number,
  starting: number,
): number | null {
  if (!allows(kind, i, j, window, starting)) return null;
  if (i - j < window) return i - j;
  // A starting token outside the window. StreamingLLM: the cache holds min(i + 1, starting +
  // window) keys at positions 0, 1, …, the query last, so key j (< starting) sits at position j.
  if (kind === 'sinks') return Math.min(i, starting + window - 1) - j;
  // LM-Infinite: every such key is seen at the distance limit, which equals the window.
  return window;
}

/**
 * The relative distance query − key that the position encoding sees for an allowed pair, or null
 * when the mask hides the key. Inside the window it is the true distance for all three kinds.
 * Outside it, `'sinks'` uses positions in the cache (StreamingLLM `pos_shift`): a sink j is seen at
 * min(query, starting + window − 1) − j; `'lambda'` caps it at the limit, here the window
 * (LM-Infinite's `limit_distance = local_branch`).
 *
 * @throws {TypeError} and {RangeError} as {@link streamingMaskAllows}.
 * @example positionDistance('sinks', 100, 0, { window: 4, starting: 2 }) // 5 (true distance 100)
 * @example positionDistance('lambda', 100, 0, { window: 4, starting: 2 }) // 4
 * @example positionDistance('sliding', 100, 0, { window: 4, starting: 2 }) // null
 */
export function positionDistance(
  kind: StreamingMaskKind,
  query: number,
  key: number,
  options: StreamingMaskOptions,
): number | null {
  const k = checkChoice('kind', kind, STREAMING_MASK_KINDS);
  const i = checkInteger('query', query, 0);
  const j = checkInteger('key', key, 0);
  const { window, starting } = readOptions(options);
  return distance(k, i, j, window, starting);
}

/** Longest sequence {@link streamingMaskGrid} draws: a grid is for looking at, not for computing. */
export const MAX_GRID_LENGTH = 64;

/**
 * The seqLen × seqLen mask of `kind`, each cell the distance the position encoding sees
 * ({@link positionDistance}) or null where the key is hidden; row = query, column = key.
 *
 * @throws {RangeError} when `seqLen` is not an integer in [1, 64], and as {@link streamingMaskAllows}.
 * @example streamingMaskGrid('lambda', 4, { window: 2, starting: 1 })
 *   // [[0, ·, ·, ·], [1, 0, ·, ·], [2, 1, 0, ·], [2, ·, 1, 0]] (· = null)
 */
export function streamingMaskGrid(
  kind: StreamingMaskKind,
  seqLen: number,
  options: StreamingMaskOptions,
): (number | null)[][] {
  const k = checkChoice('kind', kind, STREAMING_MASK_KINDS);
  const n = checkInteger('seqLen', seqLen, 1);
  if (n > MAX_GRID_LENGTH)
    throw new RangeError(`seqLen must be an integer in [1, ${MAX_GRID_LENGTH}], got ${n}`);
  const { window, starting } = readOptions(options);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => distance(k, i, j, window, starting)),
  );
}

/**
 * How many keys the cache must hold after `length` tokens: the keys the newest query can still
 * reach, so a cache that drops unreachable entries holds this many. `'sliding'`: min(L, window);
 * `'sinks'` and `'lambda'`: min(L, starting + window) (StreamingLLM's `cache_size = start_size +
 * recent_size`). A full causal cache holds L.
 *
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} for an unknown `kind`, `length` not an integer ≥ 0, or bad options.
 * @example keptTokens('sinks', 32768, { window: 4092, starting: 4 }) // 4096
 * @example keptTokens('sliding', 3, { window: 4096, starting: 4 }) // 3
 */
export function keptTokens(kind: StreamingMaskKind, length: number, options: StreamingMaskOptions): number {
  const k = checkChoice('kind', kind, STREAMING_MASK_KINDS);
  const L = checkInteger('length', length, 0);
  const { window, starting } = readOptions(options);
  return Math.min(L, k === 'sliding' ? window : starting + window);
}
