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

/** The linear layers of a LLaMA-style decoder layer that LoRA can adapt (PEFT `target_modules`). */
export type LoraTarget = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';

/**
 * Every {@link LoraTarget}, in the order of a LLaMA layer (`q_proj` … `down_proj`).
 *
 * @throws never (a frozen constant).
 * @example LORA_TARGETS.length // 7
 */
export const LORA_TARGETS: readonly LoraTarget[] = Object.freeze(['q', 'k', 'v', 'o', 'gate', 'up', 'down']);

/** The shapes of one decoder layer that {@link loraTargetShapes} needs (HF config names). */
export interface LoraLayerConfig {
  readonly hiddenSize: number;
  readonly intermediateSize: number;
  readonly numHeads: number;
  /** defaults to numHeads (no grouped-query attention) */
  readonly numKvHeads?: number;
  /** defaults to hiddenSize / numHeads */
  readonly headDim?: number;
}

/**
 * The weight shapes LoRA adapts in one layer, as `{ target, d, k }` with d = out_features and
 * k = in_features of the `nn.Linear` (PEFT puts A: k → r and B: r → d on it).
 *
 * Shapes of HF `LlamaAttention` / `LlamaMLP`: q_proj hidden → numHeads·headDim, k_proj and v_proj
 * hidden → numKvHeads·headDim, o_proj numHeads·headDim → hidden, gate_proj and up_proj hidden →
 * intermediate, down_proj intermediate → hidden. Checked against PEFT's
 * `print_trainable_parameters` with r = 8 on q_proj and v_proj: 4,194,304 for Llama-2-7B
 * (6,742,609,920 − 6,738,415,616) and 3,407,872 for Llama-3-8B with GQA (8,033,669,120 −
 * 8,030,261,248).
 *
 * @param config the layer's sizes, positive integers; headDim·numHeads need not equal hiddenSize.
 * @param targets which linear layers to adapt, each at most once, in any order.
 * @throws {TypeError} when config is not an object, a size is not a number, or targets is not an
 *   array of strings.
 * @throws {RangeError} when a size is not an integer ≥ 1, numKvHeads does not divide numHeads, a
 *   target is unknown or repeated.
 * @example loraTargetShapes({ hiddenSize: 4096, intermediateSize: 14336, numHeads: 32, numKvHeads: 8 }, ['v'])
 *   // [{ target: 'v', d: 1024, k: 4096 }]
 */
export function loraTargetShapes(
  config: LoraLayerConfig,
  targets: readonly LoraTarget[],
): { target: LoraTarget; d: number; k: number }[] {
  const c = checkObject('config', config);
  const hidden = checkInteger('hiddenSize', c.hiddenSize, 1);
  const intermediate = checkInteger('intermediateSize', c.intermediateSize, 1);
  const heads = checkInteger('numHeads', c.numHeads, 1);
  const kvHeads = checkInteger('numKvHeads', c.numKvHeads ?? heads, 1);
  if (heads % kvHeads !== 0) {
    throw new RangeError(`numKvHeads must divide numHeads (${heads}), got ${kvHeads}`);
  }
  const headDim = checkInteger('headDim', c.headDim ?? hidden / heads, 1);
  if (!Array.isArray(targets)) throw new TypeError('targets must be an array of target names');
  const seen = new Set<string>();
  return targets.map((target: unknown) => {
    if (typeof target !== 'string') throw new TypeError('targets must be an array of target names');
    if (!(LORA_TARGETS as readonly string[]).includes(target)) {
      throw new RangeError(`unknown LoRA target ${JSON.stringify(target)}: use ${LORA_TARGETS.join(', ')}`);
    }
    if (seen.has(target)) throw new RangeError(`LoRA target ${JSON.stringify(target)} is listed twice`);
    seen.add(target);
    const shape = {
      q: [heads * headDim, hidden],
      k: [kvHeads * headDim, hidden],
      v: [kvHeads * headDim, hidden],
      o: [hidden, heads * headDim],
      gate: [intermediate, hidden],
      up: [intermediate, hidden],
      down: [hidden, intermediate],
    }[target as LoraTarget];
    return { target: target as LoraTarget, d: shape[0]!, k: shape[1]! };
  });
}
