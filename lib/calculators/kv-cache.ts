import { checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';

/** Input of {@link kvCacheBytes}. */
export interface KvCacheInput {
  readonly layers: number;
  /** Key/value heads: the attention heads for MHA, fewer for GQA, 1 for MQA. */
  readonly kvHeads: number;
  readonly headDim: number;
  readonly seqLen: number;
  readonly batch: number;
  /** 2 for fp16/bf16, 1 for int8, 0.5 for 4-bit. */
  readonly bytesPerElem: number;
}

/**
 * Bytes of the key/value cache kept during autoregressive decoding.
 *
 * Formula: 2 · layers · kvHeads · headDim · seqLen · batch · bytesPerElem; the 2 is one key and
 * one value vector per head, layer and token (NVIDIA, "Mastering LLM Techniques: Inference
 * Optimization", https://developer.nvidia.com/blog/mastering-llm-techniques-inference-optimization/).
 *
 * @throws {TypeError} when the input is not an object or a field is not a number.
 * @throws {RangeError} when `layers`, `kvHeads`, `headDim` or `batch` is not an integer ≥ 1,
 *   `seqLen` is not an integer ≥ 0, or `bytesPerElem` is not finite and > 0.
 * @example kvCacheBytes({ layers: 32, kvHeads: 32, headDim: 128, seqLen: 4096, batch: 1, bytesPerElem: 2 })
 *   // 2147483648 (Llama 2 7B in fp16: 2 GiB)
 */
export function kvCacheBytes(input: KvCacheInput): number {
  const fields = checkObject('input', input);
  const layers = checkInteger('layers', fields.layers, 1);
  const kvHeads = checkInteger('kvHeads', fields.kvHeads, 1);
  const headDim = checkInteger('headDim', fields.headDim, 1);
  const seqLen = checkInteger('seqLen', fields.seqLen, 0);
  const batch = checkInteger('batch', fields.batch, 1);
  const bytes = checkNumber(
    'bytesPerElem',
    fields.bytesPerElem,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );
  return 2 * layers * kvHeads * headDim * seqLen * batch * bytes;
}
