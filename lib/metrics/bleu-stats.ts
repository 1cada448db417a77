import { checkInteger, checkNumberArray, checkObject } from '@/lib/utils/validate';
import { countNgrams } from './ngram-counts';
import { checkOneOf, checkString, checkStringArray } from './text-validate';
import { tokenize13a } from './tokenize-13a';
import { pythonRstrip, pythonSplit } from './tokenize-python';

/** sacreBLEU's `MAX_NGRAM_ORDER`: BLEU counts 1- to 4-grams. */
export const BLEU_MAX_ORDER = 4;

/** The tokenizers `sentenceBleu` offers: sacreBLEU's default `13a`, or `none` (split on whitespace). */
export const BLEU_TOKENIZERS = ['13a', 'none'] as const;
export type BleuTokenizer = (typeof BLEU_TOKENIZERS)[number];

/** One distinct hypothesis n-gram and how much of it the references support. */
export interface BleuNgram {
  readonly tokens: readonly string[];
  /** Occurrences in the hypothesis. */
  readonly hypCount: number;
  /** The largest number of occurrences in any single reference. */
  readonly refMaxCount: number;
  /** Clipped count min(hypCount, refMaxCount): how many occurrences count as matches. */
  readonly matched: number;
  /**
   * Start index of each occurrence in `hypothesisTokens`. BLEU only counts matches; by convention
   * the first `matched` positions are the ones to highlight as matched.
   */
  readonly positions: readonly number[];
}

/** The n-grams of one order: the numerator and denominator of that order's modified precision. */
export interface BleuOrder {
  readonly n: number;
  /** Distinct hypothesis n-grams in order of first occurrence. */
  readonly ngrams: readonly BleuNgram[];
  /** Σ matched (sacreBLEU `counts[n − 1]`). */
  readonly matched: number;
  /** Σ hypCount = max(0, sysLen − n + 1) (sacreBLEU `totals[n − 1]`). */
  readonly total: number;
}

/** Everything BLEU counts for one hypothesis, before smoothing. */
export interface BleuDetails {
  readonly hypothesisTokens: readonly string[];
  readonly referenceTokens: readonly (readonly string[])[];
  /** Orders 1 to 4. */
  readonly orders: readonly BleuOrder[];
  /** Hypothesis length in tokens. */
  readonly sysLen: number;
  /** The closest reference length (ties → the shorter). */
  readonly refLen: number;
}

/** Options of `bleuTokenize` and `bleuDetails`. */
export interface BleuTokenizeOptions {
  /** `'13a'` (default) or `'none'`. */
  readonly tokenize?: BleuTokenizer;
}

/**
 * Reads the `tokenize` option of an options bag, defaulting to `13a`.
 *
 * @throws {TypeError} when `tokenize` is given but not a string.
 * @throws {RangeError} when it is not `'13a'` or `'none'`.
 * @example readTokenizeOption({}) // '13a'
 */
export function readTokenizeOption(options: Readonly<Record<string, unknown>>): BleuTokenizer {
  return options.tokenize === undefined ? '13a' : checkOneOf('tokenize', options.tokenize, BLEU_TOKENIZERS);
}

function tokensOf(text: string, tokenize: BleuTokenizer): string[] {
  // sacreBLEU `BLEU._preprocess_segment`: tokenizer(sent.rstrip()); n-grams from `line.split()`.
  const stripped = pythonRstrip(text);
  return pythonSplit(tokenize === '13a' ? tokenize13a(stripped) : stripped);
}

/**
 * The tokens BLEU sees for one segment: trailing whitespace stripped, tokenized, split on
 * whitespace.
 *
 * Formula: `tokenizer(text.rstrip()).split()` with tokenizer `13a` (see `tokenize13a`) or `none`
 * (the identity) — sacreBLEU `BLEU._preprocess_segment` and `extract_all_word_ngrams`
 * (https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/metrics/bleu.py). No lowercasing.
 *
 * @param text a hypothesis or reference.
 * @param options `{ tokenize = '13a' }`.
 * @throws {TypeError} when `text` is not a string, `options` not an object or `tokenize` not a string.
 * @throws {RangeError} when `tokenize` is not `'13a'` or `'none'`.
 * @example bleuTokenize('The cat sat.') // ['The', 'cat', 'sat', '.']
 * @example bleuTokenize('The cat sat.', { tokenize: 'none' }) // ['The', 'cat', 'sat.']
 */
export function bleuTokenize(text: string, options: BleuTokenizeOptions = {}): string[] {
  checkString('text', text);
  return tokensOf(text, readTokenizeOption(checkObject('options', options)));
}

