/**
 * The models the kv-cache and attention-masks demos share: each one's attention shape, the scheme it really uses, and the
 * numbers the other schemes would use for the same shape. Sources are named per model.
 */

export const SCHEMES = ['mha', 'gqa', 'mqa', 'mla'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const DTYPES = ['fp32', 'fp16', 'bf16', 'fp8'] as const;
export type Dtype = (typeof DTYPES)[number];
/** Bytes per element of each dtype (IEEE binary32/binary16, bfloat16, OCP FP8). */
export const DTYPE_BYTES: Record<Dtype, number> = { fp32: 4, fp16: 2, bf16: 2, fp8: 1 };

/** The sizes the four schemes need, as the fields show them. */
export interface KvShape {
  /** Transformer layers l. */
  readonly layers: number;
  /** Query heads n_h (MHA caches a key and a value for each). */
  readonly heads: number;
  /** Per-head dimension d_h. */
  readonly headDim: number;
  /** Key/value heads under GQA (n_h for MHA, 1 for MQA). */
  readonly kvHeads: number;
  /** MLA's compressed latent d_c (`kv_lora_rank`). */
  readonly latentDim: number;
  /** MLA's decoupled RoPE key d_h^R (`qk_rope_head_dim`). */
  readonly ropeDim: number;
}

export const MODEL_KEYS = [
  'llama2-7b',
  'llama3-8b',
  'mistral-7b',
  'falcon-7b',
  'deepseek-v2',
  'deepseek-v3',
] as const;
export type ModelKey = (typeof MODEL_KEYS)[number];

export interface KvModel {
  readonly name: string;
  /** The scheme the released model uses. */
  readonly native: Scheme;
  readonly shape: KvShape;
}

// Where a model does not use GQA or MLA, the demo still shows them for the same shape: GQA with
// 8 KV heads (as Llama 3 8B and Mistral 7B use), MLA with DeepSeek-V2's ratios d_c = 4·d_h and
// d_h^R = d_h/2 (DeepSeek-V2, §2.1.4, Table 1). These are the "what if" values, marked in the text.
export const MODELS: Record<ModelKey, KvModel> = {
  // meta-llama/Llama-2-7b-hf config.json: 32 layers, 32 heads, 32 KV heads, hidden 4096 → d_h 128
  'llama2-7b': {
    name: 'Llama 2 7B',
    native: 'mha',
    shape: { layers: 32, heads: 32, headDim: 128, kvHeads: 8, latentDim: 512, ropeDim: 64 },
  },
  // meta-llama/Meta-Llama-3-8B config.json: 32 layers, 32 heads, num_key_value_heads 8, d_h 128
  'llama3-8b': {
    name: 'Llama 3 8B',
    native: 'gqa',
    shape: { layers: 32, heads: 32, headDim: 128, kvHeads: 8, latentDim: 512, ropeDim: 64 },
  },
  // mistralai/Mistral-7B-v0.1 config.json: 32 layers, 32 heads, num_key_value_heads 8, d_h 128
  'mistral-7b': {
    name: 'Mistral 7B',
    native: 'gqa',
    shape: { layers: 32, heads: 32, headDim: 128, kvHeads: 8, latentDim: 512, ropeDim: 64 },
  },
  // tiiuae/falcon-7b config.json: num_hidden_layers 32, num_attention_heads 71, hidden_size 4544
  // (d_h = 4544/71 = 64), multi_query true (one shared key/value head). 71 is prime, so GQA has no
  // grouping between 1 (MQA) and 71 (MHA): the GQA field starts at 1.
  'falcon-7b': {
    name: 'Falcon 7B',
    native: 'mqa',
    shape: { layers: 32, heads: 71, headDim: 64, kvHeads: 1, latentDim: 256, ropeDim: 32 },
  },
  // DeepSeek-V2 (arXiv 2405.04434) §3.1.2: 60 layers, n_h 128, d_h 128, d_c 512, d_h^R 64
  'deepseek-v2': {
    name: 'DeepSeek-V2',
    native: 'mla',
    shape: { layers: 60, heads: 128, headDim: 128, kvHeads: 8, latentDim: 512, ropeDim: 64 },
  },
  // DeepSeek-V3 (arXiv 2412.19437) §4.2: 61 layers, n_h 128, d_h 128, d_c 512, d_h^R 64
  'deepseek-v3': {
    name: 'DeepSeek-V3',
    native: 'mla',
    shape: { layers: 61, heads: 128, headDim: 128, kvHeads: 8, latentDim: 512, ropeDim: 64 },
  },
};

/** Context lengths the slider visits: powers of two from 1 to 128K tokens. */
export const SEQ_LENS: readonly number[] = Array.from({ length: 18 }, (_, i) => 2 ** i);
/** Batch sizes the slider visits. */
export const BATCHES: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256];
