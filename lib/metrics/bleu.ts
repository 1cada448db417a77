import { checkNumber, checkNumberArray, checkObject } from '@/lib/utils/validate';
import { bleuDetails, checkBleuInputs, readTokenizeOption, type BleuTokenizer } from './bleu-stats';
import { checkBoolean, checkOneOf } from './text-validate';

/** sacreBLEU's smoothing methods (Chen & Cherry 2014, https://aclanthology.org/W14-3346/). */
export const BLEU_SMOOTH_METHODS = ['none', 'floor', 'add-k', 'exp'] as const;
export type BleuSmoothMethod = (typeof BLEU_SMOOTH_METHODS)[number];

/** sacreBLEU `BLEU.SMOOTH_DEFAULTS`: the value `floor` and `add-k` use when none is given. */
export const BLEU_SMOOTH_DEFAULTS = { floor: 0.1, 'add-k': 1 } as const;

/** A BLEU score with its sufficient statistics, as sacreBLEU's `BLEUScore` reports them. */
export interface BleuResult {
  /** BLEU in percent, 0–100. */
  readonly score: number;
  /** Brevity penalty in [0, 1]. */
  readonly bp: number;
  /** Modified n-gram precisions in percent, orders 1…4 (smoothed; 0 past a break). */
  readonly precisions: readonly number[];
  /** Clipped matches per order (with `add-k`, k is included from order 2 on, as sacreBLEU reports). */
  readonly counts: readonly number[];
  /** Hypothesis n-grams per order (with `add-k`, k is included from order 2 on). */
  readonly totals: readonly number[];
  readonly sysLen: number;
  readonly refLen: number;
}

/** Smoothing and order options shared by `sentenceBleu` and `bleuFromCounts`. */
export interface BleuScoringOptions {
  readonly smoothMethod?: BleuSmoothMethod;
  /** `floor`: the count given to a zero match, in [0, 1], default 0.1; `add-k`: k ≥ 0, default 1. */
  readonly smoothValue?: number;
  /** Average only the orders up to the last one whose total is > 0. */
  readonly useEffectiveOrder?: boolean;
}

/** Options of `sentenceBleu`. */
export interface SentenceBleuOptions extends BleuScoringOptions {
  /** `'13a'` (default, sacreBLEU's) or `'none'` (split on whitespace only). */
  readonly tokenize?: BleuTokenizer;
}

interface ScoringSettings {
  readonly smoothMethod: BleuSmoothMethod;
  readonly smoothValue: number;
  readonly useEffectiveOrder: boolean;
}

function readScoringOptions(
  options: Readonly<Record<string, unknown>>,
  defaults: { smoothMethod: BleuSmoothMethod; useEffectiveOrder: boolean },
): ScoringSettings {
  const smoothMethod =
    options.smoothMethod === undefined
      ? defaults.smoothMethod
      : checkOneOf('smoothMethod', options.smoothMethod, BLEU_SMOOTH_METHODS);
  const useEffectiveOrder =
    options.useEffectiveOrder === undefined
      ? defaults.useEffectiveOrder
      : checkBoolean('useEffectiveOrder', options.useEffectiveOrder);
  let smoothValue = 0;
  if (smoothMethod === 'floor' || smoothMethod === 'add-k') {
    smoothValue = BLEU_SMOOTH_DEFAULTS[smoothMethod];
  }
  if (options.smoothValue !== undefined) {
    // A floor above 1 would give an order with no match a higher precision than one match.
    smoothValue =
      smoothMethod === 'floor'
        ? checkNumber('smoothValue', options.smoothValue, (x) => x >= 0 && x <= 1, 'in [0, 1] for floor')
        : checkNumber(
            'smoothValue',
            options.smoothValue,
            (x) => Number.isFinite(x) && x >= 0,
            'finite and >= 0',
          );
  }
  return { smoothMethod, smoothValue, useEffectiveOrder };
}

