import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipContrastiveLoss, clipLossTerms } from '@/lib/multimodal';

describe('clipLossTerms', () => {
  it('splits open_clip’s loss into its two cross-entropies on a 3 × 2 batch', () => {
    // open_clip ClipLoss on F.normalize(I), F.normalize(T) at logit_scale 100, float64, each
    // F.cross_entropy taken apart by hand (a Python transcription):
    // I = [[3, 4], [1, 0], [0, 2]], T = [[4, 3], [1, 1], [0, -5]]
    const terms = clipLossTerms(
      [
        [3, 4],
        [1, 0],
        [0, 2],
      ],
      [
        [4, 3],
        [1, 1],
        [0, -5],
      ],
    );
    expect(terms.similarity[0]).toEqual([
      expect.closeTo(0.96, 12),
      expect.closeTo(0.9899494936611664, 12),
      expect.closeTo(-0.8, 12),
    ]);
    expect(terms.imageToText).toEqual([
      expect.closeTo(3.0437768254948594, 10),
      expect.closeTo(9.289414282777187, 10),
      expect.closeTo(170.71070042388712, 10),
    ]);
    expect(terms.textToImage[1]).toBeCloseTo(28.28427124746294, 10);
    expect(terms.textToImage[2]).toBeCloseTo(100, 10);
    expect(terms.imageToTextMean).toBeCloseTo(61.01463051071972, 10);
    expect(terms.textToImageMean).toBeCloseTo(42.761423786666036, 10);
    expect(terms.loss).toBeCloseTo(51.88802714869288, 11);
  });

  it('matches a hand-checkable 2 × 2 batch at logit scale 1', () => {
    // I = e₁, e₂; T = e₁, (1, 1)/√2: row 1 = [1, 1/√2] → CE = ln(e + e^{1/√2}) − 1
    const terms = clipLossTerms(
      [
        [1, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [1, 1],
      ],
      { logitScale: 1 },
    );
    expect(terms.imageToText[0]).toBeCloseTo(Math.log(Math.E + Math.exp(Math.SQRT1_2)) - 1, 14);
    expect(terms.imageToText[1]).toBeCloseTo(0.40083352647070236, 14);
    // column 1: [1, 0] → ln(1 + e⁻¹) = 0.3132616875182228
    expect(terms.textToImage[0]).toBeCloseTo(0.3132616875182228, 14);
    // column 2: [1/√2, 1/√2] → ln 2
    expect(terms.textToImage[1]).toBeCloseTo(Math.LN2, 14);
    expect(terms.loss).toBeCloseTo(0.49115703961126583, 14);
  });

  it('throws what clipContrastiveLoss throws', () => {
    expect(() => clipLossTerms([[0, 0]], [[1, 0]])).toThrow(
      new RangeError('imageEmbeds[0] must not be a zero vector (it cannot be L2-normalised)'),
    );
    expect(() => clipLossTerms([[1, Infinity]], [[1, 0]])).toThrow(
      new RangeError('imageEmbeds[0][1] must be finite, got Infinity'),
    );
    expect(() => clipLossTerms([[1, 0]], [[1, 0]], { logitScale: -1 })).toThrow(RangeError);
  });

  it('averages its row and column terms to clipContrastiveLoss’s loss (property)', () => {
    const row = fc
      .array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 })
      .filter((r) => r.some((x) => x !== 0));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(row, { minLength: n, maxLength: n }),
              fc.array(row, { minLength: n, maxLength: n }),
            ),
          ),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        ([images, texts], logitScale) => {
          const terms = clipLossTerms(images, texts, { logitScale });
          const { loss } = clipContrastiveLoss(images, texts, { logitScale });
          expect(terms.loss).toBe(loss);
          expect((terms.imageToTextMean + terms.textToImageMean) / 2).toBeCloseTo(loss, 9);
          for (const x of [...terms.imageToText, ...terms.textToImage])
            expect(x).toBeGreaterThanOrEqual(-1e-12);
          terms.similarity.forEach((r) =>
            r.forEach((c) => expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-12)),
          );
        },
      ),
    );
  });
});
