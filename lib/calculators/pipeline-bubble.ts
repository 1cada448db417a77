import { checkInteger, checkObject } from '@/lib/utils/validate';

/** Input of {@link pipelineBubble}. */
export interface PipelineBubbleInput {
  /** p, pipeline stages (devices in the pipeline). */
  readonly stages: number;
  /** m, micro-batches per batch. */
  readonly microBatches: number;
  /** v, model chunks per device (virtual stages) of the interleaved schedule; default 1. */
  readonly interleave?: number;
}

/** The idle "bubble" of a pipeline schedule as fractions of compute time. */
export interface PipelineBubble {
  /** Bubble time over the ideal (bubble-free) compute time. */
  readonly ofIdeal: number;
  /** Bubble time over the whole step (compute + bubble). */
  readonly ofTotal: number;
}

/**
 * The pipeline bubble of synchronous pipeline parallelism (GPipe, 1F1B and interleaved 1F1B).
 *
 * Formula: ofIdeal = (p − 1)/(v·m), ofTotal = (p − 1)/(v·m + p − 1). Narayanan et al. 2021,
 * "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM"
 * (https://arxiv.org/abs/2104.04473), §2.2.1: bubble time fraction t_pb/t_id = (p − 1)/m, and
 * (1/v)·(p − 1)/m for the interleaved schedule (§2.2.2); GPipe (Huang et al. 2019,
 * https://arxiv.org/abs/1811.06965, §2.3) writes the share of the step as O((K − 1)/(M + K − 1)).
 * Megatron-LM runs the interleaved schedule only when m is a multiple of p, the case the formula
 * describes, so other m are refused here.
 *
 * @throws {TypeError} when the input is not an object or a field is not a number.
 * @throws {RangeError} when a field is not an integer ≥ 1, or interleave > 1 and microBatches is
 *   not a multiple of stages.
 * @example pipelineBubble({ stages: 4, microBatches: 8 }) // { ofIdeal: 0.375, ofTotal: 0.2727… } (3/8, 3/11)
 * @example pipelineBubble({ stages: 4, microBatches: 8, interleave: 2 }).ofIdeal // 0.1875
 */
export function pipelineBubble(input: PipelineBubbleInput): PipelineBubble {
  const fields = checkObject('input', input);
  const p = checkInteger('stages', fields.stages, 1);
  const m = checkInteger('microBatches', fields.microBatches, 1);
  const v = checkInteger('interleave', fields.interleave ?? 1, 1);
  if (v > 1 && m % p !== 0) {
    throw new RangeError(`microBatches must be a multiple of stages = ${p} when interleave > 1, got ${m}`);
  }
  return { ofIdeal: (p - 1) / (v * m), ofTotal: (p - 1) / (v * m + p - 1) };
}
