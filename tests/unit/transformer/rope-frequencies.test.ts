import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ropeInverseFrequencies } from '@/lib/transformer';

/** HF prints float32 values to 5 significant digits: compare within 6e-5 relative. */
function expectRelClose(actual: readonly number[], expected: readonly number[], rel = 6e-5): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i]! - e) / e).toBeLessThan(rel));
}

// HF tests/utils/test_modeling_rope_utils.py, test_default_rope_numerically: LlamaConfig() has
// hidden_size 4096, 32 heads (head_dim 128), rope_theta 10000, max_position_embeddings 2048.
// prettier-ignore
const HF_DEFAULT = [
  1.0e0, 8.6596e-1, 7.4989e-1, 6.4938e-1, 5.6234e-1, 4.8697e-1, 4.217e-1, 3.6517e-1, 3.1623e-1, 2.7384e-1,
  2.3714e-1, 2.0535e-1, 1.7783e-1, 1.5399e-1, 1.3335e-1, 1.1548e-1, 1.0e-1, 8.6596e-2, 7.4989e-2, 6.4938e-2,
  5.6234e-2, 4.8697e-2, 4.217e-2, 3.6517e-2, 3.1623e-2, 2.7384e-2, 2.3714e-2, 2.0535e-2, 1.7783e-2, 1.5399e-2,
  1.3335e-2, 1.1548e-2, 1.0e-2, 8.6596e-3, 7.4989e-3, 6.4938e-3, 5.6234e-3, 4.8697e-3, 4.217e-3, 3.6517e-3,
  3.1623e-3, 2.7384e-3, 2.3714e-3, 2.0535e-3, 1.7783e-3, 1.5399e-3, 1.3335e-3, 1.1548e-3, 1.0e-3, 8.6596e-4,
  7.4989e-4, 6.4938e-4, 5.6234e-4, 4.8697e-4, 4.217e-4, 3.6517e-4, 3.1623e-4, 2.7384e-4, 2.3714e-4, 2.0535e-4,
  1.7783e-4, 1.5399e-4, 1.3335e-4, 1.1548e-4,
];

// test_dynamic_rope_numerically: factor 10, seq_len 16384 > 2048
// prettier-ignore
const HF_DYNAMIC = [
  1.0e0, 8.0931e-1, 6.5498e-1, 5.3008e-1, 4.29e-1, 3.472e-1, 2.8099e-1, 2.2741e-1, 1.8404e-1, 1.4895e-1,
  1.2055e-1, 9.7558e-2, 7.8955e-2, 6.3899e-2, 5.1714e-2, 4.1853e-2, 3.3872e-2, 2.7413e-2, 2.2185e-2, 1.7955e-2,
  1.4531e-2, 1.176e-2, 9.5176e-3, 7.7027e-3, 6.2339e-3, 5.0451e-3, 4.0831e-3, 3.3045e-3, 2.6744e-3, 2.1644e-3,
  1.7517e-3, 1.4176e-3, 1.1473e-3, 9.2852e-4, 7.5146e-4, 6.0817e-4, 4.922e-4, 3.9834e-4, 3.2238e-4, 2.6091e-4,
  2.1115e-4, 1.7089e-4, 1.383e-4, 1.1193e-4, 9.0585e-5, 7.3312e-5, 5.9332e-5, 4.8018e-5, 3.8861e-5, 3.1451e-5,
  2.5453e-5, 2.06e-5, 1.6672e-5, 1.3492e-5, 1.092e-5, 8.8374e-6, 7.1522e-6, 5.7883e-6, 4.6845e-6, 3.7912e-6,
  3.0683e-6, 2.4832e-6, 2.0097e-6, 1.6265e-6,
];

// test_llama3_rope_numerically: factor 10, original_max_position_embeddings 2048, low 1, high 4
// prettier-ignore
const HF_LLAMA3 = [
  1.0e0, 8.6596e-1, 7.4989e-1, 6.4938e-1, 5.6234e-1, 4.8697e-1, 4.217e-1, 3.6517e-1, 3.1623e-1, 2.7384e-1,
  2.3714e-1, 2.0535e-1, 1.7783e-1, 1.5399e-1, 1.3335e-1, 1.1548e-1, 1.0e-1, 8.6596e-2, 7.4989e-2, 6.4938e-2,
  5.6234e-2, 4.8697e-2, 4.217e-2, 3.6517e-2, 3.1623e-2, 2.7384e-2, 2.3714e-2, 2.0535e-2, 1.7783e-2, 1.5399e-2,
  1.3335e-2, 1.073e-2, 7.7785e-3, 5.6009e-3, 3.9991e-3, 2.8248e-3, 1.9675e-3, 1.3449e-3, 8.9549e-4, 5.7363e-4,
  3.4539e-4, 2.7384e-4, 2.3714e-4, 2.0535e-4, 1.7783e-4, 1.5399e-4, 1.3335e-4, 1.1548e-4, 1.0e-4, 8.6596e-5,
  7.4989e-5, 6.4938e-5, 5.6234e-5, 4.8697e-5, 4.217e-5, 3.6517e-5, 3.1623e-5, 2.7384e-5, 2.3714e-5, 2.0535e-5,
  1.7783e-5, 1.5399e-5, 1.3335e-5, 1.1548e-5,
];

const llama3 = (factor: number, lowFreqFactor: number, highFreqFactor: number) =>
  ({ type: 'llama3', factor, lowFreqFactor, highFreqFactor, originalMaxPositionEmbeddings: 2048 }) as const;

