import { checkInteger, checkObject, describeValue } from '@/lib/utils/validate';

/** Arguments of {@link vitTokenCount}. */
export interface VitTokenCountOptions {
  /** the image side in pixels (square), or `[height, width]`; integers ≥ 1 */
  readonly imageSize: number | readonly [number, number];
  /** the side of a square patch in pixels, an integer in [1, min(height, width)] */
  readonly patchSize: number;
  /** whether a learned class token is prepended (default true; SigLIP has none) */
  readonly clsToken?: boolean;
}

/** Reads `imageSize` as `[height, width]`. */
function checkImageSize(value: unknown): [number, number] {
  if (Array.isArray(value)) {
    if (value.length !== 2) {
      throw new RangeError(
        `imageSize must be a number or [height, width], got an array of length ${value.length}`,
      );
    }
    return [checkInteger('imageSize[0]', value[0], 1), checkInteger('imageSize[1]', value[1], 1)];
  }
  const side = checkInteger('imageSize', value, 1);
  return [side, side];
}

/**
 * The sequence length a Vision Transformer feeds its encoder for one image: one token per patch,
 * plus the class token.
 *
 * Formula: ⌊H/P⌋ · ⌊W/P⌋ (+ 1 with a class token). The patch embedding is a P × P convolution
 * with stride P, so pixels beyond the last whole patch are dropped. ViT-B/16 at 224 px:
 * 14 · 14 = 196 patches + 1 = 197 (Dosovitskiy et al. 2021, "An Image is Worth 16x16 Words",
 * https://arxiv.org/abs/2010.11929, §3.1: N = HW/P²; HF `ViTEmbeddings`).
 *
 * @param options `{ imageSize, patchSize, clsToken = true }`.
 * @throws {TypeError} when `options` is not an object, a size is not a number, or `clsToken` is
 *   not a boolean.
 * @throws {RangeError} when a size is not an integer ≥ 1, `imageSize` is an array not of length
 *   2, or `patchSize` exceeds the image's height or width (no whole patch fits).
 * @example vitTokenCount({ imageSize: 224, patchSize: 16 }) // 197
 * @example vitTokenCount({ imageSize: 384, patchSize: 14, clsToken: false }) // 729 (SigLIP: 27 · 27)
 */
export function vitTokenCount(options: VitTokenCountOptions): number {
  const { imageSize, patchSize, clsToken = true } = checkObject('options', options);
  const [height, width] = checkImageSize(imageSize);
  const patch = checkInteger('patchSize', patchSize, 1);
  const fits = Math.min(height, width);
  if (patch > fits) {
    throw new RangeError(`patchSize must be an integer in [1, min(height, width) = ${fits}], got ${patch}`);
  }
  if (typeof clsToken !== 'boolean') {
    throw new TypeError(`clsToken must be a boolean, got ${describeValue(clsToken)}`);
  }
  return Math.floor(height / patch) * Math.floor(width / patch) + (clsToken ? 1 : 0);
}
