import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * The perplexity of a sequence from its per-token log-probabilities.
 *
 * Formula: PPL = exp(−(1/N)·Σᵢ log p(xᵢ | x₍<ᵢ₎)), natural logarithms, the exponentiated mean
 * negative log-likelihood (Hugging Face Transformers guide "Perplexity of fixed-length models",
 * https://huggingface.co/docs/transformers/perplexity). It is the effective number of equally
 * likely tokens the model hesitates between; it depends on the tokenizer, because N counts
 * tokens. A token of probability 0 (log p = −Infinity) makes the perplexity Infinity.
 *
 * @param tokenLogprobs log p of each scored token, each ≤ 0 (−Infinity allowed), at least one.
 * @throws {TypeError} when `tokenLogprobs` is not an array of numbers.
 * @throws {RangeError} when it is empty or an entry is NaN or positive.
 * @example perplexity([Math.log(0.25), Math.log(0.25)]) // 4 (as unsure as a fair choice among 4 tokens)
 * @example perplexity([Math.log(0.5), Math.log(0.125)]) // 4 (geometric mean of 2 and 8)
 */
export function perplexity(tokenLogprobs: readonly number[]): number {
  const logprobs = checkNumberArray('tokenLogprobs', tokenLogprobs);
  if (logprobs.length === 0) throw new RangeError('tokenLogprobs must be non-empty, got an empty array');
  let sum = 0;
  logprobs.forEach((lp, i) => {
    if (Number.isNaN(lp) || lp > 0) {
      throw new RangeError(`tokenLogprobs[${i}] must be <= 0 (a log-probability), got ${describeValue(lp)}`);
    }
    sum += lp;
  });
  return Math.exp(-sum / logprobs.length);
}

/**
 * Bits per byte: the model's total negative log-likelihood of a text, in bits, divided by the
 * text's length in UTF-8 bytes.
 *
 * Formula: BPB = totalNllNats / (ln 2 · numBytes) = (L_T / L_B) · ℓ / ln 2, with ℓ the mean
 * per-token loss in nats, L_T tokens and L_B bytes (Gao et al. 2020, "The Pile", §5 / eq. in the
 * evaluation section, https://arxiv.org/abs/2101.00027). Because the numerator is the
 * log-probability of the whole text and the denominator does not depend on the tokenizer, models
 * with different vocabularies can be compared, which per-token perplexity does not allow.
 *
 * @param totalNllNats −Σ log p over every token of the text, natural log, finite and ≥ 0.
 * @param numBytes the text's UTF-8 length in bytes, an integer ≥ 1.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `totalNllNats` is negative or not finite, or `numBytes` is not an
 *   integer ≥ 1.
 * @example bitsPerByte(1000 * Math.LN2, 1000) // 1 (one bit per byte)
 * @example bitsPerByte(256 * Math.log(256), 256) // 8 (a uniform guess over all 256 byte values)
 */
export function bitsPerByte(totalNllNats: number, numBytes: number): number {
  const nll = checkNumber(
    'totalNllNats',
    totalNllNats,
    (x) => Number.isFinite(x) && x >= 0,
    'finite and >= 0',
  );
  const bytes = checkNumber('numBytes', numBytes, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1');
  return nll / (Math.LN2 * bytes);
}