function checkCounts(name: string, value: unknown): readonly number[] {
  const xs = checkNumberArray(name, value);
  xs.forEach((x, i) => {
    if (!(Number.isFinite(x) && x >= 0)) {
      throw new RangeError(`${name}[${i}] must be finite and >= 0, got ${x}`);
    }
  });
  return xs;
}

function scoreFromStats(
  counts: readonly number[],
  totals: readonly number[],
  sysLen: number,
  refLen: number,
  settings: ScoringSettings,
): BleuResult {
  const { smoothMethod, smoothValue, useEffectiveOrder } = settings;
  const maxOrder = counts.length;
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  const precisions: number[] = Array.from({ length: maxOrder }, () => 0);
  const correct = [...counts];
  const total = [...totals];

  // sacreBLEU #141: no match at all scores 0 whatever the smoothing.
  if (!correct.some((c) => c !== 0)) {
    return { score: 0, bp, precisions, counts: correct, totals: total, sysLen, refLen };
  }

  let smoothMteval = 1;
  let effOrder = maxOrder;
  for (let n = 1; n <= maxOrder; n += 1) {
    const i = n - 1;
    if (smoothMethod === 'add-k' && n > 1) {
      correct[i] = (correct[i] ?? 0) + smoothValue;
      total[i] = (total[i] ?? 0) + smoothValue;
    }
    const t = total[i] ?? 0;
    const c = correct[i] ?? 0;
    if (t === 0) break;
    if (useEffectiveOrder) effOrder = n;
    if (c === 0) {
      if (smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[i] = 100 / (smoothMteval * t);
      } else if (smoothMethod === 'floor') {
        precisions[i] = (100 * smoothValue) / t;
      }
    } else {
      precisions[i] = (100 * c) / t;
    }
  }

  // sacreBLEU's my_log maps 0 to -9999999999; Math.log gives -Infinity, and exp of either is 0.
  const logSum = precisions.slice(0, effOrder).reduce((sum, p) => sum + Math.log(p), 0);
  // exp(log 100) = 100.00000000000004 in floating point, which sacreBLEU reports for a perfect
  // match; CONTRACT's range is 0–100, so clip that rounding error.
  const score = Math.min(100, bp * Math.exp(logSum / effOrder));
  return { score, bp, precisions, counts: correct, totals: total, sysLen, refLen };
}

/**
 * BLEU from its sufficient statistics: brevity penalty times the geometric mean of the (smoothed)
 * modified n-gram precisions, in percent.
 *
 * Formula: BLEU = BP · exp((1/N) Σ_{n ≤ N} log p_n), p_n = 100 · counts[n] / totals[n];
 * BP = 1 if c ≥ r, exp(1 − r/c) if 0 < c < r, 0 if c = 0 (c = sysLen, r = refLen). Zero matches at
 * every order → 0. Orders stop at the first with totals = 0; with `useEffectiveOrder` N is the last
 * order reached, otherwise N = counts.length and the missing orders count as p = 0 (score 0).
 * A zero count at order n is smoothed by `exp` (Chen & Cherry method 3, mteval-v13a): p_n =
 * 100 / (2^k · totals[n]) for the k-th such order; `floor` (method 1): p_n = 100 · smoothValue /
 * totals[n]; `add-k` (method 2): smoothValue added to counts and totals of every order n ≥ 2, and
 * reported in them; `none`: p_n = 0. sacreBLEU `BLEU.compute_bleu`, whose defaults this keeps
 * (smoothMethod `'none'`, useEffectiveOrder false)
 * (https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/metrics/bleu.py).
 *
 * @param counts clipped matches per order, finite ≥ 0, each ≤ its total.
 * @param totals hypothesis n-grams per order, same length as `counts` (≥ 1).
 * @param sysLen hypothesis length, finite ≥ 0.
 * @param refLen (closest) reference length, finite ≥ 0.
 * @param options `{ smoothMethod = 'none', smoothValue?, useEffectiveOrder = false }`.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `counts`/`totals` are empty, differ in length, hold a negative or
 *   non-finite entry or a count above its total; when a length is negative or not finite; or when
 *   an option is outside its allowed values.
 * @example bleuFromCounts([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score // 83.7592239708627 (sacreBLEU test_scoring: 0.8375922397 × 100)
 */
