import { describeValue } from '@/lib/utils/validate';

/**
 * Checks for the string and boolean options of the calculators, in the style of
 * `lib/utils/validate.ts`: `TypeError` for a wrong type, `RangeError` for a wrong value, and a
 * message naming the parameter.
 */

/**
 * Returns `value` when it is one of the allowed strings.
 *
 * @throws {TypeError} when `value` is not a string.
 * @throws {RangeError} `${name} must be one of 'a', 'b', got "c"` when it is not allowed.
 * @example checkChoice('mlp', 'gated', ['gated', 'standard'] as const) // 'gated'
 */
export function checkChoice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  const list = allowed.map((a) => `'${a}'`).join(', ');
  if (typeof value !== 'string') {
    throw new TypeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  }
  return value as T;
}

/**
 * Returns `value` when it is a boolean.
 *
 * @throws {TypeError} `${name} must be a boolean, got ${value}` otherwise.
 * @example checkFlag('tiedEmbeddings', true) // true
 */
export function checkFlag(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new TypeError(`${name} must be a boolean, got ${describeValue(value)}`);
  }
  return value;
}
