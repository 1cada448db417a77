/**
 * The abstention-scoring demo's data and state: the confidence bins, the thresholds the slider
 * visits, the presets, reading the typed counts, and the share link under `abs-` keys. Pure;
 * tested in tests/unit/demos/abstention-scoring-histogram.test.ts. Scores come from lib/frontiers.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';

/** Ten confidence bins, each standing for questions the model gets right with this probability. */
export const BIN_CONFIDENCES: readonly number[] = [
  0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95,
];

/**
 * Targets t the slider visits: 0 (binary grading) and the values Kalai et al. 2025 §4.2 call
 * natural (0.5, 0.75, 0.9) among tenths. Only 0.75 equals a bin's confidence: that bin sits on the
 * tie, where answering expects exactly 0 under the penalty, and is abstained on (answer iff c > t).
 */
export const THRESHOLDS: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];
export const DEFAULT_THRESHOLD_INDEX = 5;

export const PRESET_KEYS = ['mixed', 'confident', 'guesser', 'bimodal'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** 100 questions in each preset, so a share reads as a percentage. */
export const PRESETS: Record<PresetKey, readonly number[]> = {
  mixed: [4, 6, 8, 10, 12, 12, 12, 12, 12, 12],
  confident: [0, 0, 0, 2, 3, 5, 10, 15, 25, 40],
  guesser: [20, 20, 15, 15, 10, 8, 5, 4, 2, 1],
  bimodal: [30, 10, 0, 0, 0, 0, 0, 0, 10, 50],
};

/** What the reader has set: the count fields as typed and the slider position. */
export interface Draft {
  readonly counts: readonly string[];
  readonly tIndex: number;
}

export const DEFAULT_DRAFT: Draft = {
  counts: PRESETS.mixed.map(String),
  tIndex: DEFAULT_THRESHOLD_INDEX,
};

/**
 * Reads the ten count fields: the numbers as typed (lib decides whether they are allowed), or the
 * first field that is empty or not a number.
 *
 * @example readCounts(['1', '2']) // { ok: true, counts: [1, 2] }
 * @example readCounts(['1', 'x']) // { ok: false, bin: 1, error: { kind: 'notNumber', text: 'x' } }
 */
export function readCounts(
  texts: readonly string[],
): { ok: true; counts: number[] } | { ok: false; bin: number; error: FieldError } {
  const counts: number[] = [];
  for (const [bin, text] of texts.entries()) {
    const field = parseField(text);
    if (!field.ok) return { ok: false, bin, error: field.error };
    counts.push(field.value);
  }
  return { ok: true, counts };
}

/**
 * The bin a lib message names (`counts[3] must be …` → 3), or null for a message about all bins.
 *
 * @example binInMessage('counts[3] must be an integer >= 0, got -1') // 3
 */
export function binInMessage(message: string): number | null {
  const match = /counts\[(\d+)\]/.exec(message);
  return match ? Number(match[1]) : null;
}

/** The preset whose counts the fields hold, if any. */
export function loadedPreset(counts: readonly string[]): PresetKey | undefined {
  return PRESET_KEYS.find((key) => PRESETS[key].every((n, i) => counts[i]?.trim() === String(n)));
}

const COUNTS_KEY = 'abs-c';
const THRESHOLD_KEY = 'abs-t';
/** A typed count longer than this in a link is ignored (no real count is that long). */
const MAX_FIELD_LENGTH = 20;

/**
 * The query parameters of a state: counts joined by `_`, the threshold as its value.
 *
 * @example encodeState(DEFAULT_DRAFT) // { 'abs-c': '4_6_8_10_12_12_12_12_12_12', 'abs-t': '0.5' }
 */
export function encodeState(draft: Draft): Record<string, string> {
  return {
    [COUNTS_KEY]: draft.counts.map((c) => c.trim()).join('_'),
    [THRESHOLD_KEY]: String(THRESHOLDS[draft.tIndex] ?? THRESHOLDS[DEFAULT_THRESHOLD_INDEX]),
  };
}

/**
 * The state a query string carries, or null when it has neither key. Counts need exactly ten
 * entries (else the default counts stay) and come back as typed, so a bad count in a link shows
 * the usual message; a threshold not on the slider falls back to the default.
 *
 * @example decodeState('?abs-t=0.9')?.tIndex // 10
 * @example decodeState('?abs-c=1_2') // { counts: DEFAULT_DRAFT.counts, tIndex: 5 }
 */
export function decodeState(search: string): Draft | null {
  const query = new URLSearchParams(search);
  const countsText = query.get(COUNTS_KEY);
  const tText = query.get(THRESHOLD_KEY);
  if (countsText === null && tText === null) return null;
  const parts = countsText?.split('_') ?? [];
  const counts =
    parts.length === BIN_CONFIDENCES.length && parts.every((p) => p.length <= MAX_FIELD_LENGTH)
      ? parts
      : DEFAULT_DRAFT.counts;
  const tIndex = tText === null ? -1 : THRESHOLDS.findIndex((t) => String(t) === tText);
  return { counts, tIndex: tIndex >= 0 ? tIndex : DEFAULT_THRESHOLD_INDEX };
}
