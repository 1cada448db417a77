import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';

/** Options of {@link clipContrastiveLoss}. */
export interface ClipLossOptions {
  /** the multiplier of the cosine similarities, finite and > 0 (default 100) */
  readonly logitScale?: number;
}

/** What {@link clipContrastiveLoss} returns. */
export interface ClipLossResult {
  /** logitsPerImage[i][j] = logitScale · cos(image i, text j); its transpose is logits per text */
  logitsPerImage: number[][];
  /** ½ (image → text cross-entropy + text → image cross-entropy), each the mean over the batch */
  loss: number;
}

/**
 * Checks an N × D matrix of finite numbers with N ≥ 1 rows of one length D ≥ 1.
 *
 * @throws {TypeError} when it is not an array of arrays of numbers.
 * @throws {RangeError} when it is empty, rows differ in length, or an entry is not finite.
 */
function checkEmbeddings(name: string, value: unknown): readonly (readonly number[])[] {
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array of rows, got ${describeValue(value)}`);
  if (value.length === 0) throw new RangeError(`${name} must have at least 1 row, got an empty array`);
  value.forEach((row: unknown, i) => {
    if (!Array.isArray(row))
      throw new TypeError(`${name}[${i}] must be an array of numbers, got ${describeValue(row)}`);
    row.forEach((x: unknown, j) => {
      if (typeof x !== 'number')
        throw new TypeError(`${name}[${i}][${j}] must be a number, got ${describeValue(x)}`);
      if (!Number.isFinite(x))
        throw new RangeError(`${name}[${i}][${j}] must be finite, got ${describeValue(x)}`);
    });
  });
  const dim = (value[0] as unknown[]).length;
  if (dim === 0) throw new RangeError(`${name}[0] must have at least 1 entry, got an empty array`);
  value.forEach((row: unknown[], i) => {
    if (row.length !== dim) {
      throw new RangeError(`${name}[${i}] must have length ${dim} like ${name}[0], got ${row.length}`);
    }
  });
  return value as readonly (readonly number[])[];
}

/**
 * A row divided by its Euclidean norm, computed on the row scaled by its largest |x| so that
 * neither huge nor tiny entries overflow or underflow.
 *
 * @throws {RangeError} for a zero row (it has no direction).
 */
function l2Normalize(name: string, row: readonly number[]): number[] {
  let maxAbs = 0;
  for (const x of row) maxAbs = Math.max(maxAbs, Math.abs(x));
  if (maxAbs === 0) throw new RangeError(`${name} must not be a zero vector (it cannot be L2-normalised)`);
  let sumSquares = 0;
  for (const x of row) sumSquares += (x / maxAbs) ** 2;
  const norm = maxAbs * Math.sqrt(sumSquares);
  return row.map((x) => x / norm);
}

/** Cross-entropy of one row of logits against the class `label`: logsumexp(row) − row[label]. */
function crossEntropy(row: readonly number[], label: number): number {
  let max = -Infinity;
  for (const x of row) max = Math.max(max, x);
  let sum = 0;
  for (const x of row) sum += Math.exp(x - max);
  return max + Math.log(sum) - (row[label] as number);
}

/**
 * CLIP's symmetric contrastive (InfoNCE) loss for a batch of N matching image–text pairs: pair i
 * should be the most similar in row i and in column i.
 *
 * Formula: Î, T̂ = the rows L2-normalised; logits = s · Î · T̂ᵀ (N × N, s = `logitScale`);
 * loss = ½ (CE(logits, [0 … N−1]) + CE(logitsᵀ, [0 … N−1])), each CE the mean over rows of
 * logsumexp(row) − row[i]. This is the pseudo-code of Radford et al. 2021, "Learning Transferable
 * Visual Models From Natural Language Supervision" (https://arxiv.org/abs/2103.00020, Figure 3),
 * and open_clip's `ClipLoss` (https://github.com/mlfoundations/open_clip/blob/main/src/open_clip/loss.py)
 * on one device. `logitScale` is the multiplier itself: CLIP learns its logarithm, so open_clip
 * passes `logit_scale.exp()` — 1/0.07 ≈ 14.29 at initialisation, clamped at 100 during training.
 * With N = 1 the loss is 0 (one candidate is always "right").
 *
 * @param imageEmbeds N × D image embeddings, finite, no zero row.
 * @param textEmbeds N × D text embeddings, finite, no zero row; row i matches image i.
 * @param options `{ logitScale = 100 }`, finite and > 0.
 * @throws {TypeError} when an argument is not an array of arrays of numbers or `options` is not an
 *   object of numbers.
 * @throws {RangeError} when a matrix is empty or ragged, the two differ in shape, an entry is not
 *   finite, a row is zero, or `logitScale` is not finite and > 0.
 * @example clipContrastiveLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]], { logitScale: 1 })
 *   // { logitsPerImage: [[1, 0], [0, 1]], loss: 0.31326168751822286 } (= ln(1 + e⁻¹))
 */
export function clipContrastiveLoss(
  imageEmbeds: readonly (readonly number[])[],
  textEmbeds: readonly (readonly number[])[],
  options: ClipLossOptions = {},
): ClipLossResult {
  const images = checkEmbeddings('imageEmbeds', imageEmbeds);
  const texts = checkEmbeddings('textEmbeds', textEmbeds);
  if (texts.length !== images.length) {
    throw new RangeError(`textEmbeds must have ${images.length} rows like imageEmbeds, got ${texts.length}`);
  }
  const dim = (images[0] as readonly number[]).length;
  const textDim = (texts[0] as readonly number[]).length;
  if (textDim !== dim) {
    throw new RangeError(`textEmbeds rows must have length ${dim} like imageEmbeds rows, got ${textDim}`);
  }
  const { logitScale = 100 } = checkObject('options', options);
  const scale = checkNumber(
    'options.logitScale',
    logitScale,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );

  const img = images.map((row, i) => l2Normalize(`imageEmbeds[${i}]`, row));
  const txt = texts.map((row, i) => l2Normalize(`textEmbeds[${i}]`, row));
  const logitsPerImage = img.map((a) =>
    txt.map((b) => {
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += (a[k] as number) * (b[k] as number);
      return scale * dot;
    }),
  );

  const n = img.length;
  let imageToText = 0;
  let textToImage = 0;
  for (let i = 0; i < n; i++) {
    imageToText += crossEntropy(logitsPerImage[i] as number[], i);
    textToImage += crossEntropy(
      logitsPerImage.map((row) => row[i] as number),
      i,
    );
  }
  return { logitsPerImage, loss: (imageToText / n + textToImage / n) / 2 };
}
