import { roundHalfEven } from '@/lib/decoding/quantize';
import {
  checkChoice,
  checkFlag,
  checkInteger,
  checkNumber,
  checkObject,
  describeValue,
} from '@/lib/utils/validate';
import { vitTokenCount } from './vit-tokens';

/** A grid of tiles, `[rows, cols]`. */
export type TileGrid = readonly [rows: number, cols: number];

/**
 * LLaVA-NeXT's anyres grids over 336-px tiles, as `[rows, cols]`: 1 × 2, 2 × 1, 2 × 2, 3 × 1, 1 × 3.
 * They are HF `LlavaNextConfig`'s default `image_grid_pinpoints` [[336, 672], [672, 336], [672, 672],
 * [1008, 336], [336, 1008]] (height, width) divided by the tile side.
 */
export const LLAVA_NEXT_GRIDS: readonly TileGrid[] = [
  [1, 2],
  [2, 1],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** qwen-vl-utils' pixel budget of an image: MIN_PIXELS = 4 · 28², MAX_PIXELS = 16384 · 28². */
export const QWEN2_VL_PIXELS = { min: 4 * 28 * 28, max: 16384 * 28 * 28 } as const;

/** The largest image side accepted, in pixels (keeps every product below 2⁵³). */
export const MAX_IMAGE_SIDE = 100_000;

/** How an image reaches the vision encoder. */
export type VisualTiling =
  /** The whole image at (about) its own size: sides rounded to multiples of patchSize · merge. */
  | { readonly mode: 'native'; readonly minPixels?: number; readonly maxPixels?: number }
  /** One view, the image resized to tileSize × tileSize (LLaVA-1.5, ViT). */
  | { readonly mode: 'fixed'; readonly tileSize: number }
  /** A grid of tileSize tiles over the image plus one downscaled whole-image view (LLaVA-NeXT). */
  | {
      readonly mode: 'anyres';
      readonly tileSize: number;
      /** candidate grids `[rows, cols]` (default {@link LLAVA_NEXT_GRIDS}) */
      readonly grids?: readonly TileGrid[];
      /** drop feature rows/columns that cover only padding and end each row with a newline token */
      readonly unpad?: boolean;
    };

/** Arguments of {@link visualTokenCount}. */
export interface VisualTokenOptions {
  /** `[height, width]` of the input image in pixels, integers in [1, {@link MAX_IMAGE_SIDE}] */
  readonly imageSize: readonly [number, number];
  /** side of a square patch in pixels, an integer ≥ 1, at most the image's shorter side */
  readonly patchSize: number;
  /** whether each encoder pass's class token is passed on to the LLM (default false) */
  readonly clsToken?: boolean;
  /** k: every k × k block of neighbouring patch tokens becomes one token (default 1: no merging) */
  readonly merge?: number;
  /** how the image is resized or tiled (default `{ mode: 'native' }`) */
  readonly tiling?: VisualTiling;
  /** marker tokens around the image, e.g. Qwen2-VL's <|vision_start|> and <|vision_end|> (default 0) */
  readonly specialTokens?: number;
}

/** What {@link visualTokenCount} returns; every count is an integer. */
export interface VisualTokenCount {
  /** the tokens one image adds to the LLM's sequence: the sum of the parts below */
  total: number;
  /** native/fixed: the one view after merging; anyres: the tiles after merging (and unpadding) */
  imageTokens: number;
  /** anyres: the downscaled whole-image view; 0 otherwise */
  globalTokens: number;
  /** anyres with `unpad`: one newline token per row of the tiled feature grid; 0 otherwise */
  newlineTokens: number;
  /** one per encoder pass when `clsToken` is set */
  clsTokens: number;
  specialTokens: number;
  /** how many views the vision encoder runs on */
  encoderPasses: number;
  /** patch tokens the encoder processes over all passes (before merging, without class tokens) */
  patchesEncoded: number;
  /** the pixels the encoder sees: the resized image (native), tileSize² (fixed), the grid's canvas (anyres) */
  resized: [number, number];
  /** the pixels of one encoder pass: the resized image (native) or tileSize² (fixed, anyres) */
  viewSize: [number, number];
  /** `[rows, cols]` of tiles; [1, 1] unless anyres */
  tiles: [number, number];
  /** patches per side of one pass (native: the image; fixed/anyres: one tile), before merging */
  patchGrid: [number, number];
  /** the token grid after merging; for anyres the stitched tiles after unpadding */
  tokenGrid: [number, number];
}

function checkImageSize(value: unknown): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new TypeError(`imageSize must be [height, width], got ${describeValue(value)}`);
  }
  return value.map((side: unknown, i) =>
    checkNumber(
      `imageSize[${i}]`,
      side,
      (x) => Number.isInteger(x) && x >= 1 && x <= MAX_IMAGE_SIDE,
      `an integer in [1, ${MAX_IMAGE_SIDE}]`,
    ),
  ) as [number, number];
}

