import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyresGrid,
  contextShare,
  LLAVA_NEXT_GRIDS,
  QWEN2_VL_PIXELS,
  smartResize,
  visualTokenCount,
  type VisualTiling,
  type VisualTokenOptions,
} from '@/lib/multimodal';

/** LLaVA-NeXT as HF's LlavaNextProcessor counts it: CLIP ViT-L/14-336, anyres, spatial_unpad, no class token. */
const llavaNext = (imageSize: [number, number]): VisualTokenOptions => ({
  imageSize,
  patchSize: 14,
  tiling: { mode: 'anyres', tileSize: 336, unpad: true },
});
/** Qwen2-VL as qwen-vl-utils resizes it: 14-px patches, 2 × 2 merge, the default pixel budget. */
const qwen2vl = (imageSize: [number, number]): VisualTokenOptions => ({
  imageSize,
  patchSize: 14,
  merge: 2,
  tiling: { mode: 'native', minPixels: QWEN2_VL_PIXELS.min, maxPixels: QWEN2_VL_PIXELS.max },
});

describe('anyresGrid', () => {
  it('picks the grid HF select_best_resolution picks over LLaVA-NeXT’s pinpoints', () => {
    // transformers image_processing_utils.select_best_resolution, run by hand (a line-by-line Python
    // transcription) on image_grid_pinpoints [[336,672],[672,336],[672,672],[1008,336],[336,1008]]
    expect(anyresGrid([672, 672], 336)).toEqual([2, 2]);
    expect(anyresGrid([500, 1000], 336)).toEqual([1, 2]);
    expect(anyresGrid([400, 1000], 336)).toEqual([1, 3]);
    expect(anyresGrid([1000, 400], 336)).toEqual([3, 1]);
    expect(anyresGrid([1080, 1920], 336)).toEqual([2, 2]);
    // a small square image: every canvas keeps all of it; [336, 672] wastes the least and comes first
    expect(anyresGrid([336, 336], 336)).toEqual([1, 2]);
    expect(anyresGrid([1, 1], 336)).toEqual([1, 2]);
  });

  it('takes its own candidate grids and rejects bad ones', () => {
    expect(anyresGrid([672, 672], 336, [[1, 1]])).toEqual([1, 1]);
    expect(LLAVA_NEXT_GRIDS).toHaveLength(5);
    expect(() => anyresGrid([672, 672], 336, [])).toThrow(TypeError);
    expect(() => anyresGrid([672, 672], 336, [[0, 1]])).toThrow(
      new RangeError('tiling.grids[0][0] must be an integer in [1, 64], got 0'),
    );
    expect(() => anyresGrid([672, 672], 0)).toThrow(RangeError);
  });
});

describe('smartResize', () => {
  it('rounds each side to a multiple of the factor, half to even, as qwen-vl-utils does', () => {
    // qwen-vl-utils vision_process.smart_resize, factor 28, run by hand in Python
    expect(smartResize([224, 224], 28)).toEqual([224, 224]);
    expect(smartResize([500, 1000], 28)).toEqual([504, 1008]);
    expect(smartResize([1080, 1920], 28)).toEqual([1092, 1932]);
    // 70/28 = 2.5 → round() → 2; 98/28 = 3.5 → 4 (Python rounds half to even)
    expect(smartResize([70, 70], 28)).toEqual([56, 56]);
    expect(smartResize([98, 98], 28)).toEqual([112, 112]);
    // never below one factor: max(factor, …)
    expect(smartResize([20, 20], 28)).toEqual([28, 28]);
  });

  it('scales down past maxPixels and up below minPixels', () => {
    const budget = { minPixels: QWEN2_VL_PIXELS.min, maxPixels: QWEN2_VL_PIXELS.max };
    // qwen-vl-utils defaults MIN_PIXELS = 4·28², MAX_PIXELS = 16384·28²
    expect(QWEN2_VL_PIXELS).toEqual({ min: 3136, max: 12845056 });
    expect(smartResize([8000, 8000], 28, budget)).toEqual([3584, 3584]);
    expect(smartResize([4000, 3000], 28, budget)).toEqual([4004, 2996]);
    expect(smartResize([14, 14], 28, budget)).toEqual([56, 56]);
    expect(smartResize([30, 5000], 28, budget)).toEqual([28, 5012]);
  });

  it('refuses aspect ratios above 200, an inverted budget and a budget below one factor', () => {
    expect(() => smartResize([10, 2001], 28)).toThrow(RangeError);
    expect(() => smartResize([10, 2000], 28)).not.toThrow();
    expect(() => smartResize([100, 100], 28, { minPixels: 10, maxPixels: 5 })).toThrow(
      new RangeError('minPixels must be <= maxPixels = 5, got 10'),
    );
    expect(() => smartResize([28, 5600], 28, { maxPixels: 784 })).toThrow(/maxPixels must leave each side/);
    expect(() => smartResize([100, 100], 0)).toThrow(RangeError);
  });
});

