import { describe, expect, it } from 'vitest';
import { kvCacheBytes, type KvCacheInput } from '@/lib/calculators';

// Llama 2 7B: 32 layers, 32 heads of dimension 128 (hidden size 4096), fp16
const llama2_7b: KvCacheInput = {
  layers: 32,
  kvHeads: 32,
  headDim: 128,
  seqLen: 4096,
  batch: 1,
  bytesPerElem: 2,
};

describe('kvCacheBytes', () => {
  it('reproduces the NVIDIA Llama 2 7B example', () => {
    // NVIDIA, "Mastering LLM Techniques: Inference Optimization": 1 * 4096 * 2 * 32 * 4096 * 2 bytes, ~2 GB
    expect(kvCacheBytes(llama2_7b)).toBe(1 * 4096 * 2 * 32 * 4096 * 2);
    expect(kvCacheBytes(llama2_7b)).toBe(2 * 1024 ** 3);
  });

  it('costs 0.5 MiB per token for Llama 2 7B', () => {
    // 2 · 32 · 32 · 128 · 2 = 524 288 bytes per token ("~0.5 MB per token")
    expect(kvCacheBytes({ ...llama2_7b, seqLen: 1 })).toBe(524288);
  });

  it('shrinks with fewer key/value heads (GQA)', () => {
    // Llama 2 70B config: 80 layers, 8 KV heads of dimension 128; 2 · 80 · 8 · 128 · 2 = 327 680 bytes per token
    expect(kvCacheBytes({ layers: 80, kvHeads: 8, headDim: 128, seqLen: 1, batch: 1, bytesPerElem: 2 })).toBe(
      327680,
    );
  });

  it('rejects non-integer sizes and a non-positive element size', () => {
    expect(() => kvCacheBytes({ ...llama2_7b, layers: 0 })).toThrow(
      new RangeError('layers must be an integer >= 1, got 0'),
    );
    expect(() => kvCacheBytes({ ...llama2_7b, seqLen: -1 })).toThrow(/seqLen must be an integer >= 0/);
    expect(() => kvCacheBytes({ ...llama2_7b, headDim: 1.5 })).toThrow(RangeError);
    expect(() => kvCacheBytes({ ...llama2_7b, bytesPerElem: 0 })).toThrow(
      /bytesPerElem must be finite and > 0/,
    );
    expect(() => kvCacheBytes({ ...llama2_7b, batch: '1' as unknown as number })).toThrow(TypeError);
    expect(() => kvCacheBytes(undefined as unknown as KvCacheInput)).toThrow(TypeError);
  });
});
