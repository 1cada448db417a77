/**
 * The chunking-tradeoff demo's settings: the chunk sizes and overlaps the sliders visit in each
 * language (characters for Chinese, words for English), the opening values, and the share link
 * under `ck-` keys. Pure; tested in tests/unit/demos/chunking-tradeoff-state.test.ts.
 */
import type { Locale } from '@/lib/i18n';

export interface Steps {
  readonly sizes: readonly number[];
  readonly overlaps: readonly number[];
  /** opening slider positions */
  readonly size: number;
  readonly overlap: number;
}

/**
 * Chinese sizes in characters, English in words (an English word is about five to six
 * characters, so the ranges cover similar stretches of text). The overlap slider reaches past
 * the small sizes on purpose: overlap ≥ size is refused with a message.
 */
export const STEPS: Record<Locale, Steps> = {
  zh: {
    sizes: [20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 600, 800, 1200],
    overlaps: [0, 10, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200],
    size: 8,
    overlap: 0,
  },
  en: {
    sizes: [10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300, 400, 600],
    overlaps: [0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100],
    size: 7,
    overlap: 0,
  },
};

/** Slider positions. */
export interface Draft {
  readonly size: number;
  readonly overlap: number;
}

export const defaultDraft = (locale: Locale): Draft => ({
  size: STEPS[locale].size,
  overlap: STEPS[locale].overlap,
});

const SIZE_KEY = 'ck-s';
const OVERLAP_KEY = 'ck-o';

/**
 * The query parameters of a draft: the size and overlap values, not slider positions.
 *
 * @example encodeState('en', { size: 7, overlap: 2 }) // { 'ck-s': '80', 'ck-o': '10' }
 */
export function encodeState(locale: Locale, draft: Draft): Record<string, string> {
  const steps = STEPS[locale];
  return {
    [SIZE_KEY]: String(steps.sizes[draft.size] ?? steps.sizes[steps.size]),
    [OVERLAP_KEY]: String(steps.overlaps[draft.overlap] ?? 0),
  };
}

/**
 * The draft a query string carries for this language's sliders, or null when it has neither key;
 * a value that is not on the slider falls back to the opening one.
 *
 * @example decodeState('?ck-s=100&ck-o=10', 'en') // { size: 8, overlap: 2 }
 * @example decodeState('?ck-s=7', 'en') // { size: 7, overlap: 0 } (7 is not a size: default)
 */
export function decodeState(search: string, locale: Locale): Draft | null {
  const q = new URLSearchParams(search);
  if (!q.has(SIZE_KEY) && !q.has(OVERLAP_KEY)) return null;
  const steps = STEPS[locale];
  const find = (values: readonly number[], key: string) => values.findIndex((v) => String(v) === q.get(key));
  const size = find(steps.sizes, SIZE_KEY);
  const overlap = find(steps.overlaps, OVERLAP_KEY);
  return { size: size >= 0 ? size : steps.size, overlap: overlap >= 0 ? overlap : steps.overlap };
}
