/**
 * The tree-of-thoughts demo's inputs as typed: four number fields, the presets, and the parser
 * that turns the fields into the four integers lib/prompting's Game of 24 accepts. Pure (no
 * formulas: the range comes from `GAME24_LIMITS`), tested in tests/unit/demos/tree-of-thoughts-numbers.test.ts.
 */
import { GAME24_LIMITS } from '@/lib/prompting/game-of-24';

/** The four fields as typed. */
export type Fields = readonly [string, string, string, string];

export const PRESET_KEYS = ['example', 'fives', 'eights', 'ones'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * - example: (10 − 4) × (13 − 9); the greedy rollout needs b ≥ 3 here.
 * - fives: 5 × (5 − 1 ÷ 5), its only solution, goes through a fraction.
 * - eights: 8 ÷ (3 − 8 ÷ 3), its only solution, goes through two fractions.
 * - ones: no solution at all: four 1s reach at most (1 + 1) × (1 + 1) = 4.
 */
export const PRESETS: Readonly<Record<PresetKey, Fields>> = {
  example: ['4', '9', '10', '13'],
  fives: ['1', '5', '5', '5'],
  eights: ['3', '3', '8', '8'],
  ones: ['1', '1', '1', '1'],
};

export const DEFAULT_FIELDS: Fields = PRESETS.example;

/** A field longer than this is not echoed back whole in a message. */
const ECHO_LENGTH = 16;
const echo = (text: string) => (text.length > ECHO_LENGTH ? `${text.slice(0, ECHO_LENGTH)}…` : text);

/** Why the fields cannot be played; `field` counts from 1 as the reader does. */
export type NumbersError =
  | { kind: 'empty'; field: number }
  | { kind: 'several'; field: number }
  | { kind: 'notNumber'; field: number; text: string }
  | { kind: 'notInteger'; field: number; text: string }
  | { kind: 'range'; field: number; text: string; min: number; max: number };

/** Plain decimal text: digits with an optional sign and fraction (so 'NaN', '1e3', '0x10' are not numbers here). */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * Reads the four fields: each must hold one integer in [1, 13] (`GAME24_LIMITS`). Spaces around
 * a number are ignored, the Unicode minus counts as "-", and "4.0" is 4.
 *
 * @example parseNumbers(['4', '9', '10', '13']) // { ok: true, numbers: [4, 9, 10, 13] }
 * @example parseNumbers(['4', '', '10', '13']) // { ok: false, error: { kind: 'empty', field: 2 } }
 * @example parseNumbers(['4', '9', '10', '14']) // { ok: false, error: { kind: 'range', field: 4, text: '14', min: 1, max: 13 } }
 */
export function parseNumbers(
  fields: readonly string[],
): { ok: true; numbers: number[] } | { ok: false; error: NumbersError } {
  const { min, max } = GAME24_LIMITS;
  const numbers: number[] = [];
  for (let i = 0; i < GAME24_LIMITS.count; i++) {
    const field = i + 1;
    const text = (fields[i] ?? '').trim().replace(/\u2212/g, '-');
    if (text === '') return { ok: false, error: { kind: 'empty', field } };
    if (/[\s,;]/.test(text)) return { ok: false, error: { kind: 'several', field } };
    if (!DECIMAL.test(text)) return { ok: false, error: { kind: 'notNumber', field, text: echo(text) } };
    const value = Number(text);
    // a huge digit string reads as Infinity: out of range rather than "not a whole number"
    if (Number.isFinite(value) && !Number.isInteger(value))
      return { ok: false, error: { kind: 'notInteger', field, text: echo(text) } };
    if (value < min || value > max)
      return { ok: false, error: { kind: 'range', field, text: echo(text), min, max } };
    numbers.push(value);
  }
  return { ok: true, numbers };
}

/**
 * The four fields a text holding exactly four numbers fills ("4 9 10 13", "4,9,10,13"), as typed;
 * null for any other count. Lets a reader paste a whole puzzle into one field, and reads the
 * `numbers` prop and the share link.
 *
 * @example splitFour('4 9 10 13') // ['4', '9', '10', '13']
 * @example splitFour('4 9 10') // null
 */
export function splitFour(text: string): Fields | null {
  const parts = text
    .trim()
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  if (parts.length !== 4) return null;
  const [a = '', b = '', c = '', d = ''] = parts;
  return [a, b, c, d];
}

/** Whether a text is a valid puzzle: exactly four integers in [1, 13] (the MDX `numbers` prop). */
export function isPuzzleText(text: string): boolean {
  const fields = splitFour(text);
  return fields !== null && parseNumbers(fields).ok;
}

/** The preset whose fields these are, if any. */
export function loadedPreset(fields: Fields): PresetKey | undefined {
  return PRESET_KEYS.find((key) => PRESETS[key].every((v, i) => v === fields[i]?.trim()));
}
