/**
 * The block-anatomy demo's model presets: each a decoder's Hugging Face `config.json` in the
 * shape `decoderParamCount` reads, and the model's published parameter count with its source.
 * The configs are the ones transcribed (with their URLs) in tests/unit/calculators/decoder-params.test.ts;
 * the published counts are literals from outside this project, never computed here.
 */
import type { DecoderConfig } from '@/lib/calculators/decoder-params';

export const VIEW_KEYS = ['params', 'norms', 'activations'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export const PRESET_KEYS = ['gpt2', 'llama2-7b', 'mistral-7b', 'llama3-8b', 'qwen2.5-7b'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export interface ModelPreset {
  /** The model's name as its authors write it. */
  readonly name: string;
  readonly config: DecoderConfig;
  /** The exact published parameter count. */
  readonly published: number;
  /** Where `published` comes from (shown next to the check). */
  readonly source: string;
}

// https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json: vocab_size 32000,
// hidden_size 4096, intermediate_size 11008, 32 layers, 32 heads, 32 KV heads, untied, no biases;
// LlamaForCausalLM: RMSNorm, SwiGLU (gate/up/down), RoPE.
const llama2: DecoderConfig = {
  vocabSize: 32000,
  hiddenSize: 4096,
  numLayers: 32,
  numHeads: 32,
  numKvHeads: 32,
  intermediateSize: 11008,
  mlp: 'gated',
  norm: 'rmsnorm',
  attentionBias: 'none',
  mlpBias: false,
  tiedEmbeddings: false,
  positionEmbedding: 'rope',
};

export const PRESETS: Record<PresetKey, ModelPreset> = {
  // https://huggingface.co/openai-community/gpt2/blob/main/config.json: vocab_size 50257, n_embd 768,
  // n_layer 12, n_head 12, n_inner null (4·768), n_positions 1024; LayerNorm, biased Conv1D
  // projections, GELU MLP, learned positions, lm_head tied to wte.
  gpt2: {
    name: 'GPT-2 (124M)',
    config: {
      vocabSize: 50257,
      hiddenSize: 768,
      numLayers: 12,
      numHeads: 12,
      numKvHeads: 12,
      intermediateSize: 3072,
      mlp: 'standard',
      norm: 'layernorm',
      attentionBias: 'all',
      mlpBias: true,
      tiedEmbeddings: true,
      positionEmbedding: 'learned',
      maxPositions: 1024,
    },
    // keras-team/keras-hub keras_hub/src/models/gpt2/gpt2_presets.py, gpt2_base_en "params": 124439808
    published: 124_439_808,
    source: 'KerasHub gpt2_base_en',
  },
  'llama2-7b': {
    name: 'Llama 2 7B',
    config: llama2,
    // keras-team/keras-hub keras_hub/src/models/llama/llama_presets.py, llama2_7b_en "params": 6738415616
    published: 6_738_415_616,
    source: 'KerasHub llama2_7b_en',
  },
  // https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json: as Llama 2 but 8 KV heads
  // and intermediate_size 14336.
  'mistral-7b': {
    name: 'Mistral 7B v0.1',
    config: { ...llama2, numKvHeads: 8, intermediateSize: 14336 },
    // keras-team/keras-hub keras_hub/src/models/mistral/mistral_presets.py, mistral_7b_en "params": 7241732096
    published: 7_241_732_096,
    source: 'KerasHub mistral_7b_en',
  },
  // https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json: as Mistral 7B but
  // vocab_size 128256.
  'llama3-8b': {
    name: 'Llama 3 8B',
    config: { ...llama2, vocabSize: 128256, numKvHeads: 8, intermediateSize: 14336 },
    // keras-team/keras-hub keras_hub/src/models/llama3/llama3_presets.py, llama3_8b_en "params": 8030261248
    published: 8_030_261_248,
    source: 'KerasHub llama3_8b_en',
  },
  // https://huggingface.co/Qwen/Qwen2.5-7B/blob/main/config.json: vocab_size 152064, hidden_size 3584,
  // intermediate_size 18944, 28 layers, 28 heads, 4 KV heads, untied; Qwen2Attention has biases on
  // q_proj, k_proj, v_proj only.
  'qwen2.5-7b': {
    name: 'Qwen2.5 7B',
    config: {
      ...llama2,
      vocabSize: 152064,
      hiddenSize: 3584,
      numLayers: 28,
      numHeads: 28,
      numKvHeads: 4,
      intermediateSize: 18944,
      attentionBias: 'qkv',
    },
    // Hugging Face Hub model metadata, safetensors "total": 7615616512 for Qwen/Qwen2.5-7B-Instruct
    // (same architecture as the base model; the model page rounds it to "7.62B params"); KerasHub
    // qwen_presets.py lists the same 7615616512 for qwen2.5_math_7b_en, built on this model.
    published: 7_615_616_512,
    source: 'Hugging Face Hub safetensors metadata',
  },
};
