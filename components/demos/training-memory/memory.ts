/**
 * The training-memory demo's numbers: the typed setup is read, checked and sent to
 * `modelStateBytes` and `activationBytes` (lib/calculators); the result is the per-GPU memory at
 * every ZeRO stage, split into the four parts the chart stacks. Pure, so it is tested without React.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { activationBytes } from '@/lib/calculators/activation-memory';
import { modelStateBreakdown } from '@/lib/calculators/model-state';
import { checkInteger } from '@/lib/utils/validate';
import { FIELDS, GPU_BYTES, STAGES, type Field, type Options, type Stage } from './presets';

/** Bytes one GPU holds, and what offloading moved to the host. */
export interface Breakdown {
  readonly parameters: number;
  readonly gradients: number;
  readonly optimizer: number;
  readonly activations: number;
  /** parameters + gradients + optimizer on the GPU. */
  readonly modelStates: number;
  /** parameters + gradients + optimizer + activations: what the GPU must hold. */
  readonly total: number;
  /** Model-state bytes offloaded to CPU memory (per GPU's process). */
  readonly cpu: number;
}

/** The split of lib's `modelStateBytes` into parameters, gradients and optimizer state. */
export const modelStateParts = modelStateBreakdown;

/** Why a setup has no result. */
export type MemoryError =
  | { kind: 'field'; field: Field; error: FieldError }
  | { kind: 'lib'; message: string; fields: Field[] }
  | { kind: 'tpHeads'; tp: number; heads: number }
  | { kind: 'batch'; globalBatch: number; microBatch: number; dp: number }
  | { kind: 'tooLarge' };

export interface MemoryView {
  readonly values: Readonly<Record<Field, number>>;
  /** Per-GPU memory at each ZeRO stage with the chosen offload (where that stage allows it). */
  readonly stages: Readonly<Record<Stage, Breakdown>>;
  /** Micro-batches each GPU runs per optimizer step: B / (b · N_d). */
  readonly accumulation: number;
  /** Tokens per optimizer step: B · s. */
  readonly tokensPerStep: number;
  /** GPUs in all: N_d · t. */
  readonly gpus: number;
}

export type MemoryResult = { ok: true; view: MemoryView } | { ok: false; error: MemoryError };

/** lib/ parameter names → the demo's fields. */
const LIB_NAMES: Record<string, Field> = {
  params: 'params',
  numGpus: 'dp',
  numLayers: 'layers',
  hiddenSize: 'hidden',
  numHeads: 'heads',
  tensorParallel: 'tp',
  seqLen: 'seqLen',
  microBatch: 'microBatch',
  globalBatch: 'globalBatch',
};

/**
 * Whether a ZeRO stage allows an offload (DeepSpeed config docs: `offload_optimizer` is valid for
 * stages 1–3, `offload_param` only with stage 3).
 */
export function offloadAllowed(kind: 'optimizer' | 'params', stage: Stage): boolean {
  return kind === 'optimizer' ? stage >= 1 : stage === 3;
}

/**
 * The per-GPU memory of a setup at every ZeRO stage. Text that is not a number is rejected
 * first; the numbers go to lib/ (activations first, so a bad tensor-parallel degree is named as
 * such), whose RangeError comes back with the fields it names; then the checks lib/ does not make
 * but Megatron-LM does: the heads split evenly over the tensor-parallel ranks, and the global
 * batch is a whole number of micro-batches on every data-parallel rank. Totals above 2^53 bytes
 * would not print exactly and are refused.
 *
 * Tensor parallelism gives each GPU 1/t of every weight matrix, so its model states are lib's
 * numbers divided by t (layer norms, which Megatron-LM replicates, are ignored); the activations
 * are lib's with tensorParallel = t. Pipeline parallelism is not modelled: every GPU holds all layers.
 */
