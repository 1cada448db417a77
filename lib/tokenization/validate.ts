export { checkString, checkStringArray } from '@/lib/utils/validate';

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
