/**
 * The retriever demo's settings — query, chunk size, overlap, k — their slider steps, and the
 * share link: the settings in the query string under `rag-` keys, so other parameters of the page
 * survive. Pure; tested in tests/unit/demos/rag-explorer-settings.test.ts.
 */
import type { ChunkUnit } from '@/lib/retrieval/chunking';
import type { Locale } from '@/lib/i18n';
import { CORPUS_CAP } from './corpus';
import { DEFAULT_PRESET, PRESETS } from './presets';

export interface Settings {
  /** the query as typed */
  readonly query: string;
  readonly size: number;
  readonly overlap: number;
  readonly k: number;
}

/** Chinese is chunked by characters, English by words (lib `chunkText` units). */
export const UNIT: Record<Locale, ChunkUnit> = { zh: 'character', en: 'word' };

/** Chunk sizes, up to the corpus cap (one chunk per section). */
export const SIZE_STEPS: Record<Locale, readonly number[]> = {
  zh: [20, 40, 60, 80, CORPUS_CAP.zh],
  en: [10, 20, 30, 40, CORPUS_CAP.en],
};

/** Overlaps, on purpose up to the largest size: an overlap ≥ the size is lib's RangeError. */
export const OVERLAP_STEPS: Record<Locale, readonly number[]> = {
  zh: [0, 10, 20, 40, 60, 80, CORPUS_CAP.zh],
  en: [0, 5, 10, 20, 30, 40, CORPUS_CAP.en],
};

export const K_STEPS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export const DEFAULT_SETTINGS: Record<Locale, Settings> = {
  zh: { query: PRESETS[DEFAULT_PRESET].query.zh, size: 60, overlap: 20, k: 5 },
  en: { query: PRESETS[DEFAULT_PRESET].query.en, size: 30, overlap: 10, k: 5 },
};

const KEY = { query: 'rag-q', size: 'rag-size', overlap: 'rag-overlap', k: 'rag-k' } as const;

/** A query longer than this in a link is ignored (the demo caps queries far below it anyway). */
const MAX_LINK_QUERY = 1000;

/** The demo's query-string parameters for `settings` (written with useWriteQuery). */
export function settingsParams(settings: Settings): Record<string, string> {
  return {
    [KEY.query]: settings.query,
    [KEY.size]: String(settings.size),
    [KEY.overlap]: String(settings.overlap),
    [KEY.k]: String(settings.k),
  };
}

/** A whole-number parameter that is one of `steps`, else null. */
function stepParam(params: URLSearchParams, key: string, steps: readonly number[]): number | null {
  const value = params.get(key);
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return steps.includes(n) ? n : null;
}

/**
 * The settings a query string carries, or null when it carries none of the demo's keys. Each
 * missing or invalid value falls back to the default; the query is kept as typed (the demo
 * validates it), unless it is absurdly long.
 *
 * @example decodeSettings('?rag-k=3', 'en')?.k // 3
 * @example decodeSettings('?x=1', 'en') // null
 */
export function decodeSettings(search: string, locale: Locale): Settings | null {
  const params = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => params.has(key))) return null;
  const fallback = DEFAULT_SETTINGS[locale];
  const query = params.get(KEY.query);
  return {
    query: query !== null && query.length <= MAX_LINK_QUERY ? query : fallback.query,
    size: stepParam(params, KEY.size, SIZE_STEPS[locale]) ?? fallback.size,
    overlap: stepParam(params, KEY.overlap, OVERLAP_STEPS[locale]) ?? fallback.overlap,
    k: stepParam(params, KEY.k, K_STEPS) ?? fallback.k,
  };
}
