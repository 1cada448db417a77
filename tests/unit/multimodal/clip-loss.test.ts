import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipContrastiveLoss } from '@/lib/multimodal';

type Matrix = number[][];

const expectMatrixClose = (actual: Matrix, expected: Matrix, digits = 12) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) =>
    row.forEach((x, j) => expect(x).toBeCloseTo((expected[i] as number[])[j] as number, digits)),
  );
};

/** Small integer embeddings, every row non-zero. */
const row = (dim: number) =>
  fc
    .array(fc.integer({ min: -5, max: 5 }), { minLength: dim, maxLength: dim })
    .filter((r) => r.some((x) => x !== 0));
const batch = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([n, dim]) =>
    fc.tuple(
      fc.array(row(dim), { minLength: n, maxLength: n }),
      fc.array(row(dim), { minLength: n, maxLength: n }),
    ),
  );

describe('clipContrastiveLoss', () => {
  it('matches open_clip ClipLoss on a 3 × 2 batch', () => {
    // open_clip 3.3.0 src/open_clip/loss.py ClipLoss()(F.normalize(I), F.normalize(T), logit_scale) in float64,
    // I = [[3, 4], [1, 0], [0, 2]], T = [[4, 3], [1, 1], [0, -5]]
    const images = [
      [3, 4],
      [1, 0],
      [0, 2],
    ];
    const texts = [
      [4, 3],
      [1, 1],
      [0, -5],
    ];
    const at100 = clipContrastiveLoss(images, texts);
    expectMatrixClose(at100.logitsPerImage, [
      [96.0, 98.99494936611664, -80.0],
      [80.0, 70.71067811865474, 0.0],
      [60.0, 70.71067811865474, -100.0],
    ]);
    expect(at100.loss).toBeCloseTo(51.88802714869288, 11);
    // logit_scale = 1/0.07, CLIP's initial temperature
    const atInit = clipContrastiveLoss(images, texts, { logitScale: 1 / 0.07 });
    expect(atInit.logitsPerImage[0]).toEqual([
      expect.closeTo(13.714285714285715, 12),
      expect.closeTo(14.142135623730947, 12),
      expect.closeTo(-11.428571428571429, 12),
    ]);
    expect(atInit.loss).toBeCloseTo(7.589731963760729, 12);
  });

  it('matches open_clip ClipLoss in three dimensions', () => {
    // open_clip ClipLoss, float64, I = [[1, 2, 2], [2, -1, 0]], T = [[2, 1, -2], [0, 3, 4]], logit_scale 10
    const { logitsPerImage, loss } = clipContrastiveLoss(
      [
        [1, 2, 2],
        [2, -1, 0],
      ],
      [
        [2, 1, -2],
        [0, 3, 4],
      ],
      { logitScale: 10 },
    );
    expectMatrixClose(logitsPerImage, [
      [0.0, 9.333333333333332],
      [4.47213595499958, -2.6832815729997477],
    ]);
    expect(loss).toBeCloseTo(8.247433662527175, 12);
  });

  it('gives ln(1 + e^-s) for orthonormal matched pairs and s for swapped ones', () => {
    // open_clip ClipLoss, float64: identity pairs at logit_scale 1 -> 0.31326168751822286; at 100 -> 0.0;
    // swapped pairs at 100 -> 100.0; a batch of one -> 0.0
    const eye = [
      [1, 0],
      [0, 1],
    ];
    expect(clipContrastiveLoss(eye, eye, { logitScale: 1 }).loss).toBeCloseTo(0.31326168751822286, 15);
    expect(clipContrastiveLoss(eye, eye).loss).toBeCloseTo(0, 15);
    expect(clipContrastiveLoss(eye, [eye[1] as number[], eye[0] as number[]]).loss).toBeCloseTo(100, 12);
    expect(clipContrastiveLoss([[5]], [[-2]])).toEqual({ logitsPerImage: [[-100]], loss: 0 });
  });

  it('normalises rows without overflow and does not mutate its inputs', () => {
    const images = Object.freeze([Object.freeze([3e200, 4e200]), Object.freeze([1e-200, 0])]);
    const texts = Object.freeze([Object.freeze([3, 4]), Object.freeze([2, 0])]);
    const { logitsPerImage } = clipContrastiveLoss(images, texts, { logitScale: 1 });
    expectMatrixClose(logitsPerImage, [
      [1, 0.6],
      [0.6, 1],
    ]);
    expect(images[0]).toEqual([3e200, 4e200]);
  });

  it('rejects malformed batches, zero rows and bad scales', () => {
    const ok = [[1, 0]];
    expect(() => clipContrastiveLoss('x' as unknown as Matrix, ok)).toThrow(TypeError);
    expect(() => clipContrastiveLoss([[1, '0']] as unknown as Matrix, ok)).toThrow(
      new TypeError('imageEmbeds[0][1] must be a number, got "0"'),
    );
    expect(() => clipContrastiveLoss([], [])).toThrow(
      new RangeError('imageEmbeds must have at least 1 row, got an empty array'),
    );
    expect(() => clipContrastiveLoss([[]], [[]])).toThrow(RangeError);
    expect(() =>
      clipContrastiveLoss(
        [[1, 0], [1]],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrow(new RangeError('imageEmbeds[1] must have length 2 like imageEmbeds[0], got 1'));
    expect(() =>
      clipContrastiveLoss(ok, [
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(new RangeError('textEmbeds must have 1 rows like imageEmbeds, got 2'));
    expect(() => clipContrastiveLoss(ok, [[1, 0, 0]])).toThrow(RangeError);
    expect(() => clipContrastiveLoss([[Number.NaN, 1]], ok)).toThrow(
      new RangeError('imageEmbeds[0][0] must be finite, got NaN'),
    );
    expect(() => clipContrastiveLoss(ok, [[0, 0]])).toThrow(
      new RangeError('textEmbeds[0] must not be a zero vector (it cannot be L2-normalised)'),
    );
    expect(() => clipContrastiveLoss(ok, ok, { logitScale: 0 })).toThrow(
      new RangeError('options.logitScale must be finite and > 0, got 0'),
    );
    expect(() => clipContrastiveLoss(ok, ok, { logitScale: Infinity })).toThrow(RangeError);
    expect(() => clipContrastiveLoss(ok, ok, { logitScale: '100' as unknown as number })).toThrow(TypeError);
  });

  it('is ≥ 0, blind to row lengths and symmetric in images and texts (property)', () => {
    fc.assert(
      fc.property(batch, fc.double({ min: 0.5, max: 100, noNaN: true }), ([images, texts], logitScale) => {
        const { logitsPerImage, loss } = clipContrastiveLoss(images, texts, { logitScale });
        expect(loss).toBeGreaterThanOrEqual(0);
        const scaled = clipContrastiveLoss(
          images.map((r) => r.map((x) => 3 * x)),
          texts,
          { logitScale },
        );
        expect(scaled.loss).toBeCloseTo(loss, 9);
        const swapped = clipContrastiveLoss(texts, images, { logitScale });
        expect(swapped.loss).toBeCloseTo(loss, 9);
        expectMatrixClose(
          swapped.logitsPerImage,
          (logitsPerImage[0] as number[]).map((_, j) => logitsPerImage.map((r) => r[j] as number)),
          9,
        );
      }),
    );
  });
});
