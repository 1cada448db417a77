import { describe, expect, it } from 'vitest';
import { kvCacheBytes, latentKvCacheBytes, type LatentKvCacheInput } from '@/lib/calculators';

// DeepSeek-V2 config.json (https://huggingface.co/deepseek-ai/DeepSeek-V2): num_hidden_layers 60,
// kv_lora_rank 512 (d_c), qk_rope_head_dim 64 (d_h^R), qk_nope_head_dim 128 (d_h), 128 heads.
const deepseekV2: LatentKvCacheInput = {
  layers: 60,
  latentDim: 512,
  ropeDim: 64,
  seqLen: 1,
  batch: 1,
  bytesPerElem: 2,
};

describe('latentKvCacheBytes', () => {
  it('caches (d_c + d_h^R)·l elements per token (DeepSeek-V2, Table 1)', () => {
    // (512 + 64) · 60 = 34 560 elements = 69 120 bytes in bf16
    expect(latentKvCacheBytes(deepseekV2)).toBe(69120);
    // Table 1: ≈ (9/2)·d_h·l with d_c = 4d_h, d_h^R = d_h/2, d_h = 128
    expect(latentKvCacheBytes(deepseekV2)).toBe(4.5 * 128 * 60 * 2);
  });

  it('equals GQA with 2.25 groups (§2.1.4)', () => {
    // four MLA caches = GQA with 4 × 2.25 = 9 key/value heads of dimension 128
    const gqa9 = kvCacheBytes({ layers: 60, kvHeads: 9, headDim: 128, seqLen: 1, batch: 1, bytesPerElem: 2 });
    expect(4 * latentKvCacheBytes(deepseekV2)).toBe(gqa9);
    // against full MHA with 128 heads: 576 / (2 · 128 · 128) of the cache
    const mha = kvCacheBytes({
      layers: 60,
      kvHeads: 128,
      headDim: 128,
      seqLen: 1,
      batch: 1,
      bytesPerElem: 2,
    });
    expect(latentKvCacheBytes(deepseekV2) / mha).toBe(576 / 32768);
  });

  it('scales linearly with tokens and batch', () => {
    expect(latentKvCacheBytes({ ...deepseekV2, seqLen: 128 * 1024, batch: 4 })).toBe(69120 * 128 * 1024 * 4);
    expect(latentKvCacheBytes({ ...deepseekV2, seqLen: 0 })).toBe(0);
    expect(latentKvCacheBytes({ ...deepseekV2, ropeDim: 0 })).toBe(512 * 60 * 2);
  });

  it('rejects bad sizes', () => {
    expect(() => latentKvCacheBytes({ ...deepseekV2, latentDim: 0 })).toThrow(
      new RangeError('latentDim must be an integer >= 1, got 0'),
    );
    expect(() => latentKvCacheBytes({ ...deepseekV2, ropeDim: -1 })).toThrow(
      /ropeDim must be an integer >= 0/,
    );
    expect(() => latentKvCacheBytes({ ...deepseekV2, bytesPerElem: Number.POSITIVE_INFINITY })).toThrow(
      /bytesPerElem must be finite and > 0/,
    );
    expect(() => latentKvCacheBytes({ ...deepseekV2, layers: '60' as unknown as number })).toThrow(TypeError);
    expect(() => latentKvCacheBytes(null as unknown as LatentKvCacheInput)).toThrow(TypeError);
  });
});
