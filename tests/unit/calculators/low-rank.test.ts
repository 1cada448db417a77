import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowRankApproximation } from '@/lib/calculators/low-rank';

/** ‖a − b‖_F, computed directly from the entries. */
function frobeniusDistance(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let sum = 0;
  a.forEach((row, i) => row.forEach((x, j) => (sum += (x - (b[i]?.[j] ?? 0)) ** 2)));
  return Math.sqrt(sum);
}

const expectMatrixClose = (actual: number[][], expected: number[][]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i]![j]!, 12)));
};

describe('lowRankApproximation', () => {
  it('reproduces a rank-1 outer product exactly at r = 1', () => {
    // u vᵀ with u = (1, 2), v = (1, 2, 3): σ₁ = ‖u‖·‖v‖ = √5 · √14 = √70, every other σ is 0
    const m = [
      [1, 2, 3],
      [2, 4, 6],
    ];
    const { singularValues, approximation, relativeError } = lowRankApproximation(m, 1);
    expect(singularValues).toHaveLength(2);
    expect(singularValues[0]).toBeCloseTo(Math.sqrt(70), 12);
    expect(singularValues[1]).toBeLessThan(1e-12);
    expectMatrixClose(approximation, m);
    expect(relativeError).toBeLessThan(1e-12);
  });

  it('keeps the largest entries of a diagonal matrix (Eckart–Young by hand)', () => {
    // diag(3, 1) in a 3×2 matrix: σ = (3, 1); rank 1 keeps the 3, error 1/√(9 + 1) = 1/√10
    const m = [
      [3, 0],
      [0, 1],
      [0, 0],
    ];
    const one = lowRankApproximation(m, 1);
    expect(one.singularValues[0]).toBeCloseTo(3, 12);
    expect(one.singularValues[1]).toBeCloseTo(1, 12);
    expectMatrixClose(one.approximation, [
      [3, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(one.relativeError).toBeCloseTo(1 / Math.sqrt(10), 12); // 0.316…
    const full = lowRankApproximation(m, 2);
    expectMatrixClose(full.approximation, m);
    expect(full.relativeError).toBe(0);

    // a wide matrix works too (ml-matrix transposes it internally): diag(1, 2, 2) with a zero column
    const wide = [
      [1, 0, 0, 0],
      [0, 2, 0, 0],
      [0, 0, 2, 0],
    ];
    const w = lowRankApproximation(wide, 2);
    expect(w.singularValues.map((s) => Number(s.toFixed(12)))).toEqual([2, 2, 1]);
    expect(w.relativeError).toBeCloseTo(1 / 3, 12); // √1 / √(4 + 4 + 1)
  });

  it('gives exactly 0 at full rank and an error that never rises with r', () => {
    const m = [
      [0.3, -1.2, 0.5, 2],
      [1.1, 0.4, -0.7, 0.2],
      [-0.6, 0.9, 1.3, -1.5],
    ];
    const errors = [1, 2, 3].map((r) => lowRankApproximation(m, r).relativeError);
    expect(errors[2]).toBe(0);
    expect(errors[0]).toBeGreaterThanOrEqual(errors[1]!);
    expect(errors[1]).toBeGreaterThanOrEqual(errors[2]!);
  });

  it('matches the Eckart–Young error to the residual computed entry by entry', () => {
    const matrix = fc.integer({ min: 1, max: 6 }).chain((rows) =>
      fc.integer({ min: 1, max: 6 }).chain((cols) =>
        fc.array(
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: cols, maxLength: cols }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
      ),
    );
    fc.assert(
      fc.property(matrix, (m) => {
        const norm = frobeniusDistance(
          m,
          m.map((row) => row.map(() => 0)),
        );
        fc.pre(norm > 1e-6);
        const maxRank = Math.min(m.length, m[0]!.length);
        for (let r = 1; r <= maxRank; r++) {
          const { approximation, relativeError, singularValues } = lowRankApproximation(m, r);
          expect(frobeniusDistance(m, approximation) / norm).toBeCloseTo(relativeError, 9);
          // sorted, non-negative
          singularValues.forEach((s, i) => {
            expect(s).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(s).toBeLessThanOrEqual(singularValues[i - 1]! + 1e-12);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays exact at extreme scales (huge entries, subnormals next to 1e-6)', () => {
    // diag(1e300, 1e299): squaring would overflow; rank 1 leaves 1e299 of √(1e600 + 1e598): 1/√101
    const huge = lowRankApproximation(
      [
        [1e300, 0],
        [0, 1e299],
      ],
      1,
    );
    expect(huge.singularValues[0]! / 1e300).toBeCloseTo(1, 12);
    expect(huge.singularValues[1]! / 1e299).toBeCloseTo(1, 12);
    expect(huge.relativeError).toBeCloseTo(1 / Math.sqrt(101), 12);
    // found by the property test: JAMA on the raw entries returns a non-orthogonal U here
    const tiny = [
      [5e-324, 1e-6],
      [-5e-324, 0],
    ];
    const full = lowRankApproximation(tiny, 2);
    expect(full.singularValues[0]).toBeCloseTo(1e-6, 18);
    expect(full.relativeError).toBe(0);
    expect(frobeniusDistance(tiny, full.approximation)).toBeLessThan(1e-18);
  });

  it('does not mutate its input', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    const copy = m.map((row) => [...row]);
    lowRankApproximation(m, 1);
    expect(m).toEqual(copy);
  });

  it('rejects rank 0, a rank above min(rows, cols) and malformed matrices', () => {
    const m = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(() => lowRankApproximation(m, 0)).toThrow(new RangeError('r must be an integer >= 1, got 0'));
    expect(() => lowRankApproximation(m, 3)).toThrow(
      new RangeError('r must be an integer in [1, 2] (the smaller side of a 2×3 matrix), got 3'),
    );
    expect(() => lowRankApproximation(m, 1.5)).toThrow(RangeError);
    expect(() => lowRankApproximation(m, Number.NaN)).toThrow(RangeError);
    expect(() => lowRankApproximation(m, '1' as unknown as number)).toThrow(TypeError);
    expect(() => lowRankApproximation([], 1)).toThrow(
      new RangeError('matrix must have at least one row, got 0'),
    );
    expect(() => lowRankApproximation([[]], 1)).toThrow(new RangeError('matrix[0] must not be empty'));
    expect(() => lowRankApproximation([[1, 2], [3]], 1)).toThrow(
      new RangeError('matrix rows must all have 2 entries, got 1 in matrix[1]'),
    );
    expect(() => lowRankApproximation([[1, Number.NaN]], 1)).toThrow(
      new RangeError('matrix[0][1] must be finite, got NaN'),
    );
    expect(() => lowRankApproximation([[Infinity]], 1)).toThrow(RangeError);
    expect(() =>
      lowRankApproximation(
        [
          [0, 0],
          [0, 0],
        ],
        1,
      ),
    ).toThrow(RangeError);
    expect(() => lowRankApproximation('m' as unknown as number[][], 1)).toThrow(TypeError);
    expect(() => lowRankApproximation([1, 2] as unknown as number[][], 1)).toThrow(TypeError);
    expect(() => lowRankApproximation([['1']] as unknown as number[][], 1)).toThrow(TypeError);
  });
});
