import { describeValue } from '@/lib/utils/validate';

/**
 * Code points that Python's `str.isspace()` accepts (bidirectional class WS, B or S, or general
 * category Zs), as of Python 3.11 / Unicode 14: tab, LF, VT, FF, CR, the file/group/record/unit
 * separators U+001C–U+001F, space, NEL U+0085, NBSP U+00A0, U+1680, U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F and U+3000. JavaScript's `trim` differs: it keeps U+001C–U+001F and
 * U+0085 and removes the BOM U+FEFF, which Python keeps.
 */
const PYTHON_WHITESPACE: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/**
 * Python's `str.strip()` with no argument: removes leading and trailing characters for which
 * `str.isspace()` is true. This is what Jinja's `trim` filter does (`do_trim` calls
 * `value.strip(chars)` with chars None), so chat templates that write `message['content'] | trim`
 * strip exactly this set — not JavaScript's `String.prototype.trim` set.
 *
 * Formula: the longest substring s[i, j) with s[i] and s[j − 1] not whitespace (every character
 * outside the set is a single UTF-16 unit, so indexing by units is exact).
 *
 * @param text any string.
 * @throws {TypeError} when text is not a string.
 * @example pythonStrip('\u001f hi \ufeff') // 'hi \ufeff' (Python keeps the BOM; JS `trim` would not)
 */
export function pythonStrip(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describeValue(text)}`);
  let start = 0;
  let end = text.length;
  while (start < end && PYTHON_WHITESPACE.has(text.charCodeAt(start))) start++;
  while (end > start && PYTHON_WHITESPACE.has(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