export function bleuFromCounts(
  counts: readonly number[],
  totals: readonly number[],
  sysLen: number,
  refLen: number,
  options: BleuScoringOptions = {},
): BleuResult {
  const cs = checkCounts('counts', counts);
  const ts = checkCounts('totals', totals);
  if (cs.length === 0) throw new RangeError('counts must be non-empty, got an empty array');
  if (ts.length !== cs.length) {
    throw new RangeError(`totals must have the same length as counts (${cs.length}), got ${ts.length}`);
  }
  cs.forEach((c, i) => {
    if (c > (ts[i] ?? 0)) throw new RangeError(`counts[${i}] must be <= totals[${i}] (${ts[i]}), got ${c}`);
  });
  const finiteNonNegative = (x: number) => Number.isFinite(x) && x >= 0;
  const c = checkNumber('sysLen', sysLen, finiteNonNegative, 'finite and >= 0');
  const r = checkNumber('refLen', refLen, finiteNonNegative, 'finite and >= 0');
  const settings = readScoringOptions(checkObject('options', options), {
    smoothMethod: 'none',
    useEffectiveOrder: false,
  });
  return scoreFromStats(cs, ts, c, r, settings);
}

/**
 * Sentence-level BLEU of one hypothesis against one or more references, as sacreBLEU's
 * `sentence_bleu` computes and reports it (score and precisions in percent).
 *
 * Formula: tokenize (`13a` by default, see `tokenize13a`), count clipped 1- to 4-gram matches
 * against the max count over references and pick the closest reference length (see
 * `bleuDetails`), then BLEU = BP · exp(mean log p_n) with smoothing as in `bleuFromCounts`.
 * Defaults are sacreBLEU `sentence_bleu`'s: smoothMethod `'exp'`, useEffectiveOrder true (a
 * 2-token hypothesis is scored on orders 1–2 only). sacreBLEU `compat.sentence_bleu` /
 * `BLEU.sentence_score` (https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/compat.py).
 * Unlike NLTK's `sentence_bleu`, input is raw text (not token lists), references come second,
 * and the result is in percent.
 *
 * @param hypothesis the system output.
 * @param references one or more reference translations.
 * @param options `{ tokenize = '13a', smoothMethod = 'exp', smoothValue?, useEffectiveOrder = true }`.
 * @throws {TypeError} when `hypothesis` is not a string, `references` not an array of strings,
 *   `options` not an object, or an option has the wrong type.
 * @throws {RangeError} when `references` is empty, `tokenize` is not `'13a'`/`'none'`,
 *   `smoothMethod` not `'none'`/`'floor'`/`'add-k'`/`'exp'`, or `smoothValue` out of range.
 * @example sentenceBleu('The dog bit the man.', ['The dog bit the man.']).score // 100
 * @example sentenceBleu('this is a cat', ['okay thanks']).score // 0 (no unigram matches)
 * @example sentenceBleu('Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;',
 *   ['producţia de zahăr brut se exprimă în zahăr alb;']).score // 8.493098745313148 (sacreBLEU #98)
 */
export function sentenceBleu(
  hypothesis: string,
  references: readonly string[],
  options: SentenceBleuOptions = {},
): BleuResult {
  const refs = checkBleuInputs(hypothesis, references);
  const opts = checkObject('options', options);
  const tokenize = readTokenizeOption(opts);
  const settings = readScoringOptions(opts, { smoothMethod: 'exp', useEffectiveOrder: true });
  const details = bleuDetails(hypothesis, refs, { tokenize });
  return scoreFromStats(
    details.orders.map((o) => o.matched),
    details.orders.map((o) => o.total),
    details.sysLen,
    details.refLen,
    settings,
  );
}
