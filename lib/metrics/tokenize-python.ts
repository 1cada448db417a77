/**
 * Python's `str.split()` and `str.rstrip()` with no arguments, which sacreBLEU and the SQuAD script
 * use to cut text into tokens. JavaScript's `\s` is a different set (it has U+FEFF; Python has the
 * control characters U+001C–U+001F and U+0085), so a port that splits on `/\s+/` drifts from the
 * reference on such input.
 */

/**
 * The characters for which Python's `str.isspace()` is true (CPython 3.11, Unicode 14): tab, line
 * feed, vertical tab, form feed, carriage return, U+001C–U+001F, space, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. Not U+200B or U+FEFF.
 */
const PY_WHITESPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE}]+`, 'u');
const PY_WHITESPACE_CHAR = new RegExp(`^[${PY_WHITESPACE}]$`, 'u');

/**
 * Splits a string on runs of whitespace and drops empty pieces, as Python's `str.split()` does.
 *
 * Formula: the maximal runs of non-whitespace characters, whitespace as Python's `str.isspace()`
 * (https://docs.python.org/3/library/stdtypes.html#str.split).
 *
 * @param text any string.
 * @throws never (callers check the type).
 * @example pythonSplit(' a\u3000b\ufeffc ') // ['a', 'b\ufeffc']
 */
export function pythonSplit(text: string): string[] {
  return text.split(PY_WHITESPACE_RUN).filter((piece) => piece !== '');
}

/**
 * Removes trailing whitespace, as Python's `str.rstrip()` does.
 *
 * Formula: `text` without its longest whitespace suffix, whitespace as Python's `str.isspace()`
 * (https://docs.python.org/3/library/stdtypes.html#str.rstrip).
 *
 * @param text any string.
 * @throws never (callers check the type).
 * @example pythonRstrip('a b \n') // 'a b'
 */
export function pythonRstrip(text: string): string {
  // A loop from the end, not /\s+$/: that regex retries every start inside a long whitespace run
  // followed by text, which is quadratic. All of these characters are in the BMP (one code unit).
  let end = text.length;
  while (end > 0 && PY_WHITESPACE_CHAR.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
