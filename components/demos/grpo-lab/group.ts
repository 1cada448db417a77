/**
 * The GRPO lab's data: a group of sampled answers as the learner edits it (each answer right or
 * wrong, with or without the format bonus, its length as typed), the presets of both tabs, the
 * rule-based reward, and reading the group size G. No GRPO formulas: lib/alignment computes
 * those. Pure; tested in tests/unit/demos/grpo-lab-group.test.ts.
 */
import type { FieldError } from '@/components/demos/shared/number-field';
import { parseField } from '@/components/demos/shared/number-field';
import { GRPO_LOSS_TYPES, type GrpoLossType } from '@/lib/alignment/grpo-loss';

/** The lab's two views; each instance on a page shows one. */
export const TABS = ['advantages', 'aggregation'] as const;
export type GrpoTab = (typeof TABS)[number];

/** The most answers the demo shows in one group (TRL's default `num_generations` is 8). */
export const MAX_G = 16;

/**
 * The rule-based reward, in the spirit of DeepSeek-R1 §2.2.2 (an accuracy reward and a format
 * reward): 1 for a right final answer, 0 for a wrong one, plus this bonus when the format reward is
 * on and the answer keeps to the <think>…</think><answer>…</answer> template. The weights are the
 * demo's choice; the R1 report does not publish numeric weights.
 */
export const FORMAT_BONUS = 0.5;

/** One sampled answer as edited: right or wrong, format kept or not, length in tokens as typed. */
export interface Row {
  readonly correct: boolean;
  readonly format: boolean;
  readonly length: string;
}

/** What an answer added by raising G looks like. */
export const DEFAULT_ROW: Row = { correct: false, format: true, length: '500' };

/** The advantages tab: G as typed, the format reward on or off, and MAX_G rows (the first G count). */
export interface AdvantagesDraft {
  readonly g: string;
  readonly formatOn: boolean;
  readonly rows: readonly Row[];
}

/** The aggregation tab: G, rows, max_completion_length as typed, loss type, std scaling on or off. */
export interface AggregationDraft {
  readonly g: string;
  readonly rows: readonly Row[];
  readonly maxLength: string;
  readonly lossType: GrpoLossType;
  readonly scale: boolean;
}

const row = (correct: boolean, length: number, format = true): Row => ({
  correct,
  format,
  length: String(length),
});

/** Pads rows to MAX_G with DEFAULT_ROW (extra rows are dropped). */
export function fillRows(rows: readonly Row[]): Row[] {
  return Array.from({ length: MAX_G }, (_, i) => rows[i] ?? DEFAULT_ROW);
}

export const ADVANTAGE_PRESET_KEYS = ['hard', 'easy', 'allWrong', 'mixedLengths'] as const;
export type AdvantagePreset = (typeof ADVANTAGE_PRESET_KEYS)[number];

/** Eight answers each; lengths are made-up but plausible for short math solutions. */
const ADVANTAGE_PRESETS: Record<AdvantagePreset, readonly Row[]> = {
  // a hard question: one of eight samples is right
  hard: [320, 410, 380, 450, 300, 520, 360, 400].map((l, i) => row(i === 0, l)),
  // an easy question: seven of eight are right
  easy: [320, 410, 380, 450, 300, 520, 360, 400].map((l, i) => row(i < 7, l)),
  // no answer is right: every reward equal, so no signal
  allWrong: [320, 410, 380, 450, 300, 520, 360, 400].map((l) => row(false, l)),
  // half right, with lengths from 150 to 2,400 tokens
  mixedLengths: [150, 1800, 600, 350, 1500, 900, 260, 2400].map((l, i) => row(i % 2 === 0, l)),
};

/** The advantages tab opens on the hard question, format reward off. */
export const DEFAULT_ADVANTAGES: AdvantagesDraft = {
  g: '8',
  formatOn: false,
  rows: fillRows(ADVANTAGE_PRESETS.hard),
};

/** The draft with a preset's eight answers (the format switch stays). */
export function withAdvantagePreset(draft: AdvantagesDraft, key: AdvantagePreset): AdvantagesDraft {
  return { ...draft, g: '8', rows: fillRows(ADVANTAGE_PRESETS[key]) };
}

