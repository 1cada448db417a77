import { checkInteger } from '@/lib/utils/validate';
import { checkScores, maxOf } from './validate';

/** The running state after one block of {@link onlineSoftmax}. */
export interface OnlineSoftmaxStep {
  /** running max m of the scores read so far (`-Infinity` before the first finite one) */
  readonly max: number;
  /** running sum ℓ = Σ exp(s − m) over the scores read so far */
  readonly sum: number;
}

/** Steps and final probabilities of {@link onlineSoftmax}. */
export interface OnlineSoftmaxResult {
  readonly steps: OnlineSoftmaxStep[];
  readonly probs: number[];
}

/**
 * Softmax computed in one streaming pass over blocks, keeping only a running max and a running
 * sum — the normaliser trick behind FlashAttention.
 *
 * Formula: start with m = −∞, ℓ = 0; for each block B (blockSize scores, left to right):
 * m' = max(m, max B), ℓ ← ℓ·exp(m − m') + Σ_{s∈B} exp(s − m'), m ← m'; a block with no finite
 * score leaves (m, ℓ) unchanged. At the end pᵢ = exp(sᵢ − m)/ℓ, equal to softmax(scores) up to
 * rounding (Milakov & Gimelshein 2018, "Online normalizer calculation for softmax",
 * https://arxiv.org/abs/1805.02867, algorithm 3; Dao et al. 2022, FlashAttention,
 * https://arxiv.org/abs/2205.14135, algorithm 1, lines 9–12, where the blocks are key tiles).
 *
 * @param scores finite numbers or `-Infinity`, at least one finite.
 * @param blockSize scores per block, an integer ≥ 1 (larger than the length means one block).
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `scores` is empty, holds NaN or +Infinity, or is all `-Infinity`, or
 *   `blockSize` is not an integer ≥ 1.
 * @example onlineSoftmax([0, Math.log(3)], 1).steps // [{ max: 0, sum: 1 }, { max: 1.0986122886681096, sum: 1.3333333333333335 }]
 */
export function onlineSoftmax(scores: readonly number[], blockSize: number): OnlineSoftmaxResult {
  const xs = checkScores('scores', scores);
  const size = checkInteger('blockSize', blockSize, 1);
  const steps: OnlineSoftmaxStep[] = [];
  let m = -Infinity;
  let l = 0;
  for (let start = 0; start < xs.length; start += size) {
    const block = xs.slice(start, start + size);
    const blockMax = maxOf(block);
    if (blockMax > m) {
      // l is 0 while m is −∞, and exp(−∞ − finite) would be 0 anyway; skip the −∞ − (−∞) = NaN case.
      const rescaled = l === 0 ? 0 : l * Math.exp(m - blockMax);
      m = blockMax;
      l = rescaled;
    }
    if (m !== -Infinity) for (const s of block) l += Math.exp(s - m);
    steps.push({ max: m, sum: l });
  }
  return { steps, probs: xs.map((s) => Math.exp(s - m) / l) };
}
