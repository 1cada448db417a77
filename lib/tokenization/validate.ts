import { describeValue } from '@/lib/utils/validate';

/**
 * Returns `value` when it is a string.
 *
 * @throws {TypeError} `${name} must be a string, got …` otherwise.
 * @example checkString('text', 'hug') // 'hug'
 */
export function checkString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string, got ${describeValue(value)}`);
  return value;
}

/**
 * Returns `value` as an array of strings. Only types are checked.
 *
 * @throws {TypeError} when `value` is not an array or an item is not a string (`words[1] must be a
 *   string, got 3`).
 * @example checkStringArray('words', ['hug', 'pug']) // ['hug', 'pug']
 */
export function checkStringArray(name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of strings, got ${describeValue(value)}`);
  }
  value.forEach((item: unknown, i) => checkString(`${name}[${i}]`, item));
  return value as readonly string[];
}

/**
 * Splits a string into its Unicode code points, as Python's `list(text)` does: a character outside
 * the Basic Multilingual Plane (`'😀'`, two UTF-16 units) is one item, not two.
 *
 * @throws never.
 * @example codePoints('a😀') // ['a', '😀']
 */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
