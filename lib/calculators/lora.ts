import { checkFlag, checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';

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

/** Input of {@link loraScale}. */
export interface LoraScaleInput {
  /** `lora_alpha`. */
  readonly alpha: number;
  /** The rank r. */
  readonly r: number;
  /** Rank-stabilised LoRA (`use_rslora`); default false. */
  readonly rslora?: boolean;
}

/**
 * The factor LoRA multiplies its update by: h = W₀x + scale · B·A·x.
 *
 * Formula: α/r, or α/√r with rsLoRA. HF PEFT `LoraLayer.update_layer`
 * (`peft/tuners/lora/layer.py`): `lora_alpha / math.sqrt(r) if use_rslora else lora_alpha / r`;
 * Hu et al. 2021 (https://arxiv.org/abs/2106.09685, §4.1) scale by α/r; Kalajdzievski 2023,
 * "A Rank Stabilization Scaling Factor for Fine-Tuning with LoRA" (https://arxiv.org/abs/2312.03732),
 * shows α/√r keeps the update's scale stable as r grows.
 *
 * @throws {TypeError} when the input is not an object, `alpha` or `r` is not a number, or `rslora`
 *   is not a boolean.
 * @throws {RangeError} when `alpha` is not finite or `r` is not an integer ≥ 1 (PEFT rejects r ≤ 0).
 * @example loraScale({ alpha: 16, r: 8 }) // 2
 * @example loraScale({ alpha: 16, r: 16, rslora: true }) // 4
 */
export function loraScale(input: LoraScaleInput): number {
  const fields = checkObject('input', input);
  const alpha = checkNumber('alpha', fields.alpha, Number.isFinite, 'finite');
  const r = checkInteger('r', fields.r, 1);
  const rslora = checkFlag('rslora', fields.rslora ?? false);
  return rslora ? alpha / Math.sqrt(r) : alpha / r;
}
