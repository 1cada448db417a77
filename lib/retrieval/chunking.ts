import { checkChoice, checkNumber, checkObject, checkString } from '@/lib/utils/validate';

/**
 * What a chunk's size counts: `'character'` = Unicode code points (every one, spaces and
 * punctuation included; how Chinese text is chunked here), `'word'` = runs of non-whitespace (how
 * English text is chunked here).
 */
export const CHUNK_UNITS = ['character', 'word'] as const;
export type ChunkUnit = (typeof CHUNK_UNITS)[number];

/** Options of {@link chunkText}. */
export interface ChunkOptions {
  /** units per chunk, an integer ≥ 1 */
  readonly size: number;
  /** units shared by neighbouring chunks, an integer in [0, size) (default 0) */
  readonly overlap?: number;
  readonly unit: ChunkUnit;
}

/** One chunk of a text. */
export interface TextChunk {
  /** the chunk's text: the input from `start` to `end` */
  readonly text: string;
  /** where it starts and ends in the input, as UTF-16 indices ([start, end)) */
  readonly start: number;
  readonly end: number;
  /** its first unit and how many units it holds */
  readonly firstUnit: number;
  readonly units: number;
}

/** Where each unit of a text sits: [start, end) UTF-16 indices. */
export interface UnitSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The units of a text in order: its code points (a lone surrogate counts as one, so a bad string
 * never throws) or its words (maximal runs of non-whitespace).
 *
 * @throws {TypeError} when `text` is not a string or `unit` is not a string.
 * @throws {RangeError} when `unit` is not `'character'` or `'word'`.
 * @example textUnits('a 文', 'character') // [{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 3 }]
 * @example textUnits(' to be ', 'word') // [{ start: 1, end: 3 }, { start: 4, end: 6 }]
 */
