/**
 * The contextual-calibration demo's plumbing between the typed table and lib: the draft, reading
 * it (text that is not a number is refused here; sums, negatives and a zero content-free
 * probability are refused by lib), what calibration changed, and lib's `normalizeProbs` for the
 * "Normalise" button. No formula lives here. Pure, tested in
 * tests/unit/demos/contextual-calibration-model.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { checkDistribution } from '@/lib/alignment/kl-divergence';
import { normalizeProbs } from '@/lib/decoding/normalize';
import { calibratedAccuracy, type CalibrationAccuracy } from '@/lib/prompting/calibration-accuracy';
import { PRESETS, type PresetKey } from './presets';

/** The table as typed: which preset's inputs, the content-free row, each input's row, the gold labels. */
export interface CcDraft {
  readonly set: PresetKey;
  readonly contentFree: readonly string[];
  readonly probs: readonly (readonly string[])[];
  readonly gold: readonly number[];
}

/** The draft a preset starts with. */
export function presetDraft(set: PresetKey): CcDraft {
  const preset = PRESETS[set];
  return {
    set,
    contentFree: preset.contentFree,
    probs: preset.rows.map((r) => r.probs),
    gold: preset.rows.map((r) => r.gold),
  };
}

export const DEFAULT_DRAFT: CcDraft = presetDraft('majority');

/** Where a bad value sits: the content-free row, or input `row` (0-based). */
export type Where = { kind: 'contentFree' } | { kind: 'row'; row: number };

export type CcError =
  | { kind: 'field'; where: Where; index: number; error: FieldError }
  | { kind: 'entry'; where: Where; index: number; message: string }
  | { kind: 'sum'; where: Where; message: string }
  | { kind: 'zero'; index: number; message: string }
  | { kind: 'lib'; message: string };

export type CcReading = { ok: true; result: CcResult } | { ok: false; error: CcError };

/** Lib's result with the gold labels it was scored against. */
export interface CcResult extends CalibrationAccuracy {
  readonly gold: readonly number[];
  readonly probs: readonly (readonly number[])[];
  readonly contentFree: readonly number[];
}

/** Calls `run`; a RangeError or TypeError from lib comes back as its message. */
function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Parses one row of fields and has lib check it is a distribution (finite, ≥ 0, sum 1 within 1e-9). */
function readRow(
  texts: readonly string[],
  where: Where,
  name: string,
): { ok: true; values: number[] } | { ok: false; error: CcError } {
  const values: number[] = [];
  for (const [index, text] of texts.entries()) {
    const parsed = parseField(text);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', where, index, error: parsed.error } };
    values.push(parsed.value);
  }
  const checked = attempt(() => checkDistribution(name, values));
  if (checked.ok) return { ok: true, values };
  const entry = /\[(\d+)\] must be/.exec(checked.message);
  return {
    ok: false,
    error: entry
      ? { kind: 'entry', where, index: Number(entry[1]), message: checked.message }
      : { kind: 'sum', where, message: checked.message },
  };
}

/**
 * Reads the table and scores it with lib's `calibratedAccuracy`: the content-free row first, then
 * each input's row (each must be a distribution: the model's probabilities over the label words,
 * renormalised), then lib refuses a content-free probability of 0 (it would divide by 0).
 *
 * @example readDraft(DEFAULT_DRAFT).ok // true
 */
export function readDraft(draft: CcDraft): CcReading {
  const cf = readRow(draft.contentFree, { kind: 'contentFree' }, 'contentFreeProbs');
  if (!cf.ok) return cf;
  const probs: number[][] = [];
  for (const [row, texts] of draft.probs.entries()) {
    const read = readRow(texts, { kind: 'row', row }, `rows[${row}].probs`);
    if (!read.ok) return read;
    probs.push(read.values);
  }
  const rows = probs.map((p, i) => ({ probs: p, label: draft.gold[i] ?? -1 }));
  const scored = attempt(() => calibratedAccuracy(rows, cf.values));
  if (!scored.ok) {
    const zero = /^contentFreeProbs\[(\d+)\] must be in \(0, 1\]/.exec(scored.message);
    return {
      ok: false,
      error: zero
        ? { kind: 'zero', index: Number(zero[1]), message: scored.message }
        : { kind: 'lib', message: scored.message },
    };
  }
  return { ok: true, result: { ...scored.value, gold: draft.gold, probs, contentFree: cf.values } };
}

/** What calibration did to one input. */
export type Change = 'fixed' | 'broken' | 'same';

/**
 * Per input: 'fixed' when the raw prediction was wrong and the calibrated one is right, 'broken'
 * for the reverse, 'same' otherwise (both right, both wrong).
 *
 * @example changes({ rows: [{ before: 0, after: 1 }], gold: [1] }) // ['fixed']
 */
export function changes(result: Pick<CcResult, 'rows' | 'gold'>): Change[] {
  return result.rows.map((r, i) => {
    const gold = result.gold[i];
    const [was, is] = [r.before === gold, r.after === gold];
    return was === is ? 'same' : is ? 'fixed' : 'broken';
  });
}

/**
 * One row of fields rescaled to sum to 1 by lib's `normalizeProbs`, printed with 12 significant
 * digits (at most 5 × 10⁻¹³ off per label, well within lib's 1e-9), or null when it cannot be
 * rescaled (a field is not a number, an entry is negative, or all are 0).
 *
 * @example normalisedRow(['0.7', '0.2']) // ['0.777777777778', '0.222222222222']
 */
export function normalisedRow(texts: readonly string[]): string[] | null {
  const values: number[] = [];
  for (const text of texts) {
    const parsed = parseField(text);
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  const result = attempt(() => normalizeProbs(values));
  return result.ok ? result.value.map((p) => String(Number(p.toPrecision(12)))) : null;
}

/**
 * The draft with every row (the content-free one included) that does not already sum to 1
 * rescaled; rows that cannot be rescaled stay as typed. Null when nothing would change.
 */
export function normalisedDraft(draft: CcDraft): CcDraft | null {
  let changed = false;
  const fix = (texts: readonly string[], name: string) => {
    const values = texts.map((x) => parseField(x));
    const numbers = values.flatMap((v) => (v.ok ? [v.value] : []));
    if (numbers.length === texts.length && attempt(() => checkDistribution(name, numbers)).ok) return texts;
    const next = normalisedRow(texts);
    if (next === null) return texts;
    changed = true;
    return next;
  };
  const next = {
    ...draft,
    contentFree: fix(draft.contentFree, 'contentFreeProbs'),
    probs: draft.probs.map((row) => fix(row, 'probs')),
  };
  return changed ? next : null;
}

/** Whether the draft holds its set's preset exactly (fields compared as typed, trimmed). */
export function isPreset(draft: CcDraft): boolean {
  const preset = presetDraft(draft.set);
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x.trim() === b[i]);
  return (
    same(draft.contentFree, preset.contentFree) &&
    draft.probs.every((row, i) => same(row, preset.probs[i] ?? [])) &&
    draft.gold.every((g, i) => g === preset.gold[i])
  );
}
