import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vitTokenCount, type VitTokenCountOptions } from '@/lib/multimodal';

describe('vitTokenCount', () => {
  it('gives 197 for ViT-B/16 at 224 px', () => {
    // Dosovitskiy et al. 2021: 224/16 = 14, 14 · 14 = 196 patches + the class token; HF ViTModel
    // (transformers 5.18) last_hidden_state has 197 positions
    expect(vitTokenCount({ imageSize: 224, patchSize: 16 })).toBe(197);
    expect(vitTokenCount({ imageSize: 224, patchSize: 16, clsToken: false })).toBe(196);
  });

  it('matches the sequence lengths of published vision towers', () => {
    // HF transformers 5.18, sequence length of last_hidden_state: ViT 384/16 -> 577, ViT 224/32 -> 50,
    // CLIPVisionModel 224/14 (ViT-L/14) -> 257, 336/14 (ViT-L/14@336px) -> 577
    expect(vitTokenCount({ imageSize: 384, patchSize: 16 })).toBe(577);
    expect(vitTokenCount({ imageSize: 224, patchSize: 32 })).toBe(50);
    expect(vitTokenCount({ imageSize: 224, patchSize: 14 })).toBe(257);
    expect(vitTokenCount({ imageSize: 336, patchSize: 14 })).toBe(577);
    // SiglipVisionModel 384/14 (so400m-patch14-384): no class token, 384 // 14 = 27, 27 · 27 = 729
    expect(vitTokenCount({ imageSize: 384, patchSize: 14, clsToken: false })).toBe(729);
  });

  it('drops pixels past the last whole patch and takes [height, width]', () => {
    // HF ViTModel 224/16 with interpolate_pos_encoding=True: a 240 × 320 image -> 301 (15 · 20 + 1);
    // 230 × 230 -> 197 (the stride-16 patch convolution fits 14 patches per side)
    expect(vitTokenCount({ imageSize: [240, 320], patchSize: 16 })).toBe(301);
    expect(vitTokenCount({ imageSize: 230, patchSize: 16 })).toBe(197);
    expect(vitTokenCount({ imageSize: [16, 16], patchSize: 16, clsToken: false })).toBe(1);
  });

  it('rejects sizes that are not positive integers, patches larger than the image and bad flags', () => {
    expect(() => vitTokenCount(null as unknown as VitTokenCountOptions)).toThrow(TypeError);
    expect(() => vitTokenCount({ imageSize: 0, patchSize: 16 })).toThrow(
      new RangeError('imageSize must be an integer >= 1, got 0'),
    );
    expect(() => vitTokenCount({ imageSize: 224.5, patchSize: 16 })).toThrow(RangeError);
    expect(() => vitTokenCount({ imageSize: [224] as unknown as [number, number], patchSize: 16 })).toThrow(
      new RangeError('imageSize must be a number or [height, width], got an array of length 1'),
    );
    expect(() => vitTokenCount({ imageSize: [224, -1], patchSize: 16 })).toThrow(
      new RangeError('imageSize[1] must be an integer >= 1, got -1'),
    );
    expect(() => vitTokenCount({ imageSize: '224' as unknown as number, patchSize: 16 })).toThrow(TypeError);
    expect(() => vitTokenCount({ imageSize: 224, patchSize: 0 })).toThrow(
      new RangeError('patchSize must be an integer >= 1, got 0'),
    );
    expect(() => vitTokenCount({ imageSize: [224, 8], patchSize: 16 })).toThrow(
      new RangeError('patchSize must be an integer in [1, min(height, width) = 8], got 16'),
    );
    expect(() => vitTokenCount({ imageSize: 224, patchSize: 16, clsToken: 1 as unknown as boolean })).toThrow(
      new TypeError('clsToken must be a boolean, got 1'),
    );
  });

  it('counts whole patches: a square size equals [s, s] and the class token adds one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2048 }), fc.integer({ min: 1, max: 64 }), (side, patchSize) => {
        fc.pre(patchSize <= side);
        const patches = vitTokenCount({ imageSize: side, patchSize, clsToken: false });
        expect(vitTokenCount({ imageSize: [side, side], patchSize, clsToken: false })).toBe(patches);
        expect(vitTokenCount({ imageSize: side, patchSize })).toBe(patches + 1);
        const perSide = Math.sqrt(patches);
        expect(Number.isInteger(perSide)).toBe(true);
        expect(perSide * patchSize).toBeLessThanOrEqual(side);
        expect((perSide + 1) * patchSize).toBeGreaterThan(side);
      }),
    );
  });
});
