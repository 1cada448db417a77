import { checkChoice, checkFlag, checkInteger, checkObject } from '@/lib/utils/validate';

/** A decoder-only transformer, described as its Hugging Face `config.json` would describe it. */
export interface DecoderConfig {
  /** `vocab_size` (the embedding rows actually allocated, padding included). */
  readonly vocabSize: number;
  /** `hidden_size` (`n_embd` for GPT-2). */
  readonly hiddenSize: number;
  /** `num_hidden_layers` (`n_layer`). */
  readonly numLayers: number;
  /** `num_attention_heads` (`n_head`). */
  readonly numHeads: number;
  /** `num_key_value_heads`; default `numHeads` (multi-head attention). */
  readonly numKvHeads?: number;
  /** `head_dim`; default `hiddenSize / numHeads`, which must then be an integer. */
  readonly headDim?: number;
  /** `intermediate_size` (`n_inner`, 4·hidden for GPT-2). */
  readonly intermediateSize: number;
  /** `'gated'`: gate, up and down projections (SwiGLU, GeGLU); `'standard'`: up and down. */
  readonly mlp: 'gated' | 'standard';
  /** `'layernorm'` has a weight and a bias per channel, `'rmsnorm'` only a weight. */
  readonly norm: 'rmsnorm' | 'layernorm';
  /** `'qkv'`: biases on the q, k and v projections only (Qwen2); `'all'`: on the output projection too. */
  readonly attentionBias: 'none' | 'qkv' | 'all';
  /** Biases on every MLP projection (GPT-2: true; LLaMA: false). */
  readonly mlpBias: boolean;
  /** `tie_word_embeddings`: the output head reuses the input embedding matrix. */
  readonly tiedEmbeddings: boolean;
  /** `'learned'` adds a maxPositions × hidden table (GPT-2 `wpe`); `'rope'` has no parameters. */
  readonly positionEmbedding: 'rope' | 'learned';
  /** `max_position_embeddings` (`n_positions`); required with `'learned'`. */
  readonly maxPositions?: number;
}

/** Parameter counts returned by {@link decoderParamCount}. */
export interface DecoderParamCount {
  /** Every parameter, counting a tied embedding once. */
  readonly total: number;
  /** Token embedding, vocabSize · hiddenSize. */
  readonly embedding: number;
  /** Learned position table, maxPositions · hiddenSize, or 0. */
  readonly positionEmbedding: number;
  /** q, k, v and output projections with their biases, over all layers. */
  readonly attention: number;
  /** MLP projections with their biases, over all layers. */
  readonly mlp: number;
  /** Two norms per layer plus the final norm. */
  readonly norms: number;
  /** Output projection, vocabSize · hiddenSize, or 0 when tied. */
  readonly lmHead: number;
  /** One layer: its attention, MLP and two norms. */
  readonly perLayer: number;
}

/**
 * The exact parameter count of a pre-norm decoder-only transformer, split by component.
 *
 * Formula, with d = hiddenSize, n_q = numHeads·headDim, n_kv = numKvHeads·headDim, f =
 * intermediateSize, L = numLayers, V = vocabSize:
 * attention per layer = d·n_q + 2·d·n_kv + n_q·d (+ n_q + 2·n_kv with `'qkv'` biases, + d more with
 * `'all'`); MLP per layer = 3·d·f gated or 2·d·f standard (+ 2f + d or f + d with biases); a norm =
 * d (RMSNorm) or 2d (LayerNorm), two per layer and one after the last layer; embedding V·d; learned
 * positions maxPositions·d; lmHead V·d unless tied. This is the module structure of HF
 * `LlamaForCausalLM`, `MistralForCausalLM`, `Qwen2ForCausalLM`, `GemmaForCausalLM` and
 * `GPT2LMHeadModel` (`modeling_llama.py`, `modeling_gpt2.py`, … in `transformers/models/`), and it reproduces their published
 * counts: GPT-2 124,439,808; LLaMA-2-7B 6,738,415,616; Mistral-7B-v0.1 7,241,732,096;
 * Llama-3-8B 8,030,261,248; Qwen2.5-7B 7,615,616,512; Gemma-7B 8,537,680,896.
 *
 * @param config the model; see {@link DecoderConfig}.
 * @throws {TypeError} when `config` is not an object, a size is not a number, a flag is not a
 *   boolean or a choice is not a string.
 * @throws {RangeError} when a size is not an integer ≥ 1, numHeads is not a multiple of numKvHeads,
 *   hiddenSize / numHeads is not an integer and no headDim is given, a choice is unknown, or
 *   maxPositions is missing with `'learned'` positions.
 * @example decoderParamCount({ vocabSize: 50257, hiddenSize: 768, numLayers: 12, numHeads: 12,
 *   intermediateSize: 3072, mlp: 'standard', norm: 'layernorm', attentionBias: 'all', mlpBias: true,
 *   tiedEmbeddings: true, positionEmbedding: 'learned', maxPositions: 1024 }).total
 *   // 124439808 (GPT-2)
 */