/** Whether the first n rows of `rows` are `preset`'s (lengths compared as typed, trimmed). */
const sameRows = (rows: readonly Row[], preset: readonly Row[], n: number) =>
  rows.slice(0, n).every((r, i) => {
    const p = preset[i];
    return (
      p !== undefined && p.correct === r.correct && p.format === r.format && r.length.trim() === p.length
    );
  });

/** The preset the draft holds (G = 8 and the same eight answers), if any. */
export function loadedAdvantagePreset(draft: AdvantagesDraft): AdvantagePreset | undefined {
  if (draft.g.trim() !== '8') return undefined;
  return ADVANTAGE_PRESET_KEYS.find((key) => sameRows(draft.rows, ADVANTAGE_PRESETS[key], 8));
}

export const AGGREGATION_PRESET_KEYS = ['pair', 'eight'] as const;
export type AggregationPreset = (typeof AGGREGATION_PRESET_KEYS)[number];

const AGGREGATION_PRESETS: Record<AggregationPreset, { g: string; rows: readonly Row[] }> = {
  // the protagonists: a short right answer and a long wrong one
  pair: { g: '2', rows: [row(true, 200), row(false, 1800)] },
  // the same two among six more answers of assorted lengths
  eight: {
    g: '8',
    rows: [
      row(true, 200),
      row(false, 1800),
      row(true, 600),
      row(false, 900),
      row(false, 1200),
      row(true, 400),
      row(false, 1500),
      row(false, 700),
    ],
  },
};

/** The aggregation tab opens on the pair under 'grpo', with std scaling and L = 2,048. */
export const DEFAULT_AGGREGATION: AggregationDraft = {
  g: '2',
  rows: fillRows(AGGREGATION_PRESETS.pair.rows),
  maxLength: '2048',
  lossType: 'grpo',
  scale: true,
};

/** The draft with a preset's answers (loss type, L and scaling stay). */
export function withAggregationPreset(draft: AggregationDraft, key: AggregationPreset): AggregationDraft {
  const preset = AGGREGATION_PRESETS[key];
  return { ...draft, g: preset.g, rows: fillRows(preset.rows) };
}

/** The order the loss types are offered in (TRL's names). */
export const LOSS_TYPES: readonly GrpoLossType[] = GRPO_LOSS_TYPES;

/**
 * The rule-based reward of one answer: 1 or 0 for accuracy, plus FORMAT_BONUS when the format
 * reward is on and the answer keeps the format.
 *
 * @example ruleReward({ correct: true, format: true, length: '9' }, true) // 1.5
 * @example ruleReward({ correct: false, format: true, length: '9' }, false) // 0
 */
export function ruleReward(r: Row, formatOn: boolean): number {
  return (r.correct ? 1 : 0) + (formatOn && r.format ? FORMAT_BONUS : 0);
}

/** Why a typed G was refused before lib saw it. */
export type GroupSizeError =
  FieldError | { kind: 'notWhole'; text: string } | { kind: 'tooMany'; max: number };

/**
 * Reads G. Whole numbers from 0 to MAX_G come back as they are — lib refuses a group of 0 or 1
 * with its own message; a fraction or a negative number cannot be a count, and more than MAX_G
 * answers do not fit the demo.
 *
 * @example parseGroupSize('8') // { ok: true, value: 8 }
 * @example parseGroupSize('1') // { ok: true, value: 1 } (lib will refuse it)
 * @example parseGroupSize('2.5') // { ok: false, error: { kind: 'notWhole', text: '2.5' } }
 */
export function parseGroupSize(
  text: string,
): { ok: true; value: number } | { ok: false; error: GroupSizeError } {
  const parsed = parseField(text);
  if (!parsed.ok) return parsed;
  const g = parsed.value;
  if (!Number.isInteger(g) || g < 0) return { ok: false, error: { kind: 'notWhole', text: text.trim() } };
  if (g > MAX_G) return { ok: false, error: { kind: 'tooMany', max: MAX_G } };
  return { ok: true, value: g };
}

/** The draft with row i replaced. */
export function withRow<D extends { rows: readonly Row[] }>(draft: D, i: number, next: Partial<Row>): D {
  return { ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...next } : r)) };
}