/**
 * The reference length BLEU compares the hypothesis with: the closest one, ties to the shorter.
 *
 * Formula: argmin over r of (|hypLen − r|, r) — sacreBLEU `BLEU._get_closest_ref_len` (the same rule
 * as NLTK `closest_ref_length`).
 *
 * @param hypLen hypothesis length, an integer ≥ 0.
 * @param refLens reference lengths, integers ≥ 0, non-empty.
 * @throws {TypeError} when `hypLen` is not a number or `refLens` not an array of numbers.
 * @throws {RangeError} when a length is not an integer ≥ 0 or `refLens` is empty.
 * @example closestRefLength(3, [4, 2]) // 2 (both are 1 away; the shorter wins)
 */
export function closestRefLength(hypLen: number, refLens: readonly number[]): number {
  checkInteger('hypLen', hypLen, 0);
  checkNumberArray('refLens', refLens).forEach((r, i) => checkInteger(`refLens[${i}]`, r, 0));
  if (refLens.length === 0) throw new RangeError('refLens must be non-empty, got an empty array');
  let closestDiff = -1;
  let closestLen = -1;
  for (const refLen of refLens) {
    const diff = Math.abs(hypLen - refLen);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLen = refLen;
    } else if (diff === closestDiff && refLen < closestLen) {
      closestLen = refLen;
    }
  }
  return closestLen;
}

/**
 * Checks the shared arguments of `sentenceBleu` and `bleuDetails` and returns the references.
 *
 * @throws {TypeError} when `hypothesis` is not a string or `references` not an array of strings.
 * @throws {RangeError} when `references` is empty.
 * @example checkBleuInputs('a cat', ['the cat']) // ['the cat']
 */
export function checkBleuInputs(hypothesis: unknown, references: unknown): readonly string[] {
  checkString('hypothesis', hypothesis);
  const refs = checkStringArray('references', references);
  if (refs.length === 0) {
    throw new RangeError('references must be a non-empty array of strings, got an empty array');
  }
  return refs;
}

/**
 * The n-gram matches behind sentence BLEU: every distinct hypothesis n-gram (n = 1…4) with its
 * count, its largest count in any one reference, and its clipped count, plus both lengths.
 *
 * Formula: matched(g) = min(count_hyp(g), max_r count_r(g)); counts[n] = Σ matched, totals[n] =
 * Σ count_hyp; sysLen = hypothesis tokens, refLen = closest reference length, ties → shorter
 * (sacreBLEU `BLEU._extract_reference_info` and `_compute_segment_statistics`,
 * https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/metrics/bleu.py). Feed `matched` and
 * `total` of each order to `bleuFromCounts` to get the score.
 *
 * @param hypothesis the system output.
 * @param references one or more reference translations.
 * @param options `{ tokenize = '13a' }`.
 * @throws {TypeError} when `hypothesis` is not a string, `references` not an array of strings,
 *   `options` not an object or `tokenize` not a string.
 * @throws {RangeError} when `references` is empty or `tokenize` is not `'13a'` or `'none'`.
 * @example bleuDetails('the the cat', ['the cat']).orders[0]
 * // { n: 1, matched: 2, total: 3, ngrams: [
 * //   { tokens: ['the'], hypCount: 2, refMaxCount: 1, matched: 1, positions: [0, 1] },
 * //   { tokens: ['cat'], hypCount: 1, refMaxCount: 1, matched: 1, positions: [2] } ] }
 */
export function bleuDetails(
  hypothesis: string,
  references: readonly string[],
  options: BleuTokenizeOptions = {},
): BleuDetails {
  const refs = checkBleuInputs(hypothesis, references);
  const tokenize = readTokenizeOption(checkObject('options', options));
  const hypothesisTokens = tokensOf(hypothesis, tokenize);
  const referenceTokens = refs.map((ref) => tokensOf(ref, tokenize));
  const orders: BleuOrder[] = [];
  for (let n = 1; n <= BLEU_MAX_ORDER; n += 1) {
    const refCounts = referenceTokens.map((tokens) => countNgrams(tokens, n));
    const ngrams = [...countNgrams(hypothesisTokens, n).entries()].map(([key, occ]): BleuNgram => {
      const refMaxCount = refCounts.reduce((max, counts) => Math.max(max, counts.get(key)?.count ?? 0), 0);
      return {
        tokens: occ.tokens,
        hypCount: occ.count,
        refMaxCount,
        matched: Math.min(occ.count, refMaxCount),
        positions: occ.positions,
      };
    });
    orders.push({
      n,
      ngrams,
      matched: ngrams.reduce((sum, g) => sum + g.matched, 0),
      total: ngrams.reduce((sum, g) => sum + g.hypCount, 0),
    });
  }
  return {
    hypothesisTokens,
    referenceTokens,
    orders,
    sysLen: hypothesisTokens.length,
    refLen: closestRefLength(
      hypothesisTokens.length,
      referenceTokens.map((tokens) => tokens.length),
    ),
  };
}