describe('ropeInverseFrequencies', () => {
  it('matches HF test_default_rope_numerically (head_dim 128, base 10000)', () => {
    expectRelClose(ropeInverseFrequencies(128), HF_DEFAULT);
  });

  it('is 10000^(−2i/d): exact at the decades', () => {
    // 10000^(−2i/128) is 10^−(i/16): 1, 0.1, 0.01, 0.001 at i = 0, 16, 32, 48 (HF_DEFAULT above)
    const f = ropeInverseFrequencies(128);
    expect(f[0]).toBe(1);
    expect(f[16]).toBeCloseTo(0.1, 15);
    expect(f[32]).toBeCloseTo(0.01, 16);
    expect(ropeInverseFrequencies(4)).toEqual([1, 0.01]);
  });

  it('divides every frequency by the factor under linear scaling (HF test_linear_rope_numerically)', () => {
    const base = ropeInverseFrequencies(128);
    for (const factor of [2, 10, 20]) {
      const scaled = ropeInverseFrequencies(128, { scaling: { type: 'linear', factor } });
      scaled.forEach((f, i) => expect(f).toBeCloseTo(base[i]! / factor, 15));
    }
  });

  it('leaves dynamic NTK unchanged up to the trained length, then matches HF', () => {
    // HF test_dynamic_rope_numerically, check 1: seq_len 1 or unset → the default frequencies
    const dyn = (seqLen: number) =>
      ropeInverseFrequencies(128, {
        scaling: { type: 'dynamic', factor: 10, seqLen, maxPositionEmbeddings: 2048 },
      });
    expect(dyn(1)).toEqual(ropeInverseFrequencies(128));
    expect(dyn(2048)).toEqual(ropeInverseFrequencies(128));
    // check 2: seq_len 16384, factor 10
    expectRelClose(dyn(16384), HF_DYNAMIC);
  });

  it('matches HF test_llama3_rope_numerically and stays within [default/factor, default]', () => {
    expectRelClose(ropeInverseFrequencies(128, { scaling: llama3(10, 1, 4) }), HF_LLAMA3);
    // HF check 2: every value between default/factor and default; check with high_freq_factor 1000: all scaled
    const base = ropeInverseFrequencies(128);
    const scaled = ropeInverseFrequencies(128, { scaling: llama3(10, 1, 4) });
    scaled.forEach((f, i) => {
      expect(f).toBeLessThanOrEqual(base[i]!);
      expect(f).toBeGreaterThanOrEqual(base[i]! / 10);
    });
    const allScaled = ropeInverseFrequencies(128, { scaling: llama3(10, 1, 1000) });
    allScaled.forEach((f, i) => expect(f).toBeLessThan(base[i]!));
  });

  it('rejects an odd head size, a bad base, unknown or invalid scalings', () => {
    expect(() => ropeInverseFrequencies(7)).toThrow(
      new RangeError('headDim must be an even integer >= 2, got 7'),
    );
    expect(() => ropeInverseFrequencies(0)).toThrow(RangeError);
    expect(() => ropeInverseFrequencies(8, { base: -1 })).toThrow(
      new RangeError('base must be finite and > 0, got -1'),
    );
    expect(() =>
      ropeInverseFrequencies(2, {
        scaling: { type: 'dynamic', factor: 2, seqLen: 10, maxPositionEmbeddings: 4 },
      }),
    ).toThrow(new RangeError("headDim must be an even integer >= 4 with 'dynamic' scaling, got 2"));
    expect(() => ropeInverseFrequencies(8, { scaling: llama3(8, 4, 4) })).toThrow(
      new RangeError('scaling.highFreqFactor must be > scaling.lowFreqFactor (4), got 4'),
    );
    expect(() => ropeInverseFrequencies(8, { scaling: llama3(8, 4, 1) })).toThrow(RangeError);
    expect(() =>
      ropeInverseFrequencies(8, {
        scaling: { type: 'yarn', factor: 2 } as unknown as { type: 'linear'; factor: number },
      }),
    ).toThrow(new RangeError(`scaling.type must be one of 'linear', 'dynamic', 'llama3', got "yarn"`));
    expect(() => ropeInverseFrequencies(8, { scaling: { type: 'linear', factor: 0 } })).toThrow(RangeError);
    expect(() =>
      ropeInverseFrequencies(8, {
        scaling: { type: 'dynamic', factor: 2, seqLen: 1.5, maxPositionEmbeddings: 4 },
      }),
    ).toThrow(RangeError);
    expect(() => ropeInverseFrequencies('8' as unknown as number)).toThrow(TypeError);
    expect(() => ropeInverseFrequencies(8, 'x' as unknown as object)).toThrow(TypeError);
  });

  it('decreases from 1 and gets larger wavelengths from dynamic scaling (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.double({ min: 1, max: 32, noNaN: true }),
        (half, seqLen, factor) => {
          const d = 2 * half;
          const f = ropeInverseFrequencies(d);
          expect(f[0]).toBe(1);
          for (let i = 1; i < half; i++) expect(f[i]!).toBeLessThan(f[i - 1]!);
          const dyn = ropeInverseFrequencies(d, {
            scaling: { type: 'dynamic', factor, seqLen, maxPositionEmbeddings: 2048 },
          });
          dyn.forEach((g, i) => expect(g).toBeLessThanOrEqual(f[i]! * (1 + 1e-12)));
        },
      ),
    );
  });
});
