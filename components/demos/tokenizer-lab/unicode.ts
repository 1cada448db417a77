/**
 * Unicode chores of the tokenizer lab: finding lone surrogates, capping a text by code points,
 * telling CJK characters apart and making whitespace visible. Pure, so it is unit-tested.
 */

/** Where a string holds a UTF-16 surrogate with no partner, and how many there are. */
export interface LoneSurrogates {
  /** how many lone surrogates the text holds */
  count: number;
  /** the UTF-16 index of the first one, or −1 */
  firstIndex: number;
  /** the first one as `U+D83D`, or '' */
  firstCode: string;
}

/** `0xd83d` → `'U+D83D'`. */
export function codeLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Finds lone surrogates: a high surrogate not followed by a low one, or a low one not preceded by
 * a high one. They have no UTF-8 encoding (RFC 3629), so no byte-level tokenizer can take them.
 *
 * @example findLoneSurrogates('a\ud83db') // { count: 1, firstIndex: 1, firstCode: 'U+D83D' }
 * @example findLoneSurrogates('👍').count // 0
 */
export function findLoneSurrogates(text: string): LoneSurrogates {
  let count = 0;
  let firstIndex = -1;
  let firstCode = '';
  let unit = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      count += 1;
      if (firstIndex === -1) {
        firstIndex = unit;
        firstCode = codeLabel(cp);
      }
    }
    unit += ch.length;
  }
  return { count, firstIndex, firstCode };
}

/**
 * Replaces every lone surrogate with U+FFFD, as tiktoken's `encode` does ("lone surrogate just
 * gets replaced", tests/test_encoding.py) and as a browser's `TextEncoder` does silently.
 *
 * @example replaceLoneSurrogates('a\ud83db') // 'a\ufffdb'
 */
export function replaceLoneSurrogates(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out += cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : ch;
  }
  return out;
}

/**
 * The first `max` code points of `text`, without splitting a surrogate pair, and whether anything
 * was cut. Stops reading once past the cap, so a pasted megabyte costs little.
 *
 * @example capCodePoints('a😀b', 2) // { text: 'a😀', truncated: true }
 */
export function capCodePoints(text: string, max: number): { text: string; truncated: boolean } {
  let n = 0;
  let end = 0;
  for (const ch of text) {
    if (n === max) return { text: text.slice(0, end), truncated: true };
    n += 1;
    end += ch.length;
  }
  return { text, truncated: false };
}

/**
 * CJK characters as this demo counts them: the Han, Hiragana, Katakana, Hangul and Bopomofo
 * scripts, CJK symbols and punctuation (U+3000–U+303F, e.g. 。) and the full-width forms
 * (U+FF00–U+FFEF, e.g. ，).
 */
const CJK =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]$/u;

/** Whether one character (code point) is CJK in the sense above. @example isCjk('中') // true */
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

const VISIBLE: Record<string, string> = { ' ': '␣', '\n': '↵', '\r': '␍', '\t': '⇥' };

/**
 * A token's text made visible: space ␣, newline ↵, carriage return ␍, tab ⇥, other control
 * characters as `U+XXXX`, and a dotted circle ◌ before a leading combining mark so it does not
 * attach to the previous token on screen.
 *
 * @example visibleText(' hi\n') // '␣hi↵'
 * @example visibleText('\u0301') // '◌\u0301'
 */
export function visibleText(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = VISIBLE[ch];
    if (mapped !== undefined) out += mapped;
    else if (/\p{Cc}/u.test(ch)) out += `‹${codeLabel(ch.codePointAt(0) as number)}›`;
    else out += ch;
  }
  return /^\p{M}/u.test(out) ? `◌${out}` : out;
}

/** Bytes as upper-case hex pairs. @example hexBytes([0xe4, 0xb8]) // 'E4 B8' */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
