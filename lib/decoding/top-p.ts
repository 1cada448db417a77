import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { keepTop } from './rank';
import { softmax } from './softmax';
import { checkLogits } from './validate';

/** Slack on the running mass, so 0.5 + 0.3 = 0.7999999999999999 counts as reaching topP = 0.8. */
const SLACK = 1e-12;

/**
 * Top-p (nucleus) filtering: keeps the smallest set of most-probable tokens whose total
 * probability reaches topP, and removes the rest by setting them to `-Infinity`.
 *
 * Formula: sort p = softmax(logits) in descending order, p_(1) ≥ p_(2) ≥ …; n = the smallest count
 * with p_(1) + … + p_(n) ≥ topP − 1e-12 (so the token that crosses the threshold stays);
 * n = min(max(n, minTokensToKeep), V); then keep every token whose logit is ≥ the n-th largest.
 * topP = 1 keeps every token (HF's `generate` skips the warper at `top_p = 1.0`).
 *
 * Relation to HF `TopPLogitsWarper`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py),
 * which sorts ascending, takes `cumsum` and removes `cumulative_probs <= (1 - top_p)`: a token's
 * ascending cumulative sum is 1 minus the mass ranked strictly above it, so HF removes a token
 * exactly when the tokens above it already hold ≥ topP. In exact arithmetic that is this rule.
 * They differ in two places, both deliberate:
 * - Exact boundaries. HF compares float32 sums with `1 - top_p` (1 − 0.8 = 0.19999999999999996 in
 *   double), so whether [0.5, 0.3, 0.2] at topP = 0.8 keeps 2 or 3 tokens depends on rounding. Here
 *   the 1e-12 slack makes it 2, as exact arithmetic says (0.5 + 0.3 = 0.8 ≥ 0.8).
 * - Ties. HF splits a group of equal probabilities at the cut by sort position (with a stable
 *   ascending sort it keeps the higher token ids). Here the tie rule is the top-k one: every token
 *   tied with the crossing token (or with the minTokensToKeep-th) stays, so the result does not
 *   depend on token order; the kept set is then the smallest one that takes each tie group whole.
 *   Example: four tokens at 0.25 with topP = 0.5 keep all four (HF keeps two of them).
 * Unlike top-k and min-p, top-p is not idempotent: renormalising the kept set can let a shorter
 * prefix reach topP ([0.5, 0.3, 0.2] at 0.6 keeps two; applied again, one).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param topP in [0, 1]; 0 keeps only the top token (and its ties), 1 keeps all.
 * @param minTokensToKeep an integer ≥ 1, default 1.
 * @throws {TypeError} when `logits` is not an array of numbers or `topP` / `minTokensToKeep` is
 *   not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), `topP` is outside [0, 1] or `NaN`,
 *   or `minTokensToKeep` is not an integer ≥ 1.
 * @example topPFilter([Math.log(0.5), Math.log(0.3), Math.log(0.2)], 0.8) // [log 0.5, log 0.3, -Infinity]
 */
export function topPFilter(logits: readonly number[], topP: number, minTokensToKeep = 1): number[] {
  const xs = checkLogits(logits);
  const p = checkNumber('topP', topP, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const m = checkInteger('minTokensToKeep', minTokensToKeep, 1);
  if (p === 1) return [...xs];
  const probs = softmax(xs).sort((a, b) => b - a);
  let n = 0;
  let mass = 0;
  while (n < probs.length && mass < p - SLACK) mass += probs[n++] ?? 0;
  return keepTop(xs, Math.min(Math.max(n, m), xs.length));
}
