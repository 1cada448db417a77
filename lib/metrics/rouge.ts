import { checkInteger } from '@/lib/utils/validate';
import { countNgrams } from './ngram-counts';
import { lcsIndices } from './rouge-lcs';
import { checkString } from './text-validate';

/** Precision, recall and F1 of a ROUGE variant, each in [0, 1] (rouge-score's `Score`). */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly fmeasure: number;
}

/** One distinct n-gram of the target or the prediction, with its counts on both sides. */
export interface RougeNgram {
  readonly tokens: readonly string[];
  readonly targetCount: number;
  readonly predictionCount: number;
  /** min(targetCount, predictionCount). */
  readonly overlap: number;
}

/** The counts behind ROUGE-N, for a demo to show, plus the score. */
export interface RougeNDetails extends RougeScore {
  readonly targetTokens: readonly string[];
  readonly predictionTokens: readonly string[];
  /** Target n-grams in order of first occurrence, then prediction-only n-grams. */
  readonly ngrams: readonly RougeNgram[];
  /** Σ overlap. */
  readonly overlap: number;
  readonly targetTotal: number;
  readonly predictionTotal: number;
}

/** The LCS behind ROUGE-L, for a demo to highlight, plus the score. */
export interface RougeLDetails extends RougeScore {
  readonly targetTokens: readonly string[];
  readonly predictionTokens: readonly string[];
  readonly lcsLength: number;
  /** Positions of one LCS in `targetTokens`, ascending. */
  readonly targetIndices: readonly number[];
  /** The paired positions in `predictionTokens`, ascending. */
  readonly predictionIndices: readonly number[];
}

/**
 * rouge-score's harmonic mean, with 0 when both are 0.
 *
 * Formula: 2PR / (P + R) if P + R > 0, else 0 (rouge-score `scoring.fmeasure`).
 *
 * @throws never.
 * @example rougeFmeasure(1, 1 / 3) // 0.5
 */