export function decoderParamCount(config: DecoderConfig): DecoderParamCount {
  const c = checkObject('config', config);
  const vocab = checkInteger('vocabSize', c.vocabSize, 1);
  const d = checkInteger('hiddenSize', c.hiddenSize, 1);
  const layers = checkInteger('numLayers', c.numLayers, 1);
  const heads = checkInteger('numHeads', c.numHeads, 1);
  const kvHeads = checkInteger('numKvHeads', c.numKvHeads ?? heads, 1);
  if (heads % kvHeads !== 0) {
    throw new RangeError(`numHeads must be a multiple of numKvHeads = ${kvHeads}, got ${heads}`);
  }
  if (c.headDim === undefined && d % heads !== 0) {
    throw new RangeError(
      `headDim must be given when hiddenSize is not a multiple of numHeads = ${heads}, got hiddenSize ${d}`,
    );
  }
  const headDim = checkInteger('headDim', c.headDim ?? d / heads, 1);
  const f = checkInteger('intermediateSize', c.intermediateSize, 1);
  const mlpKind = checkChoice('mlp', c.mlp, ['gated', 'standard'] as const);
  const normKind = checkChoice('norm', c.norm, ['rmsnorm', 'layernorm'] as const);
  const attentionBias = checkChoice('attentionBias', c.attentionBias, ['none', 'qkv', 'all'] as const);
  const mlpBias = checkFlag('mlpBias', c.mlpBias);
  const tied = checkFlag('tiedEmbeddings', c.tiedEmbeddings);
  const positions = checkChoice('positionEmbedding', c.positionEmbedding, ['rope', 'learned'] as const);
  if (positions === 'learned' && c.maxPositions === undefined) {
    throw new RangeError(
      "maxPositions must be an integer >= 1 with positionEmbedding 'learned', got undefined",
    );
  }
  const maxPositions = c.maxPositions === undefined ? 0 : checkInteger('maxPositions', c.maxPositions, 1);

  const qWidth = heads * headDim;
  const kvWidth = kvHeads * headDim;
  let attention = d * qWidth + 2 * d * kvWidth + qWidth * d;
  if (attentionBias !== 'none') attention += qWidth + 2 * kvWidth;
  if (attentionBias === 'all') attention += d;
  let mlp = (mlpKind === 'gated' ? 3 : 2) * d * f;
  if (mlpBias) mlp += (mlpKind === 'gated' ? 2 * f : f) + d;
  const norm = normKind === 'layernorm' ? 2 * d : d;
  const perLayer = attention + mlp + 2 * norm;

  const embedding = vocab * d;
  const positionEmbedding = positions === 'learned' ? maxPositions * d : 0;
  const lmHead = tied ? 0 : vocab * d;
  const norms = layers * 2 * norm + norm;
  return {
    total: embedding + positionEmbedding + layers * perLayer + norm + lmHead,
    embedding,
    positionEmbedding,
    attention: layers * attention,
    mlp: layers * mlp,
    norms,
    lmHead,
    perLayer,
  };
}