describe('visualTokenCount', () => {
  it('gives 576 for LLaVA-1.5 whatever the image size', () => {
    // LLaVA clip_encoder.py: CLIP ViT-L/14-336, select_feature 'patch' drops the class token:
    // (336 // 14)² = 24² = 576; HF LlavaConfig image_seq_length 576
    for (const imageSize of [
      [336, 336],
      [672, 672],
      [480, 1920],
    ] as [number, number][]) {
      const count = visualTokenCount({ imageSize, patchSize: 14, tiling: { mode: 'fixed', tileSize: 336 } });
      expect(count.total).toBe(576);
      expect(count.tokenGrid).toEqual([24, 24]);
      expect(count.encoderPasses).toBe(1);
    }
    // with the class token kept: 577, CLIPVisionModel's sequence length at 336 px
    expect(
      visualTokenCount({
        imageSize: [336, 336],
        patchSize: 14,
        clsToken: true,
        tiling: { mode: 'fixed', tileSize: 336 },
      }).total,
    ).toBe(577);
  });

  it('gives 197 for ViT-B/16 at 224 px', () => {
    // Dosovitskiy et al. 2021: 14 · 14 patches + the class token
    const count = visualTokenCount({
      imageSize: [224, 224],
      patchSize: 16,
      clsToken: true,
      tiling: { mode: 'fixed', tileSize: 224 },
    });
    expect(count).toMatchObject({ total: 197, imageTokens: 196, clsTokens: 1, patchesEncoded: 196 });
  });

  it('counts LLaVA-NeXT’s anyres tokens as HF LlavaNextProcessor does', () => {
    // _get_number_of_features − 1 (vision_feature_select_strategy 'default'), run by hand in Python:
    // 672 × 672 → 2 × 2 tiles: 48·48 unpadded + 48 newlines + 576 base = 2,928
    expect(visualTokenCount(llavaNext([672, 672]))).toMatchObject({
      total: 2928,
      imageTokens: 2304,
      newlineTokens: 48,
      globalTokens: 576,
      tiles: [2, 2],
      encoderPasses: 5,
      patchesEncoded: 5 * 576,
      resized: [672, 672],
      viewSize: [336, 336],
    });
    expect(visualTokenCount(llavaNext([500, 1000])).total).toBe(1152 + 24 + 576);
    // 400 × 1000 → 1 × 3 tiles, 24 × 72 features, unpadded to 24 × 60
    expect(visualTokenCount(llavaNext([400, 1000]))).toMatchObject({
      total: 1440 + 24 + 576,
      tokenGrid: [24, 60],
    });
    expect(visualTokenCount(llavaNext([1000, 400])).total).toBe(1440 + 60 + 576);
    expect(visualTokenCount(llavaNext([1080, 1920])).total).toBe(1344 + 28 + 576);
    expect(visualTokenCount(llavaNext([2000, 3000])).total).toBe(1536 + 32 + 576);
    expect(visualTokenCount(llavaNext([336, 336])).total).toBe(576 + 24 + 576);
    // without unpadding and newlines: (4 tiles + 1 global view) · 576
    expect(
      visualTokenCount({ imageSize: [672, 672], patchSize: 14, tiling: { mode: 'anyres', tileSize: 336 } })
        .total,
    ).toBe(5 * 576);
  });

  it('gives Qwen2-VL one token per 28 × 28 pixels, 66 for a 224 × 224 image', () => {
    // Wang et al. 2024 (Qwen2-VL) §2.1: 224 × 224, patch 14, 2 × 2 merge → 64 tokens + 2 special = 66
    expect(visualTokenCount({ ...qwen2vl([224, 224]), specialTokens: 2 })).toMatchObject({
      total: 66,
      imageTokens: 64,
      patchGrid: [16, 16],
      tokenGrid: [8, 8],
      patchesEncoded: 256,
    });
    // qwen-vl-utils smart_resize then (h/14)(w/14)/4, run by hand in Python
    expect(visualTokenCount(qwen2vl([672, 672])).total).toBe(576);
    expect(visualTokenCount(qwen2vl([500, 1000])).total).toBe(648);
    expect(visualTokenCount(qwen2vl([1080, 1920])).total).toBe(2691);
    expect(visualTokenCount(qwen2vl([4000, 3000])).total).toBe(15301);
    expect(visualTokenCount(qwen2vl([8000, 8000])).total).toBe(16384);
    expect(visualTokenCount(qwen2vl([70, 70])).total).toBe(4);
  });

  it('merges k × k blocks and keeps class tokens unmerged, one per pass', () => {
    // 24 × 24 patches, 2 × 2 merge → 12 × 12 = 144 per view
    expect(
      visualTokenCount({
        imageSize: [336, 336],
        patchSize: 14,
        merge: 2,
        tiling: { mode: 'fixed', tileSize: 336 },
      }).total,
    ).toBe(144);
    // anyres 2 × 2 with a class token per pass: 4·576 + 576 + 5
    expect(
      visualTokenCount({
        imageSize: [672, 672],
        patchSize: 14,
        clsToken: true,
        tiling: { mode: 'anyres', tileSize: 336 },
      }).clsTokens,
    ).toBe(5);
  });

  it('refuses an image smaller than a patch, a tile smaller than a patch and a merge that does not divide', () => {
    expect(() => visualTokenCount({ imageSize: [10, 300], patchSize: 14 })).toThrow(
      new RangeError(
        'imageSize 10 × 300 is smaller than one patch: each side must be at least patchSize = 14 px',
      ),
    );
    expect(() =>
      visualTokenCount({ imageSize: [336, 336], patchSize: 14, tiling: { mode: 'fixed', tileSize: 10 } }),
    ).toThrow(new RangeError('tiling.tileSize must be an integer in [patchSize = 14, 100000], got 10'));
    expect(() =>
      visualTokenCount({
        imageSize: [336, 336],
        patchSize: 16,
        merge: 2,
        tiling: { mode: 'fixed', tileSize: 336 },
      }),
    ).toThrow(new RangeError('merge must divide the 21 × 21 patch grid of the 336-px view, got 2'));
    expect(() =>
      visualTokenCount({
        imageSize: [672, 672],
        patchSize: 16,
        merge: 2,
        tiling: { mode: 'anyres', tileSize: 336 },
      }),
    ).toThrow(/merge must divide the 21 × 21 patch grid of a 336-px tile/);
  });

  it('rejects malformed options', () => {
    expect(() => visualTokenCount(null as unknown as VisualTokenOptions)).toThrow(TypeError);
    expect(() => visualTokenCount({ imageSize: 224 as unknown as [number, number], patchSize: 14 })).toThrow(
      TypeError,
    );
    expect(() => visualTokenCount({ imageSize: [224, Number.NaN], patchSize: 14 })).toThrow(
      new RangeError('imageSize[1] must be an integer in [1, 100000], got NaN'),
    );
    expect(() => visualTokenCount({ imageSize: [224, 224.5], patchSize: 14 })).toThrow(RangeError);
    expect(() => visualTokenCount({ imageSize: [224, 1e6], patchSize: 14 })).toThrow(RangeError);
    expect(() => visualTokenCount({ imageSize: [224, 224], patchSize: 0 })).toThrow(
      new RangeError('patchSize must be an integer >= 1, got 0'),
    );
    expect(() => visualTokenCount({ imageSize: [224, 224], patchSize: 14, merge: 0 })).toThrow(RangeError);
    expect(() => visualTokenCount({ imageSize: [224, 224], patchSize: 14, specialTokens: -1 })).toThrow(
      RangeError,
    );
    expect(() =>
      visualTokenCount({ imageSize: [224, 224], patchSize: 14, clsToken: 1 as unknown as boolean }),
    ).toThrow(TypeError);
    expect(() =>
      visualTokenCount({
        imageSize: [224, 224],
        patchSize: 14,
        tiling: { mode: 'tiles' } as unknown as VisualTiling,
      }),
    ).toThrow(RangeError);
  });

  it('sums its parts, and a native image of whole (P·k)-blocks gives (h/Pk)·(w/Pk) tokens (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(8, 14, 16),
        fc.constantFrom(1, 2),
        fc.boolean(),
        (a, b, patch, merge, cls) => {
          const f = patch * merge;
          const count = visualTokenCount({
            imageSize: [a * f, b * f],
            patchSize: patch,
            merge,
            clsToken: cls,
          });
          expect(count.imageTokens).toBe(a * b);
          expect(count.total).toBe(
            count.imageTokens +
              count.globalTokens +
              count.newlineTokens +
              count.clsTokens +
              count.specialTokens,
          );
          const anyres = visualTokenCount({
            imageSize: [a * f, b * f],
            patchSize: patch,
            merge,
            tiling: { mode: 'anyres', tileSize: 12 * f, unpad: true },
          });
          const [rows, cols] = anyres.tiles;
          // unpadding only removes: never more than the tiles' tokens
          expect(anyres.imageTokens).toBeLessThanOrEqual(rows * cols * 144);
          expect(anyres.newlineTokens).toBe(anyres.tokenGrid[0]);
        },
      ),
    );
  });
});