export function rougeFmeasure(precision: number, recall: number): number {
  // Same operation order as rouge-score, so the last bit agrees: (2 · P) · R / (P + R).
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * The tokens ROUGE sees: lower-cased, every run of characters outside `[a-z0-9]` turned into a
 * space, split on spaces. No stemming (rouge-score's default `use_stemmer=False`).
 *
 * Formula: `text.lower()`, `re.sub(r"[^a-z0-9]+", " ")`, split, keep tokens matching
 * `^[a-z0-9]+$` — rouge-score `tokenize.tokenize` with `stemmer=None`
 * (https://github.com/google-research/google-research/blob/master/rouge/tokenize.py). Every
 * non-ASCII letter is a separator: Chinese or Japanese text yields no tokens at all (so ROUGE is 0),
 * and `café` becomes `caf`, `naïve` becomes `na ve`.
 *
 * @param text any string.
 * @throws {TypeError} when `text` is not a string.
 * @example rougeTokenize('The quick-brown fox, 2024!') // ['the', 'quick', 'brown', 'fox', '2024']
 * @example rougeTokenize('我爱北京天安门') // []
 */
export function rougeTokenize(text: string): string[] {
  return checkString('text', text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '');
}

/**
 * ROUGE-N with the n-gram counts behind it: every n-gram of either side with its count in the
 * target, in the prediction and the clipped overlap.
 *
 * Formula: see `rougeN`.
 *
 * @param target the reference text (first, as in rouge-score's `score(target, prediction)`).
 * @param prediction the generated text.
 * @param n the n-gram order, an integer ≥ 1.
 * @throws {TypeError} when `target` or `prediction` is not a string or `n` not a number.
 * @throws {RangeError} when `n` is not an integer ≥ 1.
 * @example rougeNDetails('the cat sat', 'the cat').overlap // 2 (with n = 1: 'the', 'cat')
 */
export function rougeNDetails(target: string, prediction: string, n = 1): RougeNDetails {
  const targetTokens = rougeTokenize(checkString('target', target));
  const predictionTokens = rougeTokenize(checkString('prediction', prediction));
  const order = checkInteger('n', n, 1);
  const targetCounts = countNgrams(targetTokens, order);
  const predictionCounts = countNgrams(predictionTokens, order);
  const ngrams: RougeNgram[] = [];
  for (const [key, occ] of targetCounts) {
    const predictionCount = predictionCounts.get(key)?.count ?? 0;
    ngrams.push({
      tokens: occ.tokens,
      targetCount: occ.count,
      predictionCount,
      overlap: Math.min(occ.count, predictionCount),
    });
  }
  for (const [key, occ] of predictionCounts) {
    if (!targetCounts.has(key)) {
      ngrams.push({ tokens: occ.tokens, targetCount: 0, predictionCount: occ.count, overlap: 0 });
    }
  }
  const overlap = ngrams.reduce((sum, g) => sum + g.overlap, 0);
  const targetTotal = Math.max(0, targetTokens.length - order + 1);
  const predictionTotal = Math.max(0, predictionTokens.length - order + 1);
  const precision = overlap / Math.max(predictionTotal, 1);
  const recall = overlap / Math.max(targetTotal, 1);
  return {
    precision,
    recall,
    fmeasure: rougeFmeasure(precision, recall),
    targetTokens,
    predictionTokens,
    ngrams,
    overlap,
    targetTotal,
    predictionTotal,
  };
}

/**
 * ROUGE-N: n-gram overlap between a target (reference) and a prediction, as precision, recall and
 * F1, with rouge-score's default tokenization (see `rougeTokenize`).
 *
 * Formula: overlap = Σ_g min(count_target(g), count_prediction(g)); P = overlap / max(#prediction
 * n-grams, 1); R = overlap / max(#target n-grams, 1); F = 2PR / (P + R), 0 when P + R = 0.
 * rouge-score `RougeScorer(['rougeN']).score(target, prediction)` (`_score_ngrams`,
 * https://github.com/google-research/google-research/blob/master/rouge/rouge_scorer.py). Target
 * comes first; swapping the arguments swaps P and R. rouge-score names the order in a string
 * (`rouge1` … `rouge9`); here any integer n ≥ 1 works.
 *
 * @param target the reference text.
 * @param prediction the generated text.
 * @param n the n-gram order, an integer ≥ 1.
 * @throws {TypeError} when `target` or `prediction` is not a string or `n` not a number.
 * @throws {RangeError} when `n` is not an integer ≥ 1.
 * @example rougeN('testing one two', 'testing', 1) // { precision: 1, recall: 1/3, fmeasure: 0.5 } (rouge-score testRouge1)
 */
export function rougeN(target: string, prediction: string, n: number): RougeScore {
  const { precision, recall, fmeasure } = rougeNDetails(target, prediction, n);
  return { precision, recall, fmeasure };
}

/**
 * ROUGE-L with one longest common subsequence located in both token lists.
 *
 * Formula: see `rougeL`; the positions come from `lcsIndices`.
 *
 * @param target the reference text.
 * @param prediction the generated text.
 * @throws {TypeError} when `target` or `prediction` is not a string.
 * @example rougeLDetails('testing one two', 'testing two')
 * // { lcsLength: 2, targetIndices: [0, 2], predictionIndices: [0, 1], precision: 1, recall: 2/3, … }
 */
export function rougeLDetails(target: string, prediction: string): RougeLDetails {
  const targetTokens = rougeTokenize(checkString('target', target));
  const predictionTokens = rougeTokenize(checkString('prediction', prediction));
  const { target: targetIndices, prediction: predictionIndices } = lcsIndices(targetTokens, predictionTokens);
  // The backtrack walks one full LCS, so its length is the table's corner t[|target|][|prediction|].
  const lcsLength = targetIndices.length;
  const empty = targetTokens.length === 0 || predictionTokens.length === 0;
  const precision = empty ? 0 : lcsLength / predictionTokens.length;
  const recall = empty ? 0 : lcsLength / targetTokens.length;
  return {
    precision,
    recall,
    fmeasure: rougeFmeasure(precision, recall),
    targetTokens,
    predictionTokens,
    lcsLength,
    targetIndices,
    predictionIndices,
  };
}

/**
 * ROUGE-L: longest-common-subsequence overlap between a target (reference) and a prediction, as
 * precision, recall and F1, with rouge-score's default tokenization (see `rougeTokenize`).
 *
 * Formula: L = |LCS(target tokens, prediction tokens)|; P = L / |prediction|, R = L / |target|,
 * F = 2PR / (P + R); all 0 when either side has no tokens. In-order but not necessarily
 * contiguous matches count. rouge-score `RougeScorer(['rougeL']).score(target, prediction)`
 * (`_score_lcs`, https://github.com/google-research/google-research/blob/master/rouge/rouge_scorer.py).
 * This is sentence-level ROUGE-L, not the summary-level `rougeLsum`.
 *
 * @param target the reference text.
 * @param prediction the generated text.
 * @throws {TypeError} when `target` or `prediction` is not a string.
 * @example rougeL('testing one two', 'testing two') // { precision: 1, recall: 2/3, fmeasure: 0.8 } (rouge-score testRougeLNonConsecutive)
 */
export function rougeL(target: string, prediction: string): RougeScore {
  const { precision, recall, fmeasure } = rougeLDetails(target, prediction);
  return { precision, recall, fmeasure };
}
