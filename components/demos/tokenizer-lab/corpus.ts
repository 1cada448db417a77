/**
 * The BPE trainer's inputs as the reader types them: a corpus of "word count" lines and a list of
 * test words. Pure parsers that never throw and name the line that is wrong.
 */
import { findLoneSurrogates } from './unicode';

/** The Hugging Face course's toy corpus (LLM course, chapter 6, "Byte-Pair Encoding tokenization"). */
export const DEFAULT_CORPUS = 'hug 10\npug 5\npun 12\nbun 4\nhugs 5';
/** The course's test words: "bugs" is covered by the corpus characters, "mug" has an unseen "m". */
export const TEST_WORD_PRESETS = ['hugs', 'bugs', 'mug', 'unhug', 'thug'] as const;
export const DEFAULT_TEST_WORDS = 'bugs';

/** Bounds that keep every step instant and the tables readable. */
export const MAX_CORPUS_WORDS = 40;
export const MAX_WORD_CHARS = 24;
export const MAX_COUNT = 1_000_000;
export const MAX_TEST_WORDS = 8;

/** Why a count was rejected. */
export type CountReason = 'notNumber' | 'negative' | 'fraction' | 'zero' | 'tooBig';

/** Why the corpus was rejected; `line` counts from 1 over the raw lines, blank ones included. */
export type CorpusError =
  | { kind: 'empty' }
  | { kind: 'fields'; line: number; fields: number }
  | { kind: 'count'; line: number; value: string; reason: CountReason }
  | { kind: 'duplicate'; line: number; word: string; first: number }
  | { kind: 'long'; line: number; max: number }
  | { kind: 'surrogate'; line: number; code: string }
  | { kind: 'tooMany'; words: number; max: number };

export type CorpusResult = { ok: true; entries: [string, number][] } | { ok: false; error: CorpusError };

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a count: a plain whole number from 1 to `MAX_COUNT`. Anything else says why not, so
 * `NaN`, `-3`, `2.5`, `0` and `1e9` each get their own message.
 *
 * @example parseCount('12') // { ok: true, value: 12 }
 * @example parseCount('2.5') // { ok: false, reason: 'fraction' }
 */
export function parseCount(text: string): { ok: true; value: number } | { ok: false; reason: CountReason } {
  if (!DECIMAL.test(text)) return { ok: false, reason: 'notNumber' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'tooBig' };
  if (value < 0) return { ok: false, reason: 'negative' };
  if (!Number.isInteger(value)) return { ok: false, reason: 'fraction' };
  if (value === 0) return { ok: false, reason: 'zero' };
  if (value > MAX_COUNT) return { ok: false, reason: 'tooBig' };
  return { ok: true, value };
}

/** Words split by whitespace (any Unicode space, including the ideographic space U+3000). */
function splitFields(line: string): string[] {
  return line.split(/\s+/u).filter((f) => f.length > 0);
}

/**
 * Parses "word count" lines (blank lines skipped) into `[word, count]` pairs in order, the input
 * `bpeTrain` takes. Each word at most once, at most `MAX_WORD_CHARS` code points, no lone
 * surrogates; counts as `parseCount`; 1 to `MAX_CORPUS_WORDS` words.
 *
 * @example parseCorpus('hug 10\npug 5') // { ok: true, entries: [['hug', 10], ['pug', 5]] }
 * @example parseCorpus('hug 10\npug x') // { ok: false, error: { kind: 'count', line: 2, value: 'x', reason: 'notNumber' } }
 */
export function parseCorpus(text: string): CorpusResult {
  const entries: [string, number][] = [];
  const firstLine = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const fields = splitFields(lines[i] ?? '');
    if (fields.length === 0) continue;
    if (fields.length !== 2) return { ok: false, error: { kind: 'fields', line, fields: fields.length } };
    const [word, countText] = fields as [string, string];
    const surrogates = findLoneSurrogates(word);
    if (surrogates.count > 0)
      return { ok: false, error: { kind: 'surrogate', line, code: surrogates.firstCode } };
    if (Array.from(word).length > MAX_WORD_CHARS)
      return { ok: false, error: { kind: 'long', line, max: MAX_WORD_CHARS } };
    const count = parseCount(countText);
    if (!count.ok)
      return { ok: false, error: { kind: 'count', line, value: countText, reason: count.reason } };
    const first = firstLine.get(word);
    if (first !== undefined) return { ok: false, error: { kind: 'duplicate', line, word, first } };
    firstLine.set(word, line);
    entries.push([word, count.value]);
  }
  if (entries.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (entries.length > MAX_CORPUS_WORDS)
    return { ok: false, error: { kind: 'tooMany', words: entries.length, max: MAX_CORPUS_WORDS } };
  return { ok: true, entries };
}

/** Why the test words were rejected. */
export type WordsError =
  | { kind: 'empty' }
  | { kind: 'long'; word: number; max: number }
  | { kind: 'surrogate'; code: string }
  | { kind: 'tooMany'; words: number; max: number };

/**
 * Splits the test-word field on whitespace: 1 to `MAX_TEST_WORDS` words of at most
 * `MAX_WORD_CHARS` code points, no lone surrogates. Repeats are kept (the reader typed them).
 *
 * @example parseTestWords(' bugs  mug ') // { ok: true, words: ['bugs', 'mug'] }
 */
export function parseTestWords(
  text: string,
): { ok: true; words: string[] } | { ok: false; error: WordsError } {
  const surrogates = findLoneSurrogates(text);
  if (surrogates.count > 0) return { ok: false, error: { kind: 'surrogate', code: surrogates.firstCode } };
  const words = splitFields(text);
  if (words.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (words.length > MAX_TEST_WORDS)
    return { ok: false, error: { kind: 'tooMany', words: words.length, max: MAX_TEST_WORDS } };
  const long = words.findIndex((w) => Array.from(w).length > MAX_WORD_CHARS);
  if (long !== -1) return { ok: false, error: { kind: 'long', word: long + 1, max: MAX_WORD_CHARS } };
  return { ok: true, words };
}

/**
 * An upper bound on the merges a corpus allows: each merge shortens at least one word by a
 * token, so there are at most Σ (characters − 1) of them. Training with this many runs BPE to the
 * end (`bpeTrain` stops early once every word is one token).
 *
 * @example mergeBound([['hug', 10], ['hugs', 5]]) // 5
 */
export function mergeBound(entries: readonly (readonly [string, number])[]): number {
  return entries.reduce((sum, [word]) => sum + Math.max(0, Array.from(word).length - 1), 0);
}

/**
 * The base vocabulary: every character of the corpus once, sorted by code point (the course's
 * `alphabet.sort()`).
 *
 * @example baseAlphabet([['hug', 10], ['bun', 4]]) // ['b', 'g', 'h', 'n', 'u']
 */
export function baseAlphabet(entries: readonly (readonly [string, number])[]): string[] {
  const set = new Set<string>();
  for (const [word] of entries) for (const ch of word) set.add(ch);
  return [...set].sort((a, b) => (a.codePointAt(0) as number) - (b.codePointAt(0) as number));
}