describe('contextShare', () => {
  it('gives the share of the window and how many images fit', () => {
    // 576 / 4096 = 0.140625; ⌊4096 / 576⌋ = 7; 2 · 2,928 = 5,856 > 4,096
    expect(contextShare({ tokensPerImage: 576, contextWindow: 4096 })).toEqual({
      tokens: 576,
      share: 0.140625,
      imagesThatFit: 7,
    });
    expect(contextShare({ tokensPerImage: 2928, images: 2, contextWindow: 4096 })).toEqual({
      tokens: 5856,
      share: 5856 / 4096,
      imagesThatFit: 1,
    });
  });

  it('rejects non-integers and out-of-range values', () => {
    expect(() => contextShare({ tokensPerImage: 0, contextWindow: 4096 })).toThrow(
      new RangeError('tokensPerImage must be an integer in [1, 1e9], got 0'),
    );
    expect(() => contextShare({ tokensPerImage: 10, images: 1.5, contextWindow: 4096 })).toThrow(RangeError);
    expect(() => contextShare({ tokensPerImage: 10, contextWindow: Number.NaN })).toThrow(RangeError);
    expect(() =>
      contextShare(undefined as unknown as { tokensPerImage: number; contextWindow: number }),
    ).toThrow(TypeError);
  });
});
