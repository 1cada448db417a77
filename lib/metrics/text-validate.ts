import { describeValue } from '@/lib/utils/validate';

/**
 * Argument checks for the text metrics (BLEU, ROUGE, SQuAD), in the style of
 * `lib/utils/validate.ts`: `TypeError` for a wrong type, `RangeError` for a wrong value, and a
 * message naming the parameter.
 */

// The string checks are shared with lib/tokenization; they live in lib/utils/validate.
export { checkString, checkStringArray } from '@/lib/utils/validate';

/**
 * Returns `value` when it is one of the allowed strings.
 *
 * @throws {TypeError} when `value` is not a string.
 * @throws {RangeError} `${name} must be one of 'a', 'b', got "c"` when it is not allowed.
 * @example checkOneOf('tokenize', '13a', ['13a', 'none'] as const) // '13a'
 */
export function checkOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  const list = allowed.map((a) => `'${a}'`).join(', ');
  if (typeof value !== 'string')
    throw new TypeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  }
  return value as T;
}

/**
 * Returns `value` when it is a boolean.
 *
 * @throws {TypeError} `${name} must be a boolean, got ${value}` otherwise.
 * @example checkBoolean('useEffectiveOrder', true) // true
 */
export function checkBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new TypeError(`${name} must be a boolean, got ${describeValue(value)}`);
  return value;
}
