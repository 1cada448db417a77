/**
 * The reliability-diagram demo's data: synthetic (confidence, correct) pairs drawn from a seeded
 * generator, and the parser for the pairs a reader types. Pure, so it is tested without rendering.
 */
import { createRng } from '@/lib/decoding/rng';
import { parseNumberList } from '@/lib/format';

/** Predictions as two parallel arrays: the model's confidence in its answer, and whether it was right. */
export interface Pairs {
  readonly confidences: readonly number[];
  readonly correct: readonly boolean[];
}

export const PRESET_KEYS = ['calibrated', 'overconfident', 'underconfident'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** How many pairs a preset holds: enough that most of 10 bins hold a few dozen. */
export const PRESET_SIZE = 500;
/** Bounds on typed input: one pair is enough for ECE; a few thousand keep typing responsive. */
export const MIN_PAIRS = 1;
export const MAX_PAIRS = 2000;

/**
 * Each preset: where confidences fall (u ∈ [0, 1) ↦ spread over [0.25, 1], the range of a
 * four-option multiple-choice answer's top probability) and the true chance of being right at a
 * given confidence. Calibrated: P(correct | c) = c. Over-confident: confidences crowd near 1 but
 * accuracy climbs only to 0.8, below the diagonal everywhere. Under-confident: accuracy runs above
 * the stated confidence everywhere.
 */
const PRESETS: Record<
  PresetKey,
  { seed: number; spread: (u: number) => number; truth: (s: number) => number }
> = {
  calibrated: { seed: 11, spread: (u) => Math.sqrt(u), truth: (s) => 0.25 + 0.75 * s },
  overconfident: { seed: 23, spread: (u) => 1 - u ** 3, truth: (s) => 0.25 + 0.55 * s ** 1.5 },
  underconfident: { seed: 37, spread: (u) => u, truth: (s) => 0.25 + 0.75 * Math.sqrt(s) },
};

/**
 * The preset's `PRESET_SIZE` pairs: the same every time (seeded with `createRng`), confidences
 * rounded to two decimals so the text field shows them exactly.
 *
 * @example presetPairs('calibrated').confidences.length // 200
 */
export function presetPairs(key: PresetKey): Pairs {
  const { seed, spread, truth } = PRESETS[key];
  const rng = createRng(seed);
  const confidences: number[] = [];
  const correct: boolean[] = [];
  for (let i = 0; i < PRESET_SIZE; i++) {
    const c = Math.round((0.25 + 0.75 * spread(rng())) * 100) / 100;
    confidences.push(c);
    correct.push(rng() < truth((c - 0.25) / 0.75));
  }
  return { confidences, correct };
}

/** Pairs as text, one `confidence outcome` per line (outcome 1 = correct, 0 = wrong). */
export function formatPairs({ confidences, correct }: Pairs): string {
  return confidences.map((c, i) => `${c} ${correct[i] ? 1 : 0}`).join('\n');
}

/** Why typed pairs were rejected; `pair` counts from 1 as the reader does. */
export type PairsError =
  | { kind: 'notNumber'; bad: string }
  | { kind: 'odd'; numbers: number }
  | { kind: 'confidence'; pair: number; value: number }
  | { kind: 'outcome'; pair: number; value: number }
  | { kind: 'count'; pairs: number; min: number; max: number };

/**
 * Reads `confidence outcome` pairs separated by spaces, commas or new lines: confidence in [0, 1],
 * outcome 1 (correct) or 0 (wrong), between `MIN_PAIRS` and `MAX_PAIRS` pairs.
 *
 * @example parsePairs('0.9 1\n0.6 0') // { ok: true, pairs: { confidences: [0.9, 0.6], correct: [true, false] } }
 * @example parsePairs('0.9 1\n1.2 0') // { ok: false, error: { kind: 'confidence', pair: 2, value: 1.2 } }
 */
export function parsePairs(text: string): { ok: true; pairs: Pairs } | { ok: false; error: PairsError } {
  const list = parseNumberList(text);
  if (!list.ok) return { ok: false, error: { kind: 'notNumber', bad: list.bad } };
  const numbers = list.values;
  if (numbers.length % 2 === 1) return { ok: false, error: { kind: 'odd', numbers: numbers.length } };
  const pairs = numbers.length / 2;
  if (pairs < MIN_PAIRS || pairs > MAX_PAIRS)
    return { ok: false, error: { kind: 'count', pairs, min: MIN_PAIRS, max: MAX_PAIRS } };
  const confidences: number[] = [];
  const correct: boolean[] = [];
  for (let i = 0; i < pairs; i++) {
    const [c, y] = [numbers[2 * i] ?? NaN, numbers[2 * i + 1] ?? NaN];
    if (!(c >= 0 && c <= 1)) return { ok: false, error: { kind: 'confidence', pair: i + 1, value: c } };
    if (y !== 0 && y !== 1) return { ok: false, error: { kind: 'outcome', pair: i + 1, value: y } };
    confidences.push(c);
    correct.push(y === 1);
  }
  return { ok: true, pairs: { confidences, correct } };
}
