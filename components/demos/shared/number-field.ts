/**
 * Pure helpers shared by the block-anatomy and kv-cache demos: reading a number a learner typed
 * and printing exact counts with thousands separators. No formulas: every count comes from lib/.
 */

/** Why a typed field was rejected before lib/ saw it. */
export type FieldError = { kind: 'empty' } | { kind: 'notNumber'; text: string };

/** A decimal, optionally signed, with an exponent; thousands separators (, _ space) are dropped. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads one numeric field. Any decimal is returned as typed (negative, fractional, 1e400 → Infinity),
 * so that lib/ range checks name the parameter and the allowed range; text that is not a number
 * at all (`abc`, `NaN`, `12a`, emoji) is rejected here. The Unicode minus (U+2212) counts as "-".
 *
 * @example parseField('4,096') // { ok: true, value: 4096 }
 * @example parseField('-3') // { ok: true, value: -3 }
 * @example parseField('NaN') // { ok: false, error: { kind: 'notNumber', text: 'NaN' } }
 */
export function parseField(text: string): { ok: true; value: number } | { ok: false; error: FieldError } {
  const clean = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[,_\s]/g, '');
  if (clean === '') return { ok: false, error: { kind: 'empty' } };
  if (!DECIMAL.test(clean)) return { ok: false, error: { kind: 'notNumber', text: text.trim() } };
  return { ok: true, value: Number(clean) };
}

/**
 * An integer with thousands separators, as published counts are written (6,738,415,616).
 *
 * @throws RangeError when `n` is not a safe integer (it would not print exactly).
 * @example groupDigits(6738415616) // '6,738,415,616'
 * @example groupDigits(-1234) // '−1,234'
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a safe integer, got ${String(n)}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `\u2212${digits}` : digits;
}

/**
 * The names in `names` that a lib/ error message mentions (`numHeads must be a multiple of
 * numKvHeads = 5, got 32` → numHeads, numKvHeads), so the demo can mark those fields invalid.
 *
 * @example fieldsInMessage('layers must be an integer >= 1, got 0', ['layers', 'kvHeads']) // ['layers']
 */
export function fieldsInMessage<K extends string>(message: string, names: readonly K[]): K[] {
  return names.filter((name) => new RegExp(`\\b${name}\\b`).test(message));
}