export function textUnits(text: string, unit: ChunkUnit): UnitSpan[] {
  const source = checkString('text', text);
  const kind = checkChoice('unit', unit, CHUNK_UNITS);
  const spans: UnitSpan[] = [];
  if (kind === 'word') {
    for (const match of source.matchAll(/\S+/gu)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
    return spans;
  }
  let at = 0;
  // for…of walks code points; a lone surrogate comes out as a one-unit string.
  for (const char of source) {
    spans.push({ start: at, end: at + char.length });
    at += char.length;
  }
  return spans;
}

/** Returns size and overlap when size ≥ 1 and 0 ≤ overlap < size, both integers. */
function checkWindow(size: unknown, overlap: unknown): { size: number; overlap: number } {
  const n = checkNumber('size', size, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1');
  const o = checkNumber('overlap', overlap, (x) => Number.isInteger(x) && x >= 0, 'an integer >= 0');
  if (o >= n) {
    throw new RangeError(
      `overlap must be less than size (each chunk must move forward), got overlap ${o} and size ${n}`,
    );
  }
  return { size: n, overlap: o };
}

/**
 * The windows that cut `count` units into chunks of `size` units, neighbours sharing `overlap`
 * units: [0, size), [size − overlap, 2·size − overlap), … up to the one that reaches the end,
 * which may be shorter. No units → no windows; count ≤ size → one window.
 *
 * Formula: window i starts at i·(size − overlap) and ends at min(start + size, count); the last
 * one is the first whose end is count, so there are 1 + ⌈(count − size)/(size − overlap)⌉ windows
 * when count > size. This is LangChain's `split_text_on_tokens` (langchain_text_splitters
 * `base.py`, used by `TokenTextSplitter`; Microsoft GraphRAG's token chunker copies it), which
 * steps by `tokens_per_chunk − chunk_overlap`. LangChain only rejects overlap > size; overlap =
 * size would never move forward, so here it is an error too.
 *
 * @param count the number of units, an integer ≥ 0.
 * @param size units per window, an integer ≥ 1.
 * @param overlap units shared by neighbours, an integer in [0, size).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `count` is not an integer ≥ 0, `size` not an integer ≥ 1, `overlap`
 *   not an integer ≥ 0, or `overlap` ≥ `size`.
 * @example chunkWindows(10, 4, 1) // [[0, 4], [3, 7], [6, 10]]
 */
export function chunkWindows(count: number, size: number, overlap: number): [number, number][] {
  const total = checkNumber('count', count, (x) => Number.isInteger(x) && x >= 0, 'an integer >= 0');
  const w = checkWindow(size, overlap);
  const windows: [number, number][] = [];
  for (let start = 0; start < total; start += w.size - w.overlap) {
    const end = Math.min(start + w.size, total);
    windows.push([start, end]);
    if (end === total) break;
  }
  return windows;
}

/**
 * Cuts a text into chunks of `size` units (characters or words), neighbours sharing `overlap`
 * units, with the windows of {@link chunkWindows}. A chunk's text runs from its first unit's
 * start to its last unit's end in the input, so word chunks keep the text's own spacing and
 * punctuation. Text without units (empty, or only whitespace with `'word'`) gives no chunks.
 *
 * @throws {TypeError} when `text` is not a string or an option has the wrong type.
 * @throws {RangeError} when `size` is not an integer ≥ 1, `overlap` not an integer in [0, size),
 *   or `unit` is unknown.
 * @example chunkText('one two three four five', { size: 2, overlap: 1, unit: 'word' }).map((c) => c.text)
 * // ['one two', 'two three', 'three four', 'four five']
 */
export function chunkText(text: string, options: ChunkOptions): TextChunk[] {
  const { size, overlap = 0, unit } = checkObject('options', options) as Partial<ChunkOptions>;
  const w = checkWindow(size, overlap);
  const spans = textUnits(text, checkChoice('options.unit', unit, CHUNK_UNITS));
  return chunkWindows(spans.length, w.size, w.overlap).map(([first, end]) => {
    const start = (spans[first] as UnitSpan).start;
    const stop = (spans[end - 1] as UnitSpan).end;
    return { text: text.slice(start, stop), start, end: stop, firstUnit: first, units: end - first };
  });
}

/**
 * A run of Han ideographs (Chinese characters, CJK extensions and compatibility ideographs), or a
 * word: a letter or digit of another script followed by letters, digits and combining marks.
 */
const TERM_RUN =
  /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])*)/gu;

/**
 * The index terms of a text, for BM25 and TF-IDF over Chinese and English alike: after Unicode
 * NFKC normalisation and lower-casing, each run of Han characters becomes its overlapping
 * character bigrams (a lone Han character stays a unigram), and every other run of letters,
 * digits (with their combining marks) is one word. Everything else (spaces, punctuation, symbols, emoji,
 * lone surrogates) separates terms. No stemming, no stop words.
 *
 * The Han rule is Lucene's `CJKBigramFilter` with its default `outputUnigrams = false` (a CJK
 * character with no neighbour to pair with is emitted alone; non-CJK tokens pass unchanged), the
 * scheme of Elasticsearch's `cjk` analyzer; NFKC folds full-width Latin (`ＢＭ２５` → `bm25`). A
 * combining mark that NFKC leaves alone joins the word before it; anywhere else it separates terms.
 *
 * @throws {TypeError} when `text` is not a string.
 * @example retrievalTerms('稠密检索 vs BM25') // ['稠密', '密检', '检索', 'vs', 'bm25']
 * @example retrievalTerms('Top-p 的边界') // ['top', 'p', '的边', '边界']
 */
export function retrievalTerms(text: string): string[] {
  const normal = checkString('text', text).normalize('NFKC').toLowerCase();
  const terms: string[] = [];
  for (const [, han, word] of normal.matchAll(TERM_RUN)) {
    if (word) {
      terms.push(word);
      continue;
    }
    const chars = Array.from(han as string);
    if (chars.length === 1) terms.push(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) terms.push((chars[i] as string) + (chars[i + 1] as string));
  }
  return terms;
}
