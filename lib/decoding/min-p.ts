import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { kthLargest } from './rank';
import { checkLogits, maxOf } from './validate';

/** Relative slack on the ratio p / p_max, so a token exactly at minP · p_max is kept despite rounding. */
const SLACK = 1e-12;

/**
 * Min-p filtering: removes every token whose probability is below minP times the top token's
 * probability, so the cut tightens when the model is confident.
 *
 * Formula: remove i when p_i < minP · max_j p_j (strict), i.e. x_i − x_max < ln(minP), decided in
 * log space from the logits (p_i / p_max = exp(x_i − x_max)), so the softmax normaliser never
 * enters and the filter is exactly idempotent. A relative slack of 1e-12 keeps a token that sits
 * exactly on the threshold in exact arithmetic: ln 0.3 − ln 0.6 = −0.6931471805599454 < ln 0.5 =
 * −0.6931471805599453 in double, yet 0.3 = 0.5 · 0.6 must survive a strict test. The
 * minTokensToKeep highest logits (and ties with the last of them) always survive. HF
 * `MinPLogitsWarper`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py):
 * `probs < min_p * probs.amax()` removed, then the top `min_tokens_to_keep` restored.
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param minP in [0, 1]; 0 removes nothing, 1 keeps only the top token and its ties.
 * @param minTokensToKeep an integer ≥ 1, default 1.
 * @throws {TypeError} when `logits` is not an array of numbers or `minP` / `minTokensToKeep` is
 *   not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), `minP` is outside [0, 1] or `NaN`,
 *   or `minTokensToKeep` is not an integer ≥ 1.
 * @example minPFilter([Math.log(0.9), Math.log(0.047), Math.log(0.0274)], 0.05)
 *   // [log 0.9, log 0.047, -Infinity] (0.047 ≥ 0.05 · 0.9 = 0.045 > 0.0274)
 */
export function minPFilter(logits: readonly number[], minP: number, minTokensToKeep = 1): number[] {
  const xs = checkLogits(logits);
  const p = checkNumber('minP', minP, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const m = checkInteger('minTokensToKeep', minTokensToKeep, 1);
  const xMax = maxOf(xs);
  const cut = Math.log(p) - SLACK;
  const floor = kthLargest(xs, Math.min(m, xs.length));
  return xs.map((x) => (x - xMax >= cut || x >= floor ? x : -Infinity));
}
