import { checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';

/** Input of {@link latentKvCacheBytes}. */
export interface LatentKvCacheInput {
  readonly layers: number;
  /** d_c, the compressed key/value latent per token (`kv_lora_rank`, 512 in DeepSeek-V2). */
  readonly latentDim: number;
  /** d_h^R, the decoupled RoPE key shared by all heads (`qk_rope_head_dim`, 64 in DeepSeek-V2). */
  readonly ropeDim: number;
  readonly seqLen: number;
  readonly batch: number;
  /** 2 for fp16/bf16, 1 for fp8 or int8. */
  readonly bytesPerElem: number;
}

/**
 * Bytes of the key/value cache of multi-head latent attention (MLA), which stores one compressed
 * latent and one shared RoPE key per token and layer instead of per-head keys and values.
 *
 * Formula: layers · (latentDim + ropeDim) · seqLen · batch · bytesPerElem. DeepSeek-AI 2024,
 * "DeepSeek-V2", §2.1.4 and Table 1 (https://arxiv.org/abs/2405.04434): (d_c + d_h^R)·l elements
 * per token, with d_c = 4d_h and d_h^R = d_h/2 "equal to GQA with only 2.25 groups". Compare
 * `kvCacheBytes` = 2 · layers · kvHeads · headDim · ….
 *
 * @throws {TypeError} when the input is not an object or a field is not a number.
 * @throws {RangeError} when `layers`, `latentDim` or `batch` is not an integer ≥ 1, `ropeDim` or
 *   `seqLen` is not an integer ≥ 0, or `bytesPerElem` is not finite and > 0.
 * @example latentKvCacheBytes({ layers: 60, latentDim: 512, ropeDim: 64, seqLen: 1, batch: 1, bytesPerElem: 2 })
 *   // 69120 (DeepSeek-V2, bf16, one token)
 */
export function latentKvCacheBytes(input: LatentKvCacheInput): number {
  const fields = checkObject('input', input);
  const layers = checkInteger('layers', fields.layers, 1);
  const latentDim = checkInteger('latentDim', fields.latentDim, 1);
  const ropeDim = checkInteger('ropeDim', fields.ropeDim, 0);
  const seqLen = checkInteger('seqLen', fields.seqLen, 0);
  const batch = checkInteger('batch', fields.batch, 1);
  const bytes = checkNumber(
    'bytesPerElem',
    fields.bytesPerElem,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );
  return layers * (latentDim + ropeDim) * seqLen * batch * bytes;
}
