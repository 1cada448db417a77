/**
 * The tokenizer behind {@link evaluateArithmetic}: it splits an expression into numbers, names,
 * operators, parentheses and commas, skipping whitespace. It never throws: a character outside the
 * grammar becomes an `invalid` token, so the parser reports errors left to right.
 */

/** A binary or unary operator symbol. */
export type OperatorSymbol = '+' | '-' | '*' | '/' | '%' | '^';

/** One token with its 0-based position (a UTF-16 index into the expression). */
export type ArithmeticToken =
  | { readonly kind: 'number'; readonly text: string; readonly pos: number }
  | { readonly kind: 'name'; readonly text: string; readonly pos: number }
  | { readonly kind: 'operator'; readonly text: OperatorSymbol; readonly pos: number }
  | { readonly kind: '(' | ')' | ','; readonly text: string; readonly pos: number }
  | { readonly kind: 'invalid'; readonly text: string; readonly pos: number }
  | { readonly kind: 'end'; readonly text: ''; readonly pos: number };

const OPERATORS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '^']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isNameStart(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_');
}

function isNamePart(ch: string | undefined): boolean {
  return isNameStart(ch) || isDigit(ch);
}

/** Index just past the digits starting at `i`. */
function skipDigits(text: string, i: number): number {
  let j = i;
  while (isDigit(text[j])) j++;
  return j;
}

/**
 * Index just past the number literal starting at `start` (a digit, or a point before a digit):
 * `digits [. digits?]` or `. digits`, then an optional exponent `e|E [+|-] digits`. An `e` that is
 * not followed by digits is left alone, so `2e` is the number 2 followed by the name `e`.
 */
function scanNumber(text: string, start: number): number {
  let i = skipDigits(text, start);
  if (text[i] === '.') i = skipDigits(text, i + 1);
  const e = text[i];
  if (e === 'e' || e === 'E') {
    const sign = text[i + 1];
    const digitsAt = sign === '+' || sign === '-' ? i + 2 : i + 1;
    if (isDigit(text[digitsAt])) i = skipDigits(text, digitsAt);
  }
  return i;
}

/**
 * Splits `text` into tokens, ending with one `end` token at `text.length`.
 *
 * @example tokenizeArithmetic('2*pi').map((t) => t.text) // ['2', '*', 'pi', '']
 */
export function tokenizeArithmetic(text: string): ArithmeticToken[] {
  const tokens: ArithmeticToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1]))) {
      const end = scanNumber(text, i);
      tokens.push({ kind: 'number', text: text.slice(i, end), pos: i });
      i = end;
    } else if (isNameStart(ch)) {
      let end = i + 1;
      while (isNamePart(text[end])) end++;
      tokens.push({ kind: 'name', text: text.slice(i, end), pos: i });
      i = end;
    } else if (OPERATORS.has(ch)) {
      tokens.push({ kind: 'operator', text: ch as OperatorSymbol, pos: i });
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, pos: i });
      i++;
    } else {
      // One whole code point, so an astral character is quoted intact in the error message.
      const symbol = String.fromCodePoint(text.codePointAt(i) as number);
      tokens.push({ kind: 'invalid', text: symbol, pos: i });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}
