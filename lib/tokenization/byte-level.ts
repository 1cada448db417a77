import { checkString } from './validate';

/** Bytes that GPT-2 keeps as their own Latin-1 character: printable ASCII and most of Latin-1. */
function keepsOwnCharacter(byte: number): boolean {
  return (byte >= 0x21 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xac) || (byte >= 0xae && byte <= 0xff);
}

/** The table, built once; callers get copies. */
const ALPHABET: readonly string[] = (() => {
  const table: string[] = [];
  let shifted = 0;
  for (let byte = 0; byte < 256; byte++) {
    table.push(String.fromCodePoint(keepsOwnCharacter(byte) ? byte : 0x100 + shifted++));
  }
  return table;
})();

/**
 * The byte → character table of byte-level BPE (GPT-2, RoBERTa, Llama 3, Qwen): index b holds the
 * printable character that stands for byte b.
 *
 * Formula: bytes 0x21–0x7E, 0xA1–0xAC and 0xAE–0xFF map to the character with the same code
 * point; the other 68 (0x00–0x20, 0x7F–0xA0 and 0xAD: space, controls, no-break space, soft
 * hyphen) map to U+0100, U+0101, … in byte order. So a space is `Ġ` (U+0120), a newline `Ċ`
 * (U+010A), a tab `ĉ` (U+0109). Every character is visible and none is whitespace, so BPE can
 * treat any byte string as ordinary text. This is `bytes_to_unicode` in openai/gpt-2
 * `src/encoder.py` (https://github.com/openai/gpt-2/blob/master/src/encoder.py).
 *
 * @throws never.
 * @example byteLevelAlphabet()[32] // 'Ġ'
 * @example byteLevelAlphabet()[10] // 'Ċ'
 * @example byteLevelAlphabet()[65] // 'A'
 */
export function byteLevelAlphabet(): string[] {
  return [...ALPHABET];
}

/**
 * Appends the UTF-8 bytes of one code point.
 *
 * Formula: RFC 3629 — 1 byte below U+0080, 2 below U+0800, 3 below U+10000, else 4.
 */
function pushUtf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else {
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
}

/**
 * The UTF-8 bytes of a string, one entry per byte.
 *
 * @throws {RangeError} when the string holds a lone surrogate (it has no UTF-8 encoding; Python's
 *   `str.encode('utf-8')` refuses it too, where `TextEncoder` would silently write U+FFFD).
 * @example utf8Bytes('中') // [0xe4, 0xb8, 0xad]
 */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  let unit = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      throw new RangeError(
        `text must be well-formed UTF-16, got a lone surrogate U+${cp.toString(16).toUpperCase()} at index ${unit}`,
      );
    }
    pushUtf8(cp, bytes);
    unit += ch.length;
  }
  return bytes;
}

/**
 * Byte-level encoding of a string: its UTF-8 bytes, each written as its `byteLevelAlphabet`
 * character. This is the text that byte-level BPE merges operate on.
 *
 * Formula: `''.join(byte_encoder[b] for b in text.encode('utf-8'))`, as GPT-2's `Encoder.encode`
 * does to each pre-token (openai/gpt-2 `src/encoder.py`). One character per byte, so `'中'` (3
 * UTF-8 bytes) becomes 3 characters and an emoji (4 bytes) 4.
 *
 * @param text any well-formed string.
 * @throws {TypeError} when `text` is not a string.
 * @throws {RangeError} when `text` holds a lone surrogate.
 * @example byteLevelEncode(' Hello world\n') // 'ĠHelloĠworldĊ'
 * @example byteLevelEncode('中') // 'ä¸Ń'
 */
export function byteLevelEncode(text: string): string {
  const bytes = utf8Bytes(checkString('text', text));
  let out = '';
  for (const b of bytes) out += ALPHABET[b] as string;
  return out;
}
