import {
  checkDecodeLimits,
  checkEosInVocab,
  checkModel,
  queryModel,
  type NextTokenModel,
} from './next-token-model';

export interface GreedyOptions {
  /** The end-of-sequence token id; generation stops right after it. */
  readonly eosTokenId: number;
  /** The most tokens to generate (EOS included), an integer ≥ 1. */
  readonly maxNewTokens: number;
}

export interface GreedyResult {
  /** The generated tokens, ending with `eosTokenId` unless `maxNewTokens` ran out first. */
  tokens: number[];
  /** Σ log p(token | tokens before it), natural log; the sequence probability is its exp. */
  sumLogprob: number;
}

/**
 * Greedy decoding: at every step take the single most probable next token.
 *
 * Formula: w_t = argmax_w p(w | w_1..w_{t−1}); on a tie the lowest token id wins, as
 * `torch.argmax` returns the first maximal index. Stops right after emitting `eosTokenId` (which is
 * kept in `tokens`) or after `maxNewTokens` tokens; sumLogprob = Σ_t log p(w_t | w_<t). This is
 * transformers' `_sample` with `do_sample=False`
 * (https://github.com/huggingface/transformers/blob/v4.57.6/src/transformers/generation/utils.py#L2833)
 * and the blog's "Greedy search" (https://huggingface.co/blog/how-to-generate).
 *
 * @param model next-token probabilities given the tokens generated so far.
 * @param options `eosTokenId` (integer in [0, vocab − 1]) and `maxNewTokens` (integer ≥ 1).
 * @throws {TypeError} when `model` is not a function, `options` not an object, a field not a
 *   number, or the model returns something other than an array of numbers.
 * @throws {RangeError} when `eosTokenId` is not a token id, `maxNewTokens` not an integer ≥ 1, or
 *   the model returns a vector that is not a probability distribution or changes length.
 * @example greedyDecode(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 2 })
 * // { tokens: [1, 4], sumLogprob: log(0.5 · 0.4) = −1.6094 } ("The nice woman")
 */
export function greedyDecode(model: NextTokenModel, options: GreedyOptions): GreedyResult {
  const next = checkModel(model);
  const { eosTokenId, maxNewTokens } = checkDecodeLimits(options);
  const tokens: number[] = [];
  let sumLogprob = 0;
  let vocabSize: number | undefined;
  while (tokens.length < maxNewTokens) {
    const probs = queryModel(next, tokens, vocabSize);
    if (vocabSize === undefined) {
      checkEosInVocab(eosTokenId, probs.length);
      vocabSize = probs.length;
    }
    let best = 0;
    probs.forEach((p, i) => {
      if (p > (probs[best] ?? 0)) best = i;
    });
    tokens.push(best);
    sumLogprob += Math.log(probs[best] ?? 0);
    if (best === eosTokenId) break;
  }
  return { tokens, sumLogprob };
}
