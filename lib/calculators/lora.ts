import { checkInteger, checkObject } from '@/lib/utils/validate';

/** Input of {@link loraTrainableParams}: a d×k weight matrix adapted with rank r. */
export interface LoraInput {
  readonly d: number;
  readonly k: number;
  readonly r: number;
}

/**
 * Trainable parameters LoRA adds to one adapted d×k weight matrix.
 *
 * Formula: ΔW = B·A with B ∈ ℝ^{d×r}, A ∈ ℝ^{r×k}, so r·(d + k) parameters (Hu et al. 2021,
 * "LoRA", §4.1, https://arxiv.org/abs/2106.09685; loralib `layers.py`,
 * https://github.com/microsoft/LoRA). Multiply by the number of adapted matrices for a model.
 *
 * @throws {TypeError} when the input is not an object or a field is not a number.
 * @throws {RangeError} when `d` or `k` is not an integer ≥ 1, or `r` is not an integer ≥ 0.
 * @example loraTrainableParams({ d: 12288, k: 12288, r: 8 }) // 196608 (one GPT-3 W_q)
 */
export function loraTrainableParams(input: LoraInput): number {
  const fields = checkObject('input', input);
  const d = checkInteger('d', fields.d, 1);
  const k = checkInteger('k', fields.k, 1);
  const r = checkInteger('r', fields.r, 0);
  return r * (d + k);
}
