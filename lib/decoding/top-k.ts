import { checkInteger } from '@/lib/utils/validate';
import { keepTop } from './rank';
import { checkLogits } from './validate';

/**
 * Top-k filtering: keeps the k highest logits (and every logit tied with the k-th) and removes the
 * rest by setting them to `-Infinity`.
 *
 * Formula: k = min(max(topK, minTokensToKeep), V); t = k-th largest logit; x_i < t → `-Infinity`,
 * else x_i. Because the comparison is strict, tokens tied with the k-th all survive, so more than
 * k tokens can remain. HF `TopKLogitsWarper`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py):
 * `top_k = min(max(top_k, min_tokens_to_keep), vocab)`,
 * `scores < torch.topk(scores, top_k)[0][..., -1, None]` → `filter_value`.
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param topK an integer ≥ 1 (HF rejects 0 in the warper; `generate` reads `top_k = 0` as "off",
 *   which `decodingPipeline` mirrors).
 * @param minTokensToKeep an integer ≥ 1, default 1.
 * @throws {TypeError} when `logits` is not an array of numbers or `topK` / `minTokensToKeep` is
 *   not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), or `topK` / `minTokensToKeep` is
 *   not an integer ≥ 1.
 * @example topKFilter([1, 3, 2, 3], 1) // [-Infinity, 3, -Infinity, 3]
 * @example topKFilter([0, 1, 2, 3, 4], 1, 3) // [-Infinity, -Infinity, 2, 3, 4]
 */
export function topKFilter(logits: readonly number[], topK: number, minTokensToKeep = 1): number[] {
  const xs = checkLogits(logits);
  const k = checkInteger('topK', topK, 1);
  const m = checkInteger('minTokensToKeep', minTokensToKeep, 1);
  return keepTop(xs, Math.min(Math.max(k, m), xs.length));
}
