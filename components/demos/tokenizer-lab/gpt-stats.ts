/**
 * The GPT tab's bookkeeping: prepare the reader's text (cap, lone surrogates), line each token id
 * up with the bytes and characters it covers, and count tokens, characters and UTF-8 bytes for
 * the CJK part and the rest. Pure; the tokenizer itself is passed in.
 */
import { byteLevelAlphabet, codePoints, utf8Bytes } from '@/lib/tokenization';
import { capCodePoints, findLoneSurrogates, isCjk, replaceLoneSurrogates } from './unicode';

/** The tokenizer reads at most this many characters (code points); the demo says so. */
export const GPT_MAX_CHARS = 5000;
/** At most this many token chips are drawn; the counts cover every token. */
export const GPT_MAX_CHIPS = 600;

/** The reader's text as the tokenizer gets it. */
export interface PreparedText {
  text: string;
  /** the input had more than `GPT_MAX_CHARS` code points and was cut */
  truncated: boolean;
  /** lone surrogates replaced with U+FFFD, where the first one was (UTF-16 index) and which */
  surrogates: { count: number; firstIndex: number; firstCode: string };
}

/**
 * Caps the text at `GPT_MAX_CHARS` code points, then replaces lone surrogates with U+FFFD (they
 * have no UTF-8 form; tiktoken replaces them the same way) and reports both.
 *
 * @example prepareGptText('a\ud83d').text // 'a\ufffd'
 */
export function prepareGptText(raw: string): PreparedText {
  const capped = capCodePoints(raw, GPT_MAX_CHARS);
  const surrogates = findLoneSurrogates(capped.text);
  const text = surrogates.count > 0 ? replaceLoneSurrogates(capped.text) : capped.text;
  return { text, truncated: capped.truncated, surrogates };
}

/** A rank-table entry of gpt-tokenizer: the token's text, or its raw bytes when not valid UTF-8. */
export type RankEntry = string | readonly number[] | undefined;

/**
 * A token's bytes from its rank-table entry: the UTF-8 of a string entry, the bytes themselves
 * otherwise; `[]` for an id the table does not hold.
 *
 * @example rankBytes('中') // [0xe4, 0xb8, 0xad]
 */
export function rankBytes(entry: RankEntry): number[] {
  if (entry === undefined) return [];
  return typeof entry === 'string' ? utf8Bytes(entry) : [...entry];
}

export type CharClass = 'cjk' | 'other' | 'both';

/** One token as the tab draws it. */
export interface TokenView {
  id: number;
  bytes: number[];
  /** the characters the token covers, or null when it starts or ends inside a character */
  text: string | null;
  /** the bytes written with GPT-2's byte → character table */
  byteLevel: string;
  /** which kind of characters the token touches */
  kind: CharClass;
}

/** Characters, UTF-8 bytes and tokens of one part of the text. */
export interface PartCounts {
  chars: number;
  bytes: number;
  tokens: number;
}

export interface GptAnalysis {
  tokens: TokenView[];
  total: PartCounts;
  cjk: PartCounts;
  other: PartCounts;
  /** tokens that touch both CJK and other characters (counted in neither part) */
  both: number;
  /** the token bytes did not add up to the text's bytes (a tokenizer/table mismatch) */
  mismatch: boolean;
}

/** tokens ÷ characters, or null when there are no characters. */
export function tokensPerChar(part: PartCounts): number | null {
  return part.chars === 0 ? null : part.tokens / part.chars;
}

/**
 * Lines the token ids up with the text. Each character (code point) owns a byte range of the
 * text's UTF-8; each token takes the next `bytesOf(id).length` bytes. A token whose range starts
 * and ends on character boundaries shows those characters; otherwise it is a partial UTF-8
 * sequence and shows only bytes. A token is `cjk` when every character it touches is CJK,
 * `other` when none is, `both` otherwise.
 *
 * @param text well-formed text (see `prepareGptText`).
 * @example analyzeTokens('中', [0], () => [0xe4, 0xb8, 0xad]).tokens[0].text // '中'
 */
export function analyzeTokens(
  text: string,
  ids: readonly number[],
  bytesOf: (id: number) => number[],
): GptAnalysis {
  const alphabet = byteLevelAlphabet();
  const chars = codePoints(text);
  // starts[k] = first byte of character k; starts[chars.length] = total bytes.
  const starts: number[] = [0];
  const cjkFlags: boolean[] = [];
  const cjk: PartCounts = { chars: 0, bytes: 0, tokens: 0 };
  const other: PartCounts = { chars: 0, bytes: 0, tokens: 0 };
  for (const ch of chars) {
    const n = utf8Bytes(ch).length;
    const flag = isCjk(ch);
    cjkFlags.push(flag);
    const part = flag ? cjk : other;
    part.chars += 1;
    part.bytes += n;
    starts.push((starts[starts.length - 1] as number) + n);
  }
  const totalBytes = starts[chars.length] as number;
  const charAt = new Map<number, number>(starts.map((b, k) => [b, k]));

  const tokens: TokenView[] = [];
  let both = 0;
  let offset = 0;
  let k = 0; // the character holding byte `offset`
  for (const id of ids) {
    const bytes = bytesOf(id);
    const end = offset + bytes.length;
    const first = k;
    while (k < chars.length && (starts[k + 1] as number) <= end - 1) k++;
    const last = Math.min(k, chars.length - 1);
    const from = charAt.get(offset);
    const to = charAt.get(end);
    const whole = from !== undefined && to !== undefined && end <= totalBytes;
    let hasCjk = false;
    let hasOther = false;
    for (let c = first; c <= last && c < chars.length; c++) {
      if (cjkFlags[c]) hasCjk = true;
      else hasOther = true;
    }
    const kind: CharClass = hasCjk && hasOther ? 'both' : hasCjk ? 'cjk' : 'other';
    if (kind === 'both') both += 1;
    else (kind === 'cjk' ? cjk : other).tokens += 1;
    tokens.push({
      id,
      bytes,
      text: whole ? chars.slice(from, to).join('') : null,
      byteLevel: bytes.map((b) => alphabet[b] as string).join(''),
      kind,
    });
    offset = end;
    if (to !== undefined) k = to;
  }
  return {
    tokens,
    total: { chars: chars.length, bytes: totalBytes, tokens: ids.length },
    cjk,
    other,
    both,
    mismatch: offset !== totalBytes,
  };
}