function checkGrids(value: unknown): readonly TileGrid[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TypeError(
      `tiling.grids must be a non-empty array of [rows, cols], got ${describeValue(value)}`,
    );
  }
  return value.map((grid: unknown, i) => {
    if (!Array.isArray(grid) || grid.length !== 2) {
      throw new TypeError(`tiling.grids[${i}] must be [rows, cols], got ${describeValue(grid)}`);
    }
    const ok = (x: number) => Number.isInteger(x) && x >= 1 && x <= 64;
    return [
      checkNumber(`tiling.grids[${i}][0]`, grid[0], ok, 'an integer in [1, 64]'),
      checkNumber(`tiling.grids[${i}][1]`, grid[1], ok, 'an integer in [1, 64]'),
    ] as const;
  });
}

/**
 * The anyres grid LLaVA-NeXT picks for an image: among the candidate canvases (grid × tileSize),
 * the one that keeps the most of the image's pixels once the image is scaled to fit inside it
 * (never counting more than the original), ties going to the one that wastes the least canvas,
 * then to the earlier candidate.
 *
 * Formula: for a canvas H × W, scale = min(W / w, H / h); effective = min(⌊w·scale⌋ · ⌊h·scale⌋, w·h);
 * wasted = H·W − effective. HF transformers `image_processing_utils.select_best_resolution`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/image_processing_utils.py),
 * from LLaVA's `llava/mm_utils.py`; the same floating-point steps, so the same choice.
 *
 * @param imageSize `[height, width]` of the image in pixels.
 * @param tileSize the encoder's input side in pixels (336 for CLIP ViT-L/14-336).
 * @param grids candidate `[rows, cols]` (default {@link LLAVA_NEXT_GRIDS}).
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when a size is not an integer in range.
 * @example anyresGrid([672, 672], 336) // [2, 2]
 * @example anyresGrid([400, 1000], 336) // [1, 3] (a 336 × 1008 canvas keeps 336 × 840 pixels)
 */
export function anyresGrid(
  imageSize: readonly [number, number],
  tileSize: number,
  grids: readonly TileGrid[] = LLAVA_NEXT_GRIDS,
): [number, number] {
  const [h, w] = checkImageSize(imageSize);
  const tile = checkNumber(
    'tileSize',
    tileSize,
    (x) => Number.isInteger(x) && x >= 1 && x <= MAX_IMAGE_SIDE,
    `an integer in [1, ${MAX_IMAGE_SIDE}]`,
  );
  let best: TileGrid | null = null;
  let bestEffective = 0;
  let bestWasted = Infinity;
  for (const grid of checkGrids(grids)) {
    const [height, width] = [grid[0] * tile, grid[1] * tile];
    const scale = Math.min(width / w, height / h);
    const effective = Math.min(Math.trunc(w * scale) * Math.trunc(h * scale), w * h);
    const wasted = width * height - effective;
    if (effective > bestEffective || (effective === bestEffective && wasted < bestWasted)) {
      [best, bestEffective, bestWasted] = [grid, effective, wasted];
    }
  }
  // Every candidate keeps at least one pixel (tile ≥ 1), so the first one always sets `best`.
  const chosen = best as TileGrid;
  return [chosen[0], chosen[1]];
}

