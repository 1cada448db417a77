import { checkString, checkStringArray } from './text-validate';
import { pythonSplit } from './tokenize-python';

/** Python's `string.punctuation`: the 32 ASCII punctuation characters, and nothing outside ASCII. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/**
 * `\b(a|an|the)\b` under Python's `re.UNICODE`, where a word character is a letter, a number or `_`
 * (`[\p{L}\p{N}_]`; JavaScript's `\b` only knows ASCII). A combining mark is not a word character,
 * so in a decomposed `thé` the `the` is an article.
 */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/** The official SQuAD result for one question: exact match and token F1, best over gold answers. */
export interface SquadScore {
  readonly exact: 0 | 1;
  readonly f1: number;
}

/** The token overlap behind one prediction-vs-gold F1. */
export interface SquadF1Details {
  readonly predictionTokens: readonly string[];
  readonly goldTokens: readonly string[];
  /** Σ over tokens of min(count in prediction, count in gold). */
  readonly numSame: number;
  /** numSame / |prediction|; when either side is empty, equal to `f1` (1 if both are, else 0). */
  readonly precision: number;
  /** numSame / |gold|; when either side is empty, equal to `f1`. */
  readonly recall: number;
  readonly f1: number;
}

/**
 * The official SQuAD answer normalisation: lower-case, delete ASCII punctuation, replace the
 * articles a/an/the (whole words) with spaces, collapse whitespace.
 *
 * Formula: `white_space_fix(remove_articles(remove_punc(lower(s))))` with `string.punctuation`
 * (ASCII only: `，` and `。` survive) and `\b(a|an|the)\b` — `normalize_answer` in the official
 * SQuAD v2.0 script `evaluate-v2.0.py` (https://rajpurkar.github.io/SQuAD-explorer/). Punctuation
 * goes first, so `it's` → `its` and `the_cat` → `thecat`.
 *
 * @param s an answer string.
 * @throws {TypeError} when `s` is not a string.
 * @example normalizeAnswer('The Cat!') // 'cat'
 * @example normalizeAnswer('  An  apple a day, the end. ') // 'apple day end'
 */
export function normalizeAnswer(s: string): string {
  const text = checkString('s', s).toLowerCase().replace(PUNCTUATION, '').replace(ARTICLES, ' ');
  return pythonSplit(text).join(' ');
}

/**
 * The tokens SQuAD's F1 compares: the normalised answer split on whitespace.
 *
 * Formula: `normalize_answer(s).split()`, [] for an empty string — `get_tokens` in
 * `evaluate-v2.0.py`. Text without spaces (Chinese) is one token.
 *
 * @param s an answer string.
 * @throws {TypeError} when `s` is not a string.
 * @example squadTokens('The Denver Broncos') // ['denver', 'broncos']
 */
