/**
 * Reading the numbers a learner types into the attention and position labs: one number per field.
 * Pure, so it is tested without rendering. Ranges that are a formula's domain (an even head
 * dimension, at least one head) are left to `lib/transformer`, which throws; these helpers only
 * turn text into a finite number or say why they cannot.
 */

/** Why a field was rejected. `text` is the offending input, made safe to print (see `shownText`). */
export type FieldError =
  | { kind: 'empty' }
  | { kind: 'notNumber'; text: string }
  | { kind: 'notInteger'; text: string }
  | { kind: 'tooLarge'; max: number };

export type FieldResult = { ok: true; value: number } | { ok: false; error: FieldError };

/** A plain decimal, as in `parseNumberList` (lib/format): no hex, no "Infinity", no bare sign. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_SHOWN = 16;

/**
 * The input as a reader would expect it to be read: NFKC folds full-width digits (１２ → 12) and
 * the full-width minus; the typographic minus U+2212 (which the site prints) becomes '-'.
 *
 * @example normalizeNumberText(' −１.5 ') // '-1.5'
 */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
}

/**
 * Text safe and short enough to quote in a message: lone surrogates become U+FFFD, and more than
 * 16 code points are cut with an ellipsis (emoji count as one).
 *
 * @example shownText('\uD800abc') // '\uFFFDabc'
 */
export function shownText(text: string): string {
  const points = Array.from(text.replace(LONE_SURROGATE, '\uFFFD'));
  return points.length > MAX_SHOWN ? `${points.slice(0, MAX_SHOWN).join('')}…` : points.join('');
}

/**
 * One decimal number with |x| ≤ maxAbs.
 *
 * @example parseDecimalField('0.5', 100) // { ok: true, value: 0.5 }
 * @example parseDecimalField('', 100) // { ok: false, error: { kind: 'empty' } }
 */
export function parseDecimalField(text: string, maxAbs: number): FieldResult {
  const clean = normalizeNumberText(text);
  if (clean === '') return { ok: false, error: { kind: 'empty' } };
  if (!DECIMAL.test(clean)) return { ok: false, error: { kind: 'notNumber', text: shownText(text.trim()) } };
  const value = Number(clean);
  if (!(Math.abs(value) <= maxAbs)) return { ok: false, error: { kind: 'tooLarge', max: maxAbs } };
  // −0 would print as "−0"; it is the same number as 0 here.
  return { ok: true, value: value + 0 };
}

/**
 * One integer with |x| ≤ max (0 and negatives pass: lib decides whether they are allowed).
 *
 * @example parseIntegerField('8', 64) // { ok: true, value: 8 }
 * @example parseIntegerField('2.5', 64) // { ok: false, error: { kind: 'notInteger', text: '2.5' } }
 */
export function parseIntegerField(text: string, max: number): FieldResult {
  const parsed = parseDecimalField(text, Infinity);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value))
    return { ok: false, error: { kind: 'notInteger', text: shownText(text.trim()) } };
  if (Math.abs(parsed.value) > max) return { ok: false, error: { kind: 'tooLarge', max } };
  return parsed;
}

/**
 * A comma- or space-separated vector of exactly `length` decimals, each |x| ≤ maxAbs.
 *
 * @example parseVectorField('1, 0', 2, 10) // { ok: true, value: [1, 0] }
 */
export function parseVectorField(
  text: string,
  length: number,
  maxAbs: number,
):
  | { ok: true; value: number[] }
  | { ok: false; error: FieldError | { kind: 'length'; expected: number; got: number } } {
  const parts = normalizeNumberText(text)
    .split(/[\s,，、;；]+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { ok: false, error: { kind: 'empty' } };
  const out: number[] = [];
  for (const part of parts) {
    const one = parseDecimalField(part, maxAbs);
    if (!one.ok) return one;
    out.push(one.value);
  }
  if (out.length !== length)
    return { ok: false, error: { kind: 'length', expected: length, got: out.length } };
  return { ok: true, value: out };
}