/**
 * Qwen2-VL's resize before its vision encoder: each side rounded to the nearest multiple of
 * `factor` (half to even, as Python's `round`), at least `factor`; if that exceeds `maxPixels` (or
 * falls below `minPixels`) both sides are scaled by the same β and rounded down (up) to multiples
 * of `factor`, keeping the aspect ratio as far as the grid allows.
 *
 * Formula: h̄ = max(f, round(h/f)·f), w̄ likewise; if h̄w̄ > max: β = √(hw/max), h̄ = ⌊h/β/f⌋·f;
 * if h̄w̄ < min: β = √(min/(hw)), h̄ = ⌈hβ/f⌉·f. qwen-vl-utils `smart_resize`
 * (https://github.com/QwenLM/Qwen2-VL/blob/main/qwen-vl-utils/src/qwen_vl_utils/vision_process.py),
 * the same steps as HF `image_processing_qwen2_vl.smart_resize`; f = patch 14 × merge 2 = 28.
 *
 * @param imageSize `[height, width]` in pixels.
 * @param factor the multiple both sides must have (patchSize · merge).
 * @param budget `{ minPixels = 1, maxPixels = Infinity }`; defaults impose no budget.
 * @throws {RangeError} for sizes out of range, an aspect ratio above 200 (qwen-vl-utils refuses
 *   it), `minPixels > maxPixels`, or a `maxPixels` so small that a side would round to 0.
 * @example smartResize([500, 1000], 28) // [504, 1008]
 * @example smartResize([70, 70], 28) // [56, 56] (2.5 rounds half to even, to 2)
 * @example smartResize([8000, 8000], 28, { maxPixels: 16384 * 28 * 28 }) // [3584, 3584]
 */
export function smartResize(
  imageSize: readonly [number, number],
  factor: number,
  budget: { readonly minPixels?: number; readonly maxPixels?: number } = {},
): [number, number] {
  const [h, w] = checkImageSize(imageSize);
  const f = checkNumber(
    'factor',
    factor,
    (x) => Number.isInteger(x) && x >= 1 && x <= MAX_IMAGE_SIDE,
    `an integer in [1, ${MAX_IMAGE_SIDE}]`,
  );
  const { minPixels = 1, maxPixels = Infinity } = checkObject('budget', budget);
  const min = checkInteger('minPixels', minPixels, 1);
  const max = checkNumber(
    'maxPixels',
    maxPixels,
    (x) => x === Infinity || Number.isInteger(x),
    'an integer or Infinity',
  );
  if (min > max) throw new RangeError(`minPixels must be <= maxPixels = ${max}, got ${min}`);
  const ratio = Math.max(h, w) / Math.min(h, w);
  if (ratio > 200) {
    throw new RangeError(`imageSize must have an aspect ratio of at most 200, got ${h} × ${w} (${ratio})`);
  }
  let hBar = Math.max(f, roundHalfEven(h / f) * f);
  let wBar = Math.max(f, roundHalfEven(w / f) * f);
  if (hBar * wBar > max) {
    const beta = Math.sqrt((h * w) / max);
    hBar = Math.floor(h / beta / f) * f;
    wBar = Math.floor(w / beta / f) * f;
  } else if (hBar * wBar < min) {
    const beta = Math.sqrt(min / (h * w));
    hBar = Math.ceil((h * beta) / f) * f;
    wBar = Math.ceil((w * beta) / f) * f;
  }
  if (hBar < f || wBar < f) {
    throw new RangeError(
      `maxPixels must leave each side at least factor = ${f} px for a ${h} × ${w} image, got ${max}`,
    );
  }
  return [hBar, wBar];
}

/** LLaVA-NeXT's unpadding of a stitched token grid `rows × cols` for an `h × w` image (exact integers). */
function unpaddedGrid(h: number, w: number, rows: number, cols: number): [number, number] {
  // HF LlavaNextProcessor._get_unpadded_features: w/h > cols/rows ⇔ w·rows > cols·h.
  if (w * rows > cols * h) {
    const newRows = Math.floor((h * cols) / w);
    return [rows - 2 * Math.floor((rows - newRows) / 2), cols];
  }
  const newCols = Math.floor((w * rows) / h);
  return [rows, cols - 2 * Math.floor((cols - newCols) / 2)];
}

function checkMerge(gridSide: number, merge: number, where: string) {
  if (gridSide % merge !== 0) {
    throw new RangeError(
      `merge must divide the ${gridSide} × ${gridSide} patch grid of ${where}, got ${merge}`,
    );
  }
}

