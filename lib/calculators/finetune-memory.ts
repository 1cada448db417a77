import { checkChoice, checkFlag, checkNumber, checkObject } from '@/lib/utils/validate';

/** How a model is fine-tuned, for {@link finetuneMemoryBytes}. */
export type FinetuneMethod = 'full' | 'lora' | 'qlora';

/** Every {@link FinetuneMethod}, from the most to the least memory. */
export const FINETUNE_METHODS: readonly FinetuneMethod[] = Object.freeze(['full', 'lora', 'qlora']);

/** Input of {@link finetuneMemoryBytes}. */
export interface FinetuneMemoryInput {
  /** Ψ, the parameters of the base model. */
  readonly params: number;
  /**
   * T, the parameters LoRA adds and trains (the adapters). Required for `'lora'` and `'qlora'`;
   * `'full'` trains every base parameter and ignores it (it is still checked when given).
   */
  readonly trainableParams?: number;
  readonly method: FinetuneMethod;
  /**
   * QLoRA only: quantise the quantisation constants too (`bnb_4bit_use_double_quant`); default
   * false, as in transformers' `BitsAndBytesConfig`. Ignored by the other methods.
   */
  readonly doubleQuant?: boolean;
}

/** The bytes of {@link finetuneMemoryBytes}, by kind. Activations are not included. */
export interface FinetuneMemoryParts {
  /** Weights: 16-bit (full, LoRA) or 4-bit NF4 (QLoRA) base, plus 16-bit adapters. */
  readonly weights: number;
  /** 16-bit gradients of the trained parameters only. */
  readonly gradients: number;
  /** fp32 master weights, Adam momentum and variance of the trained parameters: 12 bytes each. */
  readonly optimizerStates: number;
  /** QLoRA's block-wise quantisation constants (0 for the other methods). */
  readonly quantConstants: number;
  /** The sum of the four parts. */
  readonly total: number;
}

/** Weights per block of the first quantisation (bitsandbytes `blocksize=64`; QLoRA §3). */
export const QLORA_BLOCK_SIZE = 64;
/** First-level constants per block of the second quantisation (QLoRA §3, Double Quantization). */
export const DOUBLE_QUANT_BLOCK_SIZE = 256;

/**
 * Bits of quantisation constants per base parameter in QLoRA.
 *
 * Formula: one fp32 absmax per block of 64 weights, 32/64 = 0.5 bits; with double quantisation the
 * constants are stored as 8-bit floats with one fp32 constant per 256 of them,
 * 8/64 + 32/(64·256) = 0.126953125 ≈ 0.127 bits, a saving of 0.373 bits per parameter (Dettmers
 * et al. 2023, "QLoRA", §3 "Double Quantization", https://arxiv.org/abs/2305.14314).
 *
 * @throws {TypeError} when `doubleQuant` is not a boolean.
 * @example qloraConstantBits(false) // 0.5
 * @example qloraConstantBits(true) // 0.126953125
 */
export function qloraConstantBits(doubleQuant: boolean): number {
  return checkFlag('doubleQuant', doubleQuant)
    ? 8 / QLORA_BLOCK_SIZE + 32 / (QLORA_BLOCK_SIZE * DOUBLE_QUANT_BLOCK_SIZE)
    : 32 / QLORA_BLOCK_SIZE;
}

const finiteNonNegative = (x: number) => Number.isFinite(x) && x >= 0;

/**
 * GPU memory of the model states when fine-tuning with Adam: full fine-tuning, LoRA on a 16-bit
 * base, or QLoRA on a 4-bit base — activations (and the CUDA context, fragmentation, …) excluded.
 *
 * Formula, with Ψ = params and T = trainableParams:
 * - full: mixed-precision Adam, 2Ψ + 2Ψ + 12Ψ = 16Ψ (16-bit weights and gradients, fp32 master
 *   weights, momentum and variance; Rajbhandari et al. 2020, "ZeRO", §3.1, K = 12 — the stage-0
 *   `modelStateBytes`).
 * - lora: the frozen base keeps only its 16-bit weights, 2Ψ, since it has no gradients and no
 *   optimizer state; the adapters train like any parameter, 16T as above (weights 2T, gradients
 *   2T, optimizer 12T). PEFT upcasts adapters to fp32 by default (`cast_adapter_dtype` in
 *   `peft/tuners/tuners_utils.py`): 4 + 4 + 8 bytes, the same 16 per parameter.
 * - qlora: a 4-bit NF4 base, Ψ/2 bytes, plus its constants Ψ·{@link qloraConstantBits}/8, plus 16T
 *   for the 16-bit adapters (Dettmers et al. 2023, §3). Every base parameter is counted at 4 bits;
 *   bitsandbytes quantises only the linear layers (embeddings, norms and the output head stay
 *   16-bit), so a real model needs a little more.
 *
 * @throws {TypeError} when the input is not an object, a count is not a number, `method` is not a
 *   string, `doubleQuant` is not a boolean, or `trainableParams` is missing for LoRA or QLoRA.
 * @throws {RangeError} when `params` or `trainableParams` is not finite and ≥ 0, or `method` is
 *   not 'full', 'lora' or 'qlora'.
 * @example finetuneMemoryBytes({ params: 7.5e9, method: 'full' }).total // 120e9 (ZeRO Figure 1: 120GB)
 * @example finetuneMemoryBytes({ params: 65e9, trainableParams: 0, method: 'qlora', doubleQuant: true }).quantConstants
 *   // 1031494140.625 (0.127 bits × 65B / 8)
 */
export function finetuneMemoryBytes(input: FinetuneMemoryInput): FinetuneMemoryParts {
  const fields = checkObject('input', input);
  const psi = checkNumber('params', fields.params, finiteNonNegative, 'finite and >= 0');
  const method = checkChoice('method', fields.method, FINETUNE_METHODS);
  const doubleQuant = checkFlag('doubleQuant', fields.doubleQuant ?? false);
  if (fields.trainableParams === undefined && method !== 'full') {
    throw new TypeError(`trainableParams is required for method '${method}'`);
  }
  const t =
    fields.trainableParams === undefined
      ? 0
      : checkNumber('trainableParams', fields.trainableParams, finiteNonNegative, 'finite and >= 0');
  const trained = method === 'full' ? psi : t;
  const base = method === 'full' ? 0 : method === 'lora' ? 2 * psi : psi / 2;
  const parts = {
    weights: base + 2 * trained,
    gradients: 2 * trained,
    optimizerStates: 12 * trained,
    quantConstants: method === 'qlora' ? (psi * qloraConstantBits(doubleQuant)) / 8 : 0,
  };
  return {
    ...parts,
    total: parts.weights + parts.gradients + parts.optimizerStates + parts.quantConstants,
  };
}
