import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from '@/lib/retrieval';

describe('cosineSimilarity', () => {
  it('is 1 − scipy.spatial.distance.cosine', () => {
    // SciPy docstring: cosine([1, 0, 0], [0, 1, 0]) = 1.0, cosine([100, 0, 0], [0, 1, 0]) = 1.0,
    // cosine([1, 1, 0], [0, 1, 0]) = 0.29289321881345254
    expect(cosineSimilarity([1, 0, 0], [0, 1, 0])).toBe(0);
    expect(cosineSimilarity([100, 0, 0], [0, 1, 0])).toBe(0);
    expect(cosineSimilarity([1, 1, 0], [0, 1, 0])).toBeCloseTo(1 - 0.29289321881345254, 15);
    // SciPy 1.17.1: 1 - cosine([1, 2, 3], [4, 5, 6]) = 0.9746318461970762, 1 - cosine([3, -4], [-3, 4]) = -1.0
    expect(cosineSimilarity([1, 2, 3], [4, 5, 6])).toBeCloseTo(0.9746318461970762, 15);
    expect(cosineSimilarity([3, -4], [-3, 4])).toBe(-1);
  });

  it('does not overflow or underflow with huge or tiny entries', () => {
    expect(cosineSimilarity([1e200, 1e200, 0], [0, 1e200, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosineSimilarity([1e-200, 1e-200], [1e-200, 1e-200])).toBe(1);
    expect(cosineSimilarity([Number.MAX_VALUE, -Number.MAX_VALUE], [1, -1])).toBe(1);
  });

  it('rejects zero vectors, different lengths and non-finite entries', () => {
    expect(() => cosineSimilarity([0, 0], [1, 2])).toThrow(
      new RangeError('a must not be a zero vector (its cosine is undefined)'),
    );
    expect(() => cosineSimilarity([1, 2], [0, 0])).toThrow(RangeError);
    expect(() => cosineSimilarity([], [])).toThrow(RangeError);
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(
      new RangeError('a and b must have the same length, got 2 and 3'),
    );
    expect(() => cosineSimilarity([1, Number.NaN], [1, 2])).toThrow(
      new RangeError('a[1] must be finite, got NaN'),
    );
    expect(() => cosineSimilarity([1, 2], [Number.POSITIVE_INFINITY, 2])).toThrow(RangeError);
    expect(() => cosineSimilarity([1, '2' as unknown as number], [1, 2])).toThrow(TypeError);
    expect(() => cosineSimilarity(null as unknown as number[], [1])).toThrow(TypeError);
  });

  const vector = (length: number) =>
    fc.array(
      // no subnormals, so that scaling by 1e-3 cannot turn a vector into zeros
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Math.abs(x) < 1e-300 ? 0 : x)),
      { minLength: length, maxLength: length },
    );
  const pair = fc
    .integer({ min: 1, max: 8 })
    .chain((n) => fc.tuple(vector(n), vector(n)))
    .filter(([a, b]) => a.some((x) => x !== 0) && b.some((x) => x !== 0));

  it('is symmetric, in [−1, 1], and blind to positive scaling (property)', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ([a, b], scale) => {
        const cos = cosineSimilarity(a, b);
        expect(cos).toBeGreaterThanOrEqual(-1);
        expect(cos).toBeLessThanOrEqual(1);
        expect(cosineSimilarity(b, a)).toBeCloseTo(cos, 12);
        expect(
          cosineSimilarity(
            a.map((x) => x * scale),
            b,
          ),
        ).toBeCloseTo(cos, 9);
        expect(cosineSimilarity(a, a)).toBeCloseTo(1, 12);
        expect(
          cosineSimilarity(
            a,
            a.map((x) => -x),
          ),
        ).toBeCloseTo(-1, 12);
      }),
    );
  });
});