/**
 * The number of tokens one image adds to a vision-language model's sequence, from the image size,
 * the encoder's patch size, how the image is resized or tiled, and how patch tokens are merged.
 *
 * Formula, with P = patchSize, k = merge and ViT patches counted by {@link vitTokenCount}:
 * - `native` (Qwen2-VL's naive dynamic resolution): the image resized by {@link smartResize} with
 *   factor P·k to H̄ × W̄, then (H̄/P · W̄/P) / k² tokens — one per (P·k)² pixels. Qwen2-VL: P = 14,
 *   k = 2 (an MLP merges 2 × 2 neighbours), so 224 × 224 → 64 tokens, 66 with <|vision_start|> and
 *   <|vision_end|> (Wang et al. 2024, "Qwen2-VL", https://arxiv.org/abs/2409.12191, §2.1).
 * - `fixed`: one S × S view, (⌊S/P⌋/k)² tokens. LLaVA-1.5: CLIP ViT-L/14 at 336 px → 24² = 576,
 *   the class token dropped (`mm_vision_select_feature = 'patch'`, LLaVA `clip_encoder.py`).
 * - `anyres`: the grid from {@link anyresGrid}, each tile (⌊S/P⌋/k)² tokens, plus one S × S view of
 *   the whole image; with `unpad`, the stitched grid loses the rows or columns that only cover
 *   padding and each remaining row ends with a newline token (LLaVA-NeXT, Liu et al. 2024; HF
 *   `LlavaNextProcessor._get_number_of_features`): 672 × 672 → 48·48 + 48 + 576 = 2,928.
 * Class tokens add one per encoder pass and are never merged; `specialTokens` are added once.
 *
 * @param options `{ imageSize, patchSize, clsToken = false, merge = 1, tiling = { mode: 'native' }, specialTokens = 0 }`.
 * @throws {TypeError} when an option has the wrong type.
 * @throws {RangeError} when a size is out of range, the image is smaller than one patch, the tile is
 *   smaller than a patch, `merge` does not divide a tile's patch grid, or {@link smartResize} refuses.
 * @example visualTokenCount({ imageSize: [672, 672], patchSize: 14, tiling: { mode: 'fixed', tileSize: 336 } }).total // 576
 * @example visualTokenCount({ imageSize: [224, 224], patchSize: 14, merge: 2, specialTokens: 2 }).total // 66
 */
