import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { softmax } from './softmax';
import { checkLogits } from './validate';

/** Slack on the running mass, so 0.5 + 0.3 = 0.7999999999999999 counts as reaching topP = 0.8. */
const SLACK = 1e-12;

/**
 * Top-p (nucleus) filtering: keeps the smallest set of most-probable tokens whose total
 * probability reaches topP, and removes the rest by setting them to `-Infinity`.
 *
 * Formula: order the tokens by logit, highest first, equal logits by ascending token id; with
 * p = softmax(logits) in that order, n = the smallest count with p_(1) + … + p_(n) ≥ topP − 1e-12
 * (so the token that crosses the threshold stays); n = min(max(n, minTokensToKeep), V); keep
 * exactly the first n tokens of the order. topP = 1 keeps every token (HF's `generate` skips the
 * warper at `top_p = 1.0`). Holtzman et al. 2020 (arXiv 1904.09751), §3.1.
 *
 * Relation to HF `TopPLogitsWarper`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py):
 * HF sorts ascending, takes `cumsum` and removes `cumulative_probs <= (1 - top_p)`, then restores
 * the last `min_tokens_to_keep` sorted positions. A token's ascending cumulative sum is 1 minus the
 * mass ranked above it, so HF removes a token exactly when the tokens above it already hold
 * ≥ topP: the same count n as here. Two details are deliberate:
 * - Exact boundaries. HF compares float32 sums with `1 - top_p` (1 − 0.8 = 0.19999999999999996 in
 *   double), so whether [0.5, 0.3, 0.2] at topP = 0.8 keeps 2 or 3 tokens depends on rounding. Here
 *   the 1e-12 slack makes it 2, as exact arithmetic says (0.5 + 0.3 = 0.8 ≥ 0.8).
 * - Ties. Like HF, the kept set has exactly n tokens even when the cut falls inside a group of
 *   equal probabilities: [0.25, 0.25, 0.25, 0.25] at topP = 0.5 keeps 2 (HF: cumsum 0.25, 0.5,
 *   0.75, 1; the two ≤ 0.5 go). Which tied tokens survive is our rule: the lower token ids. HF
 *   leaves it to `torch.sort`, which promises no order among equal values unless `stable=True`
 *   (ATen `cpu/SortingKernel.cpp` uses `std::sort` or x86-simd-sort; `cuda/Sort.cpp` a bitonic
 *   sort for rows ≤ 4096 and a stable radix sort above, where HF's ascending sort keeps the higher
 *   ids). The lower-id rule is deterministic, equals a stable descending sort (the order the
 *   nucleus is defined in), and is the tie rule of `beamSearch` (and of `moeRoute` in CONTRACT.md).
 *   The kept count and kept mass always agree with HF; only the identity of tied survivors can
 *   differ.
 * Top-k, by contrast, keeps every token tied with the k-th (HF compares with `<`), so top-k can
 * keep more than k tokens while top-p never keeps more than n.
 * Unlike top-k and min-p, top-p is not idempotent: renormalising the kept set can let a shorter
 * prefix reach topP ([0.5, 0.3, 0.2] at 0.6 keeps two; applied again, one).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param topP in [0, 1]; 0 keeps only the top token (the lowest id among tied maxima), 1 keeps all.
 * @param minTokensToKeep an integer ≥ 1, default 1.
 * @throws {TypeError} when `logits` is not an array of numbers or `topP` / `minTokensToKeep` is
 *   not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), `topP` is outside [0, 1] or `NaN`,
 *   or `minTokensToKeep` is not an integer ≥ 1.
 * @example topPFilter([Math.log(0.5), Math.log(0.3), Math.log(0.2)], 0.8) // [log 0.5, log 0.3, -Infinity]
 * @example topPFilter([0, 0, 0, 0], 0.5) // [0, 0, -Infinity, -Infinity] (two of four tied tokens)
 */
export function topPFilter(logits: readonly number[], topP: number, minTokensToKeep = 1): number[] {
  const xs = checkLogits(logits);
  const p = checkNumber('topP', topP, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const m = checkInteger('minTokensToKeep', minTokensToKeep, 1);
  if (p === 1) return [...xs];
  const probs = softmax(xs);
  // Explicit comparisons: x − y would be NaN for two -Infinity logits.
  const order = xs
    .map((_, i) => i)
    .sort((a, b) => {
      const xa = xs[a] ?? -Infinity;
      const xb = xs[b] ?? -Infinity;
      return xa > xb ? -1 : xa < xb ? 1 : a - b;
    });
  let n = 0;
  let mass = 0;
  while (n < order.length && mass < p - SLACK) mass += probs[order[n++] ?? 0] ?? 0;
  const keep = new Set(order.slice(0, Math.min(Math.max(n, m), xs.length)));
  return xs.map((x, i) => (keep.has(i) ? x : -Infinity));
}
