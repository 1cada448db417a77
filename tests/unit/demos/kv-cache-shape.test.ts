import { describe, expect, it } from 'vitest';
import { binaryUnit } from '@/components/demos/kv-cache/axis-unit';
import { MODELS, type KvShape } from '@/components/demos/shared/kv-models';
import { cacheBytes, draftFromShape, type ShapeDraft } from '@/components/demos/kv-cache/shape';

const draft = (shape: KvShape, patch: Partial<ShapeDraft> = {}): ShapeDraft => ({
  ...draftFromShape(shape),
  ...patch,
});

describe('binaryUnit', () => {
  it('picks the largest binary unit not above the count (1 KiB = 1024 B)', () => {
    expect(binaryUnit(0)).toEqual({ unit: 'B', size: 1 });
    expect(binaryUnit(1023)).toEqual({ unit: 'B', size: 1 });
    expect(binaryUnit(1024)).toEqual({ unit: 'KiB', size: 1024 });
    expect(binaryUnit(524288)).toEqual({ unit: 'KiB', size: 1024 });
    expect(binaryUnit(3932160)).toEqual({ unit: 'MiB', size: 1024 ** 2 });
    expect(binaryUnit(2 * 1024 ** 3)).toEqual({ unit: 'GiB', size: 1024 ** 3 });
    expect(binaryUnit(1024 ** 7)).toEqual({ unit: 'PiB', size: 1024 ** 5 });
  });

  it('refuses what it cannot size', () => {
    expect(() => binaryUnit(Number.NaN)).toThrow(RangeError);
    expect(() => binaryUnit(Infinity)).toThrow(RangeError);
    expect(() => binaryUnit(-1)).toThrow(RangeError);
  });
});

describe('cacheBytes', () => {
  it('gives Llama 2 7B 524,288 bytes per token in FP16 and 2 GiB at 4,096 tokens (NVIDIA)', () => {
    // NVIDIA, "Mastering LLM Techniques: Inference Optimization": 1 * 4096 * 2 * 32 * 4096 * 2 bytes ≈ 2 GB
    const r = cacheBytes(draftFromShape(MODELS['llama2-7b'].shape), 2, 4096, 1);
    expect(r.ok && r.bytes.mha).toEqual({
      perToken: 2 * 32 * 32 * 128 * 2,
      total: 1 * 4096 * 2 * 32 * 4096 * 2,
    });
    // the same shape under GQA with 8 KV heads and MQA
    expect(r.ok && r.bytes.gqa.perToken).toBe(2 * 32 * 8 * 128 * 2);
    expect(r.ok && r.bytes.mqa.perToken).toBe(2 * 32 * 1 * 128 * 2);
  });

  it('gives each model its own scheme', () => {
    const perToken = (key: keyof typeof MODELS) => {
      const r = cacheBytes(draftFromShape(MODELS[key].shape), 2, 1, 1);
      return r.ok ? r.bytes[MODELS[key].native].perToken : null;
    };
    // config.json: 32 layers, 8 KV heads of 128
    expect(perToken('llama3-8b')).toBe(131072);
    expect(perToken('mistral-7b')).toBe(131072);
    // tiiuae/falcon-7b: 32 layers, one KV head of 4544/71 = 64
    expect(perToken('falcon-7b')).toBe(2 * 32 * 1 * 64 * 2);
    // DeepSeek-V2 Table 1: (d_c + d_h^R)·l = (512 + 64)·60 elements; V3 has 61 layers
    expect(perToken('deepseek-v2')).toBe(576 * 60 * 2);
    expect(perToken('deepseek-v3')).toBe(576 * 61 * 2);
  });

  it('scales with dtype, context and batch', () => {
    const shape = MODELS['llama2-7b'].shape;
    const fp8 = cacheBytes(draftFromShape(shape), 1, 1, 1);
    expect(fp8.ok && fp8.bytes.mha.perToken).toBe(262144);
    const big = cacheBytes(draftFromShape(shape), 4, 131072, 256);
    expect(big.ok && big.bytes.mla.total).toBe(32 * 576 * 4 * 131072 * 256);
  });

  it('reports lib’s message with the scheme and field for 0 heads, fractions and Infinity', () => {
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { heads: '0' }), 2, 1, 1)).toEqual({
      ok: false,
      error: {
        kind: 'lib',
        scheme: 'mha',
        message: 'kvHeads must be an integer >= 1, got 0',
        fields: ['heads'],
      },
    });
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { kvHeads: '0' }), 2, 1, 1)).toMatchObject({
      ok: false,
      error: { kind: 'lib', scheme: 'gqa', fields: ['kvHeads'] },
    });
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { layers: '1e400' }), 2, 1, 1)).toMatchObject({
      ok: false,
      error: { kind: 'lib', message: 'layers must be an integer >= 1, got Infinity', fields: ['layers'] },
    });
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { ropeDim: '-1' }), 2, 1, 1)).toMatchObject({
      ok: false,
      error: { kind: 'lib', scheme: 'mla', fields: ['ropeDim'] },
    });
  });

  it('needs GQA’s KV heads to divide the heads, and text to be numbers', () => {
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { kvHeads: '5' }), 2, 1, 1)).toEqual({
      ok: false,
      error: { kind: 'kvHeads', kvHeads: 5, heads: 32 },
    });
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { kvHeads: '64' }), 2, 1, 1)).toMatchObject({
      ok: false,
      error: { kind: 'kvHeads' },
    });
    expect(cacheBytes(draft(MODELS['llama2-7b'].shape, { headDim: 'NaN' }), 2, 1, 1)).toEqual({
      ok: false,
      error: { kind: 'field', field: 'headDim', error: { kind: 'notNumber', text: 'NaN' } },
    });
  });

  it('refuses byte counts above 2^53', () => {
    expect(
      cacheBytes(draft(MODELS['llama2-7b'].shape, { headDim: '1000000000000' }), 4, 131072, 256),
    ).toEqual({
      ok: false,
      error: { kind: 'tooLarge' },
    });
  });
});
