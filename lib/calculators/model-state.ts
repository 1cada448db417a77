import { checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';

/** Input of {@link modelStateBytes}. */
export interface ModelStateInput {
  /** Ψ, the number of model parameters. */
  readonly params: number;
  /** ZeRO stage: 0 = plain data parallelism, 1 = optimizer states, 2 = + gradients, 3 = + parameters. */
  readonly stage: 0 | 1 | 2 | 3;
  /** N_d, the data-parallel degree (GPUs the states are partitioned over). */
  readonly numGpus: number;
}

/**
 * Bytes of model state (parameters, gradients, Adam states) per GPU under mixed-precision Adam,
 * with or without ZeRO partitioning.
 *
 * Formula: fp16 parameters 2Ψ, fp16 gradients 2Ψ, fp32 master weights + momentum + variance
 * KΨ = 12Ψ. Stage 0: 16Ψ; 1: 4Ψ + 12Ψ/N; 2: 2Ψ + 14Ψ/N; 3: 16Ψ/N (Rajbhandari et al. 2020,
 * "ZeRO", §5 and Figure 1, https://arxiv.org/abs/1910.02054). Activations are not included.
 *
 * @throws {TypeError} when the input is not an object or a field is not a number.
 * @throws {RangeError} when `params` is not finite and ≥ 0, `stage` is not 0–3, or `numGpus` is
 *   not an integer ≥ 1.
 * @example modelStateBytes({ params: 7.5e9, stage: 1, numGpus: 64 }) // 31.40625e9 (ZeRO Fig. 1: 31.4GB)
 */
export function modelStateBytes(input: ModelStateInput): number {
  const fields = checkObject('input', input);
  const psi = checkNumber('params', fields.params, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const stage = checkNumber('stage', fields.stage, (x) => [0, 1, 2, 3].includes(x), '0, 1, 2 or 3');
  const n = checkInteger('numGpus', fields.numGpus, 1);
  switch (stage) {
    case 0:
      return 16 * psi;
    case 1:
      return 4 * psi + (12 * psi) / n;
    case 2:
      return 2 * psi + (14 * psi) / n;
    default:
      return (16 * psi) / n;
  }
}

/** Per-GPU model-state bytes of {@link modelStateBreakdown}, by kind. */
export interface ModelStateParts {
  /** fp16/bf16 parameters: 2Ψ, or 2Ψ/N_d at stage 3. */
  readonly parameters: number;
  /** fp16/bf16 gradients: 2Ψ, or 2Ψ/N_d from stage 2 on. */
  readonly gradients: number;
  /** fp32 master weights, momentum and variance: 12Ψ, or 12Ψ/N_d from stage 1 on. */
  readonly optimizer: number;
}

/**
 * {@link modelStateBytes} split into its three parts (mixed-precision Adam, K = 12): which of the
 * 2Ψ + 2Ψ + 12Ψ bytes each ZeRO stage partitions over the N_d data-parallel GPUs (Rajbhandari et
 * al. 2020, arXiv 1910.02054, §3.1 and §5.1–5.3). The parts add up to `modelStateBytes(input)`.
 *
 * @throws {TypeError} when an input field has the wrong type.
 * @throws {RangeError} as {@link modelStateBytes}.
 * @example modelStateBreakdown({ params: 7.5e9, stage: 1, numGpus: 64 }) // { parameters: 15e9, gradients: 15e9, optimizer: 1.40625e9 }
 */
export function modelStateBreakdown(input: ModelStateInput): ModelStateParts {
  modelStateBytes(input); // validates
  const { params, stage, numGpus } = input;
  return {
    parameters: stage === 3 ? (2 * params) / numGpus : 2 * params,
    gradients: stage >= 2 ? (2 * params) / numGpus : 2 * params,
    optimizer: stage >= 1 ? (12 * params) / numGpus : 12 * params,
  };
}