export function visualTokenCount(options: VisualTokenOptions): VisualTokenCount {
  const opts = checkObject('options', options);
  const [h, w] = checkImageSize(opts.imageSize);
  const patch = checkInteger('patchSize', opts.patchSize, 1);
  if (h < patch || w < patch) {
    throw new RangeError(
      `imageSize ${h} × ${w} is smaller than one patch: each side must be at least patchSize = ${patch} px`,
    );
  }
  const cls = opts.clsToken === undefined ? false : checkFlag('clsToken', opts.clsToken);
  const merge = opts.merge === undefined ? 1 : checkInteger('merge', opts.merge, 1);
  const special = opts.specialTokens === undefined ? 0 : checkInteger('specialTokens', opts.specialTokens, 0);
  const tiling = checkObject('tiling', opts.tiling ?? { mode: 'native' });
  const mode = checkChoice('tiling.mode', tiling.mode, ['native', 'fixed', 'anyres'] as const);
  const perPass = (side: [number, number]) =>
    vitTokenCount({ imageSize: side, patchSize: patch, clsToken: false });
  const base = { clsTokens: 0, specialTokens: special, globalTokens: 0, newlineTokens: 0 };

  if (mode === 'native') {
    const resized = smartResize([h, w], patch * merge, {
      ...(tiling.minPixels === undefined ? {} : { minPixels: tiling.minPixels as number }),
      ...(tiling.maxPixels === undefined ? {} : { maxPixels: tiling.maxPixels as number }),
    });
    const patchGrid: [number, number] = [resized[0] / patch, resized[1] / patch];
    const tokenGrid: [number, number] = [patchGrid[0] / merge, patchGrid[1] / merge];
    const imageTokens = tokenGrid[0] * tokenGrid[1];
    const clsTokens = cls ? 1 : 0;
    return {
      ...base,
      total: imageTokens + clsTokens + special,
      imageTokens,
      clsTokens,
      encoderPasses: 1,
      patchesEncoded: perPass(resized),
      resized,
      viewSize: [resized[0], resized[1]],
      tiles: [1, 1],
      patchGrid,
      tokenGrid,
    };
  }

  const tileSize = checkNumber(
    'tiling.tileSize',
    tiling.tileSize,
    (x) => Number.isInteger(x) && x >= patch && x <= MAX_IMAGE_SIDE,
    `an integer in [patchSize = ${patch}, ${MAX_IMAGE_SIDE}]`,
  );
  const side = Math.floor(tileSize / patch);
  const tile: [number, number] = [tileSize, tileSize];
  const q = side / merge;
  if (mode === 'fixed') {
    checkMerge(side, merge, `the ${tileSize}-px view`);
    const imageTokens = q * q;
    const clsTokens = cls ? 1 : 0;
    return {
      ...base,
      total: imageTokens + clsTokens + special,
      imageTokens,
      clsTokens,
      encoderPasses: 1,
      patchesEncoded: perPass(tile),
      resized: tile,
      viewSize: [tileSize, tileSize],
      tiles: [1, 1],
      patchGrid: [side, side],
      tokenGrid: [q, q],
    };
  }

  checkMerge(side, merge, `a ${tileSize}-px tile`);
  const unpad = tiling.unpad === undefined ? false : checkFlag('tiling.unpad', tiling.unpad);
  const grids = tiling.grids === undefined ? LLAVA_NEXT_GRIDS : checkGrids(tiling.grids);
  const [rows, cols] = anyresGrid([h, w], tileSize, grids);
  const stitched: [number, number] = [q * rows, q * cols];
  const tokenGrid = unpad ? unpaddedGrid(h, w, stitched[0], stitched[1]) : stitched;
  const imageTokens = tokenGrid[0] * tokenGrid[1];
  const globalTokens = q * q;
  const newlineTokens = unpad ? tokenGrid[0] : 0;
  const passes = rows * cols + 1;
  const clsTokens = cls ? passes : 0;
  return {
    clsTokens,
    specialTokens: special,
    total: imageTokens + globalTokens + newlineTokens + clsTokens + special,
    imageTokens,
    globalTokens,
    newlineTokens,
    encoderPasses: passes,
    patchesEncoded: passes * perPass(tile),
    resized: [rows * tileSize, cols * tileSize],
    viewSize: [tileSize, tileSize],
    tiles: [rows, cols],
    patchGrid: [side, side],
    tokenGrid,
  };
}

/** What {@link contextShare} returns. */
export interface ContextShare {
  /** visual tokens of all the images */
  tokens: number;
  /** tokens / contextWindow; above 1 when the images alone overflow the window */
  share: number;
  /** how many such images fit in the window with no text at all */
  imagesThatFit: number;
}

/**
 * How much of a context window the visual tokens of `images` images take.
 *
 * Formula: tokens = images · tokensPerImage; share = tokens / contextWindow;
 * imagesThatFit = ⌊contextWindow / tokensPerImage⌋.
 *
 * @param options `{ tokensPerImage, images = 1, contextWindow }`, integers: tokensPerImage and
 *   contextWindow in [1, 10⁹], images in [1, 10⁶].
 * @throws {TypeError} when an option is not a number.
 * @throws {RangeError} when an option is not an integer in range.
 * @example contextShare({ tokensPerImage: 576, contextWindow: 4096 }) // { tokens: 576, share: 0.140625, imagesThatFit: 7 }
 */
export function contextShare(options: {
  readonly tokensPerImage: number;
  readonly images?: number;
  readonly contextWindow: number;
}): ContextShare {
  const opts = checkObject('options', options);
  const upTo = (max: number) => (x: number) => Number.isInteger(x) && x >= 1 && x <= max;
  const perImage = checkNumber('tokensPerImage', opts.tokensPerImage, upTo(1e9), 'an integer in [1, 1e9]');
  const images =
    opts.images === undefined ? 1 : checkNumber('images', opts.images, upTo(1e6), 'an integer in [1, 1e6]');
  const ctx = checkNumber('contextWindow', opts.contextWindow, upTo(1e9), 'an integer in [1, 1e9]');
  const tokens = images * perImage;
  return { tokens, share: tokens / ctx, imagesThatFit: Math.floor(ctx / perImage) };
}
