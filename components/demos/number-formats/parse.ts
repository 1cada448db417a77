/**
 * Reading the number a learner types into the number-format explorer: a decimal (`0.1`, `-3e-5`,
 * `65,504`) or a fraction of two decimals (`1/3`), which must be a finite double. Pure, so it is
 * tested without rendering; the rounding itself is `roundToFloat` in lib/training.
 */
import { parseDecimalField, shownText, type FieldError } from '@/components/demos/attention-lab/parse';

/** Why the typed value cannot be rounded. */
export type ValueError =
  | { kind: 'empty' }
  | { kind: 'notNumber'; text: string }
  /** the value is beyond ±1.8 × 10³⁰⁸, the largest double (`1e400`, `1e300/1e-300`) */
  | { kind: 'notFinite' }
  | { kind: 'divideByZero' };

export type ValueResult = { ok: true; value: number } | { ok: false; error: ValueError };

/** Longer text is not a number anyone types; it is cut before parsing so a paste stays cheap. */
export const MAX_VALUE_TEXT = 80;

function fromField(error: FieldError): ValueError {
  if (error.kind === 'tooLarge') return { kind: 'notFinite' };
  if (error.kind === 'empty') return error;
  return { kind: 'notNumber', text: error.text };
}

function decimal(text: string): ValueResult {
  const parsed = parseDecimalField(text, Number.MAX_VALUE);
  return parsed.ok ? parsed : { ok: false, error: fromField(parsed.error) };
}

/**
 * One finite number, typed as a decimal or as `p/q`. NaN, Infinity, `1e400`, text, emoji and lone
 * surrogates are refused with a reason; full-width digits and the minus sign U+2212 are read as
 * ASCII (see `normalizeNumberText`).
 *
 * @example parseValue('1/3') // { ok: true, value: 0.3333333333333333 }
 * @example parseValue('1e400') // { ok: false, error: { kind: 'notFinite' } }
 * @example parseValue('NaN') // { ok: false, error: { kind: 'notNumber', text: 'NaN' } }
 */
export function parseValue(text: string): ValueResult {
  if (text.length > MAX_VALUE_TEXT) return { ok: false, error: { kind: 'notNumber', text: shownText(text) } };
  const parts = text.split('/');
  if (parts.length === 1) return decimal(text);
  if (parts.length > 2) return { ok: false, error: { kind: 'notNumber', text: shownText(text.trim()) } };
  const p = decimal(parts[0] ?? '');
  const q = decimal(parts[1] ?? '');
  if (!p.ok) return p.error.kind === 'empty' ? { ok: false, error: notNumber(text) } : p;
  if (!q.ok) return q.error.kind === 'empty' ? { ok: false, error: notNumber(text) } : q;
  if (q.value === 0) return { ok: false, error: { kind: 'divideByZero' } };
  const value = p.value / q.value;
  if (!Number.isFinite(value)) return { ok: false, error: { kind: 'notFinite' } };
  return { ok: true, value: value + 0 };
}

const notNumber = (text: string): ValueError => ({ kind: 'notNumber', text: shownText(text.trim()) });
