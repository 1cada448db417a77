import { checkInteger, checkNumber } from '@/lib/utils/validate';

/** A finished beam hypothesis: generated tokens (EOS included), their log-probability and score. */
export interface BeamSequence {
  tokens: number[];
  /** Σ log p(token | tokens before it), natural log. */
  sumLogprob: number;
  /** sumLogprob / tokens.length^lengthPenalty, the value beam search ranks hypotheses by. */
  score: number;
}

/** `earlyStopping` as transformers' `GenerationConfig.early_stopping` takes it. */
export type EarlyStopping = boolean | 'never';

/** sumLogprob / length^lengthPenalty without argument checks; never `NaN` for valid inputs. */
export function lengthNormalise(sumLogprob: number, length: number, lengthPenalty: number): number {
  // 0 / 0 (length^penalty underflowing to 0) and −∞ / ∞ (overflowing) would be NaN; the limits are 0 and −∞.
  if (sumLogprob === 0 || sumLogprob === -Infinity) return sumLogprob;
  return sumLogprob / length ** lengthPenalty;
}

/**
 * The score beam search gives a finished hypothesis: its log-probability divided by its length
 * raised to the length penalty.
 *
 * Formula: score = sumLogprob / generatedLength^lengthPenalty, where generatedLength counts the
 * generated tokens only, EOS included: transformers divides by `cur_len + 1 − decoder_prompt_len`
 * (https://github.com/huggingface/transformers/blob/v4.57.6/src/transformers/generation/utils.py#L3087;
 * the legacy `BeamHypotheses.add(generated_len=…)` did the same, and older releases divided by the
 * whole sequence, prompt included). lengthPenalty = 0 ranks by raw probability; > 0 favours longer
 * sequences (a more negative sum is divided by more); < 0 favours shorter ones. HF's default is 1.
 *
 * @param sumLogprob a sum of natural-log probabilities: ≤ 0, `-Infinity` allowed.
 * @param generatedLength tokens generated, EOS included: an integer ≥ 1.
 * @param lengthPenalty any finite number.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when sumLogprob is `NaN` or > 0, generatedLength is not an integer ≥ 1, or
 *   lengthPenalty is not finite.
 * @example beamHypothesisScore(Math.log(0.36), 2, 1) // −0.5108 (HF sequences_scores, "The dog has")
 * @example beamHypothesisScore(-3, 4, 0) // −3
 */
export function beamHypothesisScore(
  sumLogprob: number,
  generatedLength: number,
  lengthPenalty: number,
): number {
  const sum = checkNumber('sumLogprob', sumLogprob, (x) => x <= 0, '<= 0 (a sum of log-probabilities)');
  const length = checkInteger('generatedLength', generatedLength, 1);
  const penalty = checkNumber('lengthPenalty', lengthPenalty, Number.isFinite, 'a finite number');
  return lengthNormalise(sum, length, penalty);
}

/**
 * Merges newly finished hypotheses into the pool and keeps the best `numBeams`, best first, as HF's
 * `_update_finished_beams` concatenates the pool with the step's candidates and takes a top-k
 * (https://github.com/huggingface/transformers/blob/v4.57.6/src/transformers/generation/utils.py#L3098-L3108).
 * On equal scores the pool's older entry stays ahead, then the new ones in candidate rank order
 * (torch's top-k leaves the order of ties unspecified).
 */
export function mergeFinished(
  pool: readonly BeamSequence[],
  fresh: readonly BeamSequence[],
  numBeams: number,
): BeamSequence[] {
  // Array.prototype.sort is stable, so equal scores keep the concatenation order.
  return [...pool, ...fresh].sort((a, b) => b.score - a.score).slice(0, numBeams);
}

/**
 * Whether a running beam could still beat the worst finished hypothesis: HF's
 * `_check_early_stop_heuristic`
 * (https://github.com/huggingface/transformers/blob/v4.57.6/src/transformers/generation/utils.py#L2913-L2958).
 * - While fewer than numBeams hypotheses are finished: always (HF compares with a −1e9 sentinel).
 * - Otherwise: bound = bestRunningSum / L^lengthPenalty, with L = maxNewTokens when earlyStopping
 *   is 'never' and lengthPenalty > 0, else L = the tokens generated so far; improvement is possible
 *   iff bound > the worst finished score (strictly, so a tie stops).
 *
 * `bestRunningSum` is the top running beam's sumLogprob. With lengthPenalty = 0 the bound is exact,
 * since a sum of log-probabilities only falls; otherwise it is a heuristic, as HF's docstring says.
 */
export function canImprove(
  pool: readonly BeamSequence[],
  bestRunningSum: number,
  generatedSoFar: number,
  limits: {
    readonly numBeams: number;
    readonly maxNewTokens: number;
    readonly lengthPenalty: number;
    readonly earlyStopping: EarlyStopping;
  },
): boolean {
  const worst = pool[limits.numBeams - 1];
  if (worst === undefined) return true;
  const length =
    limits.earlyStopping === 'never' && limits.lengthPenalty > 0 ? limits.maxNewTokens : generatedSoFar;
  return lengthNormalise(bestRunningSum, length, limits.lengthPenalty) > worst.score;
}
