import { checkNumber } from '@/lib/utils/validate';
import { checkLogits } from './validate';

/**
 * Scales logits by a temperature before the softmax: T < 1 sharpens, T > 1 flattens.
 *
 * Formula: x_i / T, with T finite and > 0; `-Infinity` stays `-Infinity`. Greedy decoding is an
 * argmax, not T = 0 (HF `TemperatureLogitsWarper`,
 * https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py).
 * For the probability-space view that does allow T = 0 and T = ∞, see `annealProbs`.
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param temperature finite and > 0.
 * @throws {TypeError} when `logits` is not an array of numbers or `temperature` not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), `temperature` is not finite and
 *   > 0, or `temperature` is so small that a finite logit / temperature overflows to ±Infinity
 *   (the result would no longer be a valid logit vector).
 * @example applyTemperature([2, 1, -Infinity], 0.5) // [4, 2, -Infinity]
 */
export function applyTemperature(logits: readonly number[], temperature: number): number[] {
  const xs = checkLogits(logits);
  const t = checkNumber('temperature', temperature, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  return xs.map((x, i) => {
    const scaled = x / t;
    if (Number.isFinite(x) && !Number.isFinite(scaled)) {
      throw new RangeError(
        `temperature must be large enough that logits / temperature stays finite, got ${t} (logits[${i}] = ${x})`,
      );
    }
    return scaled;
  });
}