export function squadTokens(s: string): string[] {
  const normalized = normalizeAnswer(s);
  // normalizeAnswer already collapsed whitespace to single spaces.
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Exact match of one prediction against one gold answer, after normalisation.
 *
 * Formula: [normalize_answer(gold) = normalize_answer(prediction)] — `compute_exact` in
 * `evaluate-v2.0.py`. Symmetric in its arguments.
 *
 * @param prediction the model's answer.
 * @param gold one gold answer.
 * @throws {TypeError} when either is not a string.
 * @example squadExactMatch('the Denver Broncos!', 'Denver Broncos') // 1
 */
export function squadExactMatch(prediction: string, gold: string): 0 | 1 {
  const p = normalizeAnswer(checkString('prediction', prediction));
  return normalizeAnswer(checkString('gold', gold)) === p ? 1 : 0;
}

/**
 * Token F1 of one prediction against one gold answer, with the overlap counts behind it.
 *
 * Formula: see `squadF1`.
 *
 * @param prediction the model's answer.
 * @param gold one gold answer.
 * @throws {TypeError} when either is not a string.
 * @example squadF1Details('the Broncos', 'Denver Broncos')
 * // { predictionTokens: ['broncos'], goldTokens: ['denver', 'broncos'], numSame: 1, precision: 1, recall: 0.5, f1: 0.6666666666666666 }
 */
export function squadF1Details(prediction: string, gold: string): SquadF1Details {
  const predictionTokens = squadTokens(checkString('prediction', prediction));
  const goldTokens = squadTokens(checkString('gold', gold));
  const goldCounts = new Map<string, number>();
  for (const t of goldTokens) goldCounts.set(t, (goldCounts.get(t) ?? 0) + 1);
  let numSame = 0;
  for (const t of predictionTokens) {
    const left = goldCounts.get(t) ?? 0;
    if (left > 0) {
      numSame += 1;
      goldCounts.set(t, left - 1);
    }
  }
  if (predictionTokens.length === 0 || goldTokens.length === 0) {
    // "If either is no-answer, then F1 is 1 if they agree, 0 otherwise."
    const agree = predictionTokens.length === goldTokens.length ? 1 : 0;
    return { predictionTokens, goldTokens, numSame, precision: agree, recall: agree, f1: agree };
  }
  if (numSame === 0) return { predictionTokens, goldTokens, numSame, precision: 0, recall: 0, f1: 0 };
  const precision = (1.0 * numSame) / predictionTokens.length;
  const recall = (1.0 * numSame) / goldTokens.length;
  const f1 = (2 * precision * recall) / (precision + recall);
  return { predictionTokens, goldTokens, numSame, precision, recall, f1 };
}

/**
 * Token F1 of one prediction against one gold answer.
 *
 * Formula: with the token bags of `squadTokens`, numSame = |pred ∩ gold| (multiset), P =
 * numSame / |pred|, R = numSame / |gold|, F1 = 2PR / (P + R), 0 when numSame = 0; if either side has
 * no tokens, F1 = 1 when both have none, else 0 — `compute_f1` in `evaluate-v2.0.py`. Symmetric in
 * its arguments.
 *
 * @param prediction the model's answer.
 * @param gold one gold answer.
 * @throws {TypeError} when either is not a string.
 * @example squadF1('Broncos of Denver', 'Denver Broncos') // 0.8 (P = 2/3, R = 1)
 */
export function squadF1(prediction: string, gold: string): number {
  return squadF1Details(prediction, gold).f1;
}

/**
 * SQuAD v2 exact match and F1 of one prediction, the best over the gold answers.
 *
 * Formula: gold' = the gold answers whose normalisation is non-empty, or [''] if none remain
 * (an unanswerable question, `[]`, included); exact = max over gold' of `squadExactMatch`, f1 = max
 * over gold' of `squadF1` — `get_raw_scores` in the official `evaluate-v2.0.py`
 * (https://rajpurkar.github.io/SQuAD-explorer/). So on an unanswerable question a prediction scores
 * 1/1 exactly when it normalises to '' (`''`, but also `'The.'`), and 0/0 otherwise.
 *
 * @param prediction the model's answer ('' for "no answer").
 * @param goldAnswers the gold answers; may be empty.
 * @throws {TypeError} when `prediction` is not a string or `goldAnswers` not an array of strings.
 * @example squadScore('the Broncos', ['Denver Broncos']) // { exact: 0, f1: 0.6666666666666666 }
 * @example squadScore('', []) // { exact: 1, f1: 1 }
 */
export function squadScore(prediction: string, goldAnswers: readonly string[]): SquadScore {
  checkString('prediction', prediction);
  const answers = checkStringArray('goldAnswers', goldAnswers).filter((a) => normalizeAnswer(a) !== '');
  const gold = answers.length > 0 ? answers : [''];
  let exact: 0 | 1 = 0;
  let f1 = 0;
  for (const answer of gold) {
    if (squadExactMatch(prediction, answer) === 1) exact = 1;
    f1 = Math.max(f1, squadF1(prediction, answer));
  }
  return { exact, f1 };
}
