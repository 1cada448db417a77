import { checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * Contextual calibration: divides a model's label probabilities by those it gives a content-free
 * input (such as "N/A") under the same prompt, removing the prompt's bias toward some labels.
 *
 * Formula: qᵢ = (pᵢ / p_cfᵢ) / Σⱼ (pⱼ / p_cfⱼ), i.e. W = diag(p_cf)⁻¹ and b = 0 (Zhao et al.
 * 2021, "Calibrate Before Use: Improving Few-Shot Performance of Language Models",
 * https://arxiv.org/abs/2102.09690, §5). The paper writes softmax(Wp + b) and its code
 * (tonyzhaozh/few-shot-learning) takes argmax(Wp); this function renormalises Wp instead. All
 * three pick the same label, but only the renormalised form is a probability vector that equals
 * p when p_cf is uniform, so the three give different numbers. Neither input has to sum to 1:
 * rescaling p or p_cf by a constant cancels in the renormalisation (Zhao et al. first renormalise
 * both over the label words).
 *
 * @param probs the label probabilities for the real input, each in [0, 1], with a positive sum.
 * @param contentFreeProbs the label probabilities for the content-free input, same length, each
 *   in (0, 1].
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when the arrays are empty or of different lengths, a probability is out
 *   of range, or probs sums to 0.
 * @example contextualCalibration([0.6, 0.4], [0.7, 0.3]) // [0.391304347826087, 0.6086956521739131] (9/23, 14/23)
 */
export function contextualCalibration(
  probs: readonly number[],
  contentFreeProbs: readonly number[],
): number[] {
  const p = checkNumberArray('probs', probs);
  const cf = checkNumberArray('contentFreeProbs', contentFreeProbs);
  if (p.length === 0)
    throw new RangeError('probs must hold at least 1 probability, got an array of length 0');
  if (cf.length !== p.length) {
    throw new RangeError(
      `contentFreeProbs must have the length of probs (${p.length}), got ${describeValue(contentFreeProbs)}`,
    );
  }
  p.forEach((x, i) => {
    if (!(x >= 0 && x <= 1)) throw new RangeError(`probs[${i}] must be in [0, 1], got ${describeValue(x)}`);
  });
  cf.forEach((x, i) => {
    if (!(x > 0 && x <= 1)) {
      throw new RangeError(`contentFreeProbs[${i}] must be in (0, 1], got ${describeValue(x)}`);
    }
  });
  if (!p.some((x) => x > 0)) throw new RangeError('probs must have a positive sum, got all zeros');
  const scaled = p.map((x, i) => x / (cf[i] ?? 1));
  const sum = scaled.reduce((s, x) => s + x, 0);
  if (Number.isFinite(sum) && sum > 0) return scaled.map((x) => x / sum);
  // A subnormal p_cf can overflow a ratio (or a tiny p underflow one): redo it in log space.
  const logs = p.map((x, i) => Math.log(x) - Math.log(cf[i] ?? 1));
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}
