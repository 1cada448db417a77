import { logSoftmax } from '@/lib/decoding/softmax';
import { clipContrastiveLoss, type ClipLossOptions } from './clip-loss';

/** What {@link clipLossTerms} returns. */
export interface ClipLossTerms {
  /** similarity[i][j] = cos(image i, text j), in [−1, 1] */
  similarity: number[][];
  /** logitsPerImage[i][j] = logitScale · similarity[i][j] (rows: images, columns: texts) */
  logitsPerImage: number[][];
  /** imageToText[i] = the cross-entropy of row i against its own text i */
  imageToText: number[];
  /** textToImage[j] = the cross-entropy of column j against its own image j */
  textToImage: number[];
  /** the mean of `imageToText`: PyTorch's `F.cross_entropy(logits_per_image, labels)` */
  imageToTextMean: number;
  /** the mean of `textToImage`: `F.cross_entropy(logits_per_text, labels)` */
  textToImageMean: number;
  /** ½ (imageToTextMean + textToImageMean), as {@link clipContrastiveLoss} returns it */
  loss: number;
}

/**
 * CLIP's symmetric contrastive loss taken apart: the cosine matrix, the logits, and the
 * cross-entropy of every row (image → text) and every column (text → image), whose two means
 * average to the loss. Same inputs, checks and conventions as {@link clipContrastiveLoss}
 * (`logitScale` is the multiplier 1/τ, not its logarithm), which computes the logits and the loss.
 *
 * Formula: S = Î·T̂ᵀ (rows L2-normalised); L = s·S; row term ℓᵢ = −log softmax(Lᵢ,·)ᵢ, column term
 * ℓⱼ = −log softmax(L·,ⱼ)ⱼ; loss = ½ (mean ℓ_rows + mean ℓ_columns). Radford et al. 2021, Figure 3;
 * open_clip `ClipLoss` (src/open_clip/loss.py): `F.cross_entropy(logits_per_image, labels)` and
 * `F.cross_entropy(logits_per_text, labels)`, halved.
 *
 * @param imageEmbeds N × D image embeddings, finite, no zero row.
 * @param textEmbeds N × D text embeddings, finite, no zero row; row i matches image i.
 * @param options `{ logitScale = 100 }`, finite and > 0.
 * @throws {TypeError} and {RangeError} exactly as {@link clipContrastiveLoss}.
 * @example clipLossTerms([[1, 0], [0, 1]], [[1, 0], [0, 1]], { logitScale: 1 }).imageToText
 *   // [0.31326168751822286, 0.31326168751822286] (= ln(1 + e⁻¹) each)
 */
export function clipLossTerms(
  imageEmbeds: readonly (readonly number[])[],
  textEmbeds: readonly (readonly number[])[],
  options: ClipLossOptions = {},
): ClipLossTerms {
  const { logitsPerImage, loss } = clipContrastiveLoss(imageEmbeds, textEmbeds, options);
  // With a multiplier of 1 the logits are the cosines themselves.
  const similarity = clipContrastiveLoss(imageEmbeds, textEmbeds, { logitScale: 1 }).logitsPerImage;
  const n = logitsPerImage.length;
  const imageToText = logitsPerImage.map((row, i) => -(logSoftmax(row)[i] as number));
  const textToImage = logitsPerImage.map(
    (_, j) => -(logSoftmax(logitsPerImage.map((row) => row[j] as number))[j] as number),
  );
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / n;
  return {
    similarity,
    logitsPerImage,
    imageToText,
    textToImage,
    imageToTextMean: mean(imageToText),
    textToImageMean: mean(textToImage),
    loss,
  };
}
