/**
 * The k-th largest entry (1-based) of a non-empty array; `-Infinity` entries count like any other.
 *
 * Formula: sort a copy in descending order and read position k − 1. O(V log V), which is fine for
 * the vocabulary sizes a demo shows.
 *
 * @param k an integer in [1, values.length] (the caller checks it).
 * @throws never for valid input.
 * @example kthLargest([3, 1, 3, 2], 2) // 3 (ties count separately)
 */
export function kthLargest(values: readonly number[], k: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  return sorted[k - 1] ?? -Infinity;
}

/**
 * Keeps the n largest logits and every logit tied with the n-th; all others become `-Infinity`.
 * This is the shared core of top-k and the `minTokensToKeep` floor of min-p (top-p cuts inside
 * a tie group instead, as HF does: see `topPFilter`).
 *
 * Formula: t = n-th largest logit; x_i < t → `-Infinity`, else x_i unchanged (HF
 * `TopKLogitsWarper`: `scores < torch.topk(scores, k)[0][..., -1, None]`).
 *
 * @param n an integer in [1, logits.length] (the caller checks it).
 * @throws never for valid input.
 * @example keepTop([1, 3, 2, 3], 1) // [-Infinity, 3, -Infinity, 3] (the tie with the 1st survives)
 */
export function keepTop(logits: readonly number[], n: number): number[] {
  const threshold = kthLargest(logits, n);
  return logits.map((x) => (x < threshold ? -Infinity : x));
}
