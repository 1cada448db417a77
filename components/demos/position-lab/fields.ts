/**
 * Reading the position lab's number fields: a whole number within the field's range, or the
 * reason it cannot be used. Values that are a formula's domain (an even d_model or head
 * dimension, at least one head) are checked by calling lib and catching its RangeError.
 */
import { parseIntegerField, parseVectorField } from '@/components/demos/attention-lab/parse';
import type { PositionFieldError } from './text';

export type Field<T> = { ok: true; value: T } | { ok: false; error: PositionFieldError };

/**
 * A whole number in [min, max]; then `check` (a lib call) must accept it.
 *
 * @example readInteger('6', 1, 64, (h) => alibiSlopes(h)) // { ok: true, value: 6 }
 * @example readInteger('0', 0, 64, (h) => alibiSlopes(h)) // { ok: false, error: { kind: 'lib', value: 0, … } }
 */
export function readInteger(
  text: string,
  min: number,
  max: number,
  check?: (value: number) => unknown,
): Field<number> {
  const parsed = parseIntegerField(text, Math.max(Math.abs(min), Math.abs(max)));
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (check) {
    try {
      check(value);
    } catch (e) {
      return { ok: false, error: { kind: 'lib', value, detail: e instanceof Error ? e.message : String(e) } };
    }
  }
  if (value < min || value > max) return { ok: false, error: { kind: 'range', min, max, value } };
  return { ok: true, value };
}

/**
 * A 2-vector such as "1, 0", each entry at most `maxAbs` in absolute value.
 *
 * @example readPair('0.8, 0.6', 10) // { ok: true, value: [0.8, 0.6] }
 */
export function readPair(text: string, maxAbs: number): Field<[number, number]> {
  const parsed = parseVectorField(text, 2, maxAbs);
  if (!parsed.ok) return parsed;
  return { ok: true, value: [parsed.value[0]!, parsed.value[1]!] };
}
