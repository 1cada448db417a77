import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoderParamCount, type DecoderConfig } from '@/lib/calculators';

// Each config below is transcribed from the model's Hugging Face config.json (URL given), read
// through the search tool in verbatim copies of that file (AutoConfig printouts and loading logs).
// Expected totals are the published counts listed in CONTRACT.md (the exact safetensors totals
// behind the model pages' "124M", "6.74B", "7.24B", "8.03B", "7.62B" and "8.54B params").

// https://huggingface.co/openai-community/gpt2/blob/main/config.json: vocab_size 50257, n_embd 768,
// n_layer 12, n_head 12, n_inner null (→ 4·768), n_positions 1024; GPT2LMHeadModel ties lm_head to wte,
// uses LayerNorm and biased Conv1D projections (c_attn, c_proj, c_fc).
const gpt2: DecoderConfig = {
  vocabSize: 50257,
  hiddenSize: 768,
  numLayers: 12,
  numHeads: 12,
  intermediateSize: 3072,
  mlp: 'standard',
  norm: 'layernorm',
  attentionBias: 'all',
  mlpBias: true,
  tiedEmbeddings: true,
  positionEmbedding: 'learned',
  maxPositions: 1024,
};

// https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json (snapshot 8a0442e8…):
// vocab_size 32000, hidden_size 4096, intermediate_size 11008, num_hidden_layers 32,
// num_attention_heads 32, num_key_value_heads 32, tie_word_embeddings false, attention_bias false.
const llama2_7b: DecoderConfig = {
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

// https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json: vocab_size 32000,
// hidden_size 4096, intermediate_size 14336, num_hidden_layers 32, num_attention_heads 32,
// num_key_value_heads 8, tie_word_embeddings false.
const mistral7b: DecoderConfig = { ...llama2_7b, numKvHeads: 8, intermediateSize: 14336 };

// https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json: vocab_size 128256,
// hidden_size 4096, intermediate_size 14336, num_hidden_layers 32, num_attention_heads 32,
// num_key_value_heads 8, tie_word_embeddings false.
const llama3_8b: DecoderConfig = { ...mistral7b, vocabSize: 128256 };

// https://huggingface.co/Qwen/Qwen2.5-7B/blob/main/config.json (copy in citsjtu2020/LLM-Prof,
// sglang/Model_Config.md): vocab_size 152064, hidden_size 3584, intermediate_size 18944,
// num_hidden_layers 28, num_attention_heads 28, num_key_value_heads 4, tie_word_embeddings false;
// Qwen2Attention has bias=True on q_proj, k_proj, v_proj and bias=False on o_proj.
const qwen25_7b: DecoderConfig = {
  ...llama2_7b,
  vocabSize: 152064,
  hiddenSize: 3584,
  numLayers: 28,
  numHeads: 28,
  numKvHeads: 4,
  intermediateSize: 18944,
  attentionBias: 'qkv',
};

// https://huggingface.co/google/gemma-7b/blob/main/config.json: vocab_size 256000, hidden_size 3072,
// intermediate_size 24576, num_hidden_layers 28, num_attention_heads 16, num_key_value_heads 16,
// head_dim 256 (16·256 = 4096 ≠ 3072), no tie_word_embeddings key (GemmaConfig default: true).
const gemma7b: DecoderConfig = {
  ...llama2_7b,
  vocabSize: 256000,
  hiddenSize: 3072,
  numLayers: 28,
  numHeads: 16,
  numKvHeads: 16,
  headDim: 256,
  intermediateSize: 24576,
  tiedEmbeddings: true,
};

describe('decoderParamCount', () => {
  it('reproduces the published parameter counts of six open models', () => {
    expect(decoderParamCount(gpt2).total).toBe(124_439_808);
    expect(decoderParamCount(llama2_7b).total).toBe(6_738_415_616);
    expect(decoderParamCount(mistral7b).total).toBe(7_241_732_096);
    expect(decoderParamCount(llama3_8b).total).toBe(8_030_261_248);
    expect(decoderParamCount(qwen25_7b).total).toBe(7_615_616_512);
    expect(decoderParamCount(gemma7b).total).toBe(8_537_680_896);
  });

  it('splits GPT-2 into its embedding tables and layers', () => {
    const c = decoderParamCount(gpt2);
    // wte 50257×768 and wpe 1024×768 as printed by GPT2LMHeadModel; lm_head shares wte
    expect(c.embedding).toBe(50257 * 768);
    expect(c.positionEmbedding).toBe(1024 * 768);
    expect(c.lmHead).toBe(0);
    // c_attn Conv1D(2304, 768) + c_proj Conv1D(768, 768), weights and biases
    expect(c.attention / 12).toBe(768 * 2304 + 2304 + 768 * 768 + 768);
    // c_fc Conv1D(3072, 768) + c_proj Conv1D(768, 3072)
    expect(c.mlp / 12).toBe(768 * 3072 + 3072 + 3072 * 768 + 768);
    // ln_1, ln_2 per layer and ln_f, each weight + bias
    expect(c.norms).toBe(25 * 2 * 768);
  });

  it('matches per-layer projection sizes published for LLaMA-2-7B and Qwen2.5-7B', () => {
    // Layer numel tables found with the search tool: Llama-2-7b-hf self_attn 67108864, mlp 135266304;
    // Qwen2.5-7B self_attn 29360128 (weights only), mlp 203685888
    const llama = decoderParamCount(llama2_7b);
    expect(llama.attention / 32).toBe(67108864);
    expect(llama.mlp / 32).toBe(135266304);
    expect(llama.perLayer).toBe(67108864 + 135266304 + 2 * 4096);
    const qwen = decoderParamCount(qwen25_7b);
    // plus the q, k, v biases of Linear(3584, 3584, bias=True) and two Linear(3584, 512, bias=True)
    expect(qwen.attention / 28).toBe(29360128 + 3584 + 2 * 512);
    expect(qwen.mlp / 28).toBe(203685888);
  });

  it('counts an untied output head and only the final norm outside the layers', () => {
    const llama = decoderParamCount(llama2_7b);
    // lm_head Linear(4096, 32000, bias=False); 65 RMSNorm weights of 4096 (2 per layer + final)
    expect(llama.lmHead).toBe(32000 * 4096);
    expect(llama.norms).toBe(65 * 4096);
    expect(decoderParamCount({ ...llama2_7b, tiedEmbeddings: true }).total).toBe(
      6_738_415_616 - 32000 * 4096,
    );
  });

  it('sums its components and shrinks with fewer key/value heads (property)', () => {
    const configs = fc.record({
      vocabSize: fc.integer({ min: 1, max: 5000 }),
      numKvHeads: fc.integer({ min: 1, max: 8 }),
      group: fc.integer({ min: 1, max: 4 }),
      headDim: fc.integer({ min: 1, max: 64 }),
      numLayers: fc.integer({ min: 1, max: 12 }),
      intermediateSize: fc.integer({ min: 1, max: 2048 }),
      mlp: fc.constantFrom('gated' as const, 'standard' as const),
      norm: fc.constantFrom('rmsnorm' as const, 'layernorm' as const),
      attentionBias: fc.constantFrom('none' as const, 'qkv' as const, 'all' as const),
      mlpBias: fc.boolean(),
      tiedEmbeddings: fc.boolean(),
      learned: fc.boolean(),
    });
    fc.assert(
      fc.property(configs, ({ group, learned, ...rest }) => {
        const config: DecoderConfig = {
          ...rest,
          hiddenSize: 64,
          numHeads: rest.numKvHeads * group,
          positionEmbedding: learned ? 'learned' : 'rope',
          maxPositions: 128,
        };
        const c = decoderParamCount(config);
        expect(c.total).toBe(c.embedding + c.positionEmbedding + c.attention + c.mlp + c.norms + c.lmHead);
        // L layers of perLayer, plus the final norm (one of the 2L + 1 equal norms)
        const L = config.numLayers;
        expect(c.attention + c.mlp + c.norms).toBe(L * c.perLayer + c.norms / (2 * L + 1));
        if (group > 1) {
          const mha = decoderParamCount({ ...config, numKvHeads: config.numHeads });
          expect(mha.attention).toBeGreaterThan(c.attention);
        }
      }),
    );
  });

  it('rejects malformed configs', () => {
    expect(() => decoderParamCount({ ...llama2_7b, numLayers: 0 })).toThrow(
      new RangeError('numLayers must be an integer >= 1, got 0'),
    );
    expect(() => decoderParamCount({ ...llama2_7b, numKvHeads: 5 })).toThrow(
      new RangeError('numHeads must be a multiple of numKvHeads = 5, got 32'),
    );
    expect(() => decoderParamCount({ ...llama2_7b, numHeads: 30, numKvHeads: 30 })).toThrow(
      /headDim must be given when hiddenSize is not a multiple of numHeads = 30/,
    );
    expect(() => decoderParamCount({ ...llama2_7b, mlp: 'swiglu' as 'gated' })).toThrow(
      new RangeError("mlp must be one of 'gated', 'standard', got \"swiglu\""),
    );
    expect(() => decoderParamCount({ ...gpt2, maxPositions: undefined as unknown as number })).toThrow(
      RangeError,
    );
    expect(() => decoderParamCount({ ...gpt2, maxPositions: 0 })).toThrow(
      /maxPositions must be an integer >= 1/,
    );
    expect(() => decoderParamCount({ ...llama2_7b, mlpBias: 0 as unknown as boolean })).toThrow(
      new TypeError('mlpBias must be a boolean, got 0'),
    );
    expect(() => decoderParamCount({ ...llama2_7b, norm: 1 as unknown as 'rmsnorm' })).toThrow(TypeError);
    expect(() => decoderParamCount({ ...llama2_7b, vocabSize: '32000' as unknown as number })).toThrow(
      TypeError,
    );
    expect(() => decoderParamCount(null as unknown as DecoderConfig)).toThrow(TypeError);
  });
});