export function trainingMemory(draft: Readonly<Record<Field, string>>, options: Options): MemoryResult {
  const values = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const v = values;
  // Checked before lib (which refuses it too) to name both numbers in the reader's terms.
  if (
    Number.isInteger(v.tp) &&
    v.tp >= 1 &&
    Number.isInteger(v.heads) &&
    v.heads >= 1 &&
    v.heads % v.tp !== 0
  ) {
    return { ok: false, error: { kind: 'tpHeads', tp: v.tp, heads: v.heads } };
  }
  let activations: number;
  const parts = {} as Record<Stage, ReturnType<typeof modelStateParts>>;
  try {
    activations = activationBytes({
      seqLen: v.seqLen,
      microBatch: v.microBatch,
      hiddenSize: v.hidden,
      numHeads: v.heads,
      numLayers: v.layers,
      tensorParallel: v.tp,
      sequenceParallel: options.sequenceParallel,
      recompute: options.recompute,
    });
    for (const stage of STAGES) parts[stage] = modelStateParts({ params: v.params, stage, numGpus: v.dp });
    checkInteger('globalBatch', v.globalBatch, 1);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const names = fieldsInMessage(e.message, Object.keys(LIB_NAMES));
    return {
      ok: false,
      error: { kind: 'lib', message: e.message, fields: names.map((n) => LIB_NAMES[n] ?? 'params') },
    };
  }
  if (v.globalBatch % (v.microBatch * v.dp) !== 0) {
    return {
      ok: false,
      error: { kind: 'batch', globalBatch: v.globalBatch, microBatch: v.microBatch, dp: v.dp },
    };
  }

  const stages = {} as Record<Stage, Breakdown>;
  for (const stage of STAGES) {
    const share = {
      parameters: parts[stage].parameters / v.tp,
      gradients: parts[stage].gradients / v.tp,
      optimizer: parts[stage].optimizer / v.tp,
    };
    const offOptimizer = options.offloadOptimizer && offloadAllowed('optimizer', stage);
    const offParams = options.offloadParams && offloadAllowed('params', stage);
    // ZeRO-Offload moves the optimizer state and, once gradients are partitioned (ZeRO-2 and up),
    // the gradient partition (DeepSpeed docs: "offloading optimizer and gradient states to CPU
    // memory within ZeRO-2"); at ZeRO-1 the full gradients stay on the GPU here.
    const offGradients = offOptimizer && stage >= 2;
    const onGpu = {
      parameters: offParams ? 0 : share.parameters,
      gradients: offGradients ? 0 : share.gradients,
      optimizer: offOptimizer ? 0 : share.optimizer,
      activations,
    };
    const modelStates = onGpu.parameters + onGpu.gradients + onGpu.optimizer;
    stages[stage] = {
      ...onGpu,
      modelStates,
      total: modelStates + onGpu.activations,
      cpu:
        (offParams ? share.parameters : 0) +
        (offGradients ? share.gradients : 0) +
        (offOptimizer ? share.optimizer : 0),
    };
  }
  const tokensPerStep = v.globalBatch * v.seqLen;
  const gpus = v.dp * v.tp;
  const all = STAGES.map((s) => stages[s].total + stages[s].cpu).concat(tokensPerStep, gpus);
  if (!all.every((n) => Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER)) {
    return { ok: false, error: { kind: 'tooLarge' } };
  }
  return {
    ok: true,
    view: { values, stages, accumulation: v.globalBatch / (v.microBatch * v.dp), tokensPerStep, gpus },
  };
}

/** How a per-GPU total compares with one 80 GiB GPU: the bytes left over, or the bytes too many. */
export function fitOf(total: number): { fits: boolean; margin: number } {
  return total <= GPU_BYTES
    ? { fits: true, margin: GPU_BYTES - total }
    : { fits: false, margin: total - GPU_BYTES };
}

/**
 * Bytes in decimal gigabytes (10⁹ bytes) to three significant digits, as the ZeRO paper prints
 * them (the demo's other sizes are binary: GiB = 2³⁰ bytes).
 *
 * @example decimalGigabytes(31_406_250_000) // '31.4 GB'
 */
export function decimalGigabytes(bytes: number): string {
  return `${Number((bytes / 1e9).toPrecision(3))} GB`;
}
