import { checkChoice, checkFlag, checkInteger, checkObject } from '@/lib/utils/validate';

/** Input of {@link activationBytes}; symbols as in Korthikanti et al. 2022. */
export interface ActivationInput {
  /** s, tokens per sequence. */
  readonly seqLen: number;
  /** b, sequences per micro-batch. */
  readonly microBatch: number;
  /** h, the hidden size. */
  readonly hiddenSize: number;
  /** a, attention heads. */
  readonly numHeads: number;
  /** L, transformer layers held by the device (all of them without pipeline parallelism). */
  readonly numLayers: number;
  /** t, the tensor-parallel degree; default 1. */
  readonly tensorParallel?: number;
  /** Sequence parallelism (shards the layer-norm and dropout activations too); default false. */
  readonly sequenceParallel?: boolean;
  /** `'selective'` recomputes the attention core; `'full'` keeps only each layer's input; default `'none'`. */
  readonly recompute?: 'none' | 'selective' | 'full';
}

/**
 * Bytes of activations a device stores for the backward pass of the transformer layers, with 16-bit
 * activations and 1-byte dropout masks.
 *
 * Formula: numLayers × per layer (Korthikanti et al. 2022, "Reducing Activation Recomputation in
 * Large Transformer Models", https://arxiv.org/abs/2205.05198, eq. 1–6 and Table 2):
 * no parallelism sbh(34 + 5as/h); tensor parallel sbh(10 + 24/t + 5as/(ht)); plus sequence parallel
 * sbh(34/t + 5as/(ht)); `'selective'` drops the 5as/… term (the attention scores, softmax and
 * dropout mask); `'full'` keeps 2sbh (the layer input). With t = 1 the three forms agree. Embeddings,
 * the final norm and the output layer are not included, nor the pipeline's extra in-flight
 * micro-batches.
 *
 * @throws {TypeError} when the input is not an object, a size is not a number, `sequenceParallel`
 *   is not a boolean or `recompute` is not a string.
 * @throws {RangeError} when a size or `tensorParallel` is not an integer ≥ 1, `tensorParallel` does not
 *   divide `numHeads`, or `recompute` is unknown.
 * @example activationBytes({ seqLen: 2048, microBatch: 1, hiddenSize: 12288, numHeads: 96, numLayers: 1 })
 *   // 2868903936 = sbh(34 + 80) for a GPT-3 175B layer
 */
export function activationBytes(input: ActivationInput): number {
  const fields = checkObject('input', input);
  const s = checkInteger('seqLen', fields.seqLen, 1);
  const b = checkInteger('microBatch', fields.microBatch, 1);
  const h = checkInteger('hiddenSize', fields.hiddenSize, 1);
  const a = checkInteger('numHeads', fields.numHeads, 1);
  const layers = checkInteger('numLayers', fields.numLayers, 1);
  const t = checkInteger('tensorParallel', fields.tensorParallel ?? 1, 1);
  // Megatron splits whole heads across tensor-parallel ranks (it asserts numHeads % t == 0).
  if (a % t !== 0) {
    throw new RangeError(`tensorParallel must divide numHeads = ${a}, got ${t}`);
  }
  const sp = checkFlag('sequenceParallel', fields.sequenceParallel ?? false);
  const recompute = checkChoice('recompute', fields.recompute ?? 'none', [
    'none',
    'selective',
    'full',
  ] as const);

  const sbh = s * b * h;
  if (recompute === 'full') return layers * 2 * sbh;
  // 10sbh (layer-norm inputs, dropout masks, sublayer inputs) is replicated unless sequence-parallel.
  const linear = sp ? (34 * sbh) / t : 10 * sbh + (24 * sbh) / t;
  // 5as²b: the attention scores QKᵀ, softmax output, dropout mask and dropout output.
  const attentionCore = recompute === 'selective' ? 0 : (5 * a * s * s * b) / t;
  return layers * (linear + attentionCore);
}
