/**
 * The best rank-r approximation of a matrix by truncated SVD. This module pulls in `ml-matrix`
 * (about 18 KiB gzip once minified), so it is NOT re-exported from `@/lib/calculators`: import it
 * by its path, and in the browser load it with a dynamic `import()` when it is needed.
 */
import { SingularValueDecomposition } from 'ml-matrix';
import { checkInteger, describeValue } from '@/lib/utils/validate';

/** The result of {@link lowRankApproximation}. */
export interface LowRankApproximation {
  /** All min(rows, cols) singular values σ₁ ≥ σ₂ ≥ … ≥ 0. */
  readonly singularValues: number[];
  /** ΔW_r = Σ_{i ≤ r} σᵢ uᵢ vᵢᵀ, the same shape as the input. */
  readonly approximation: number[][];
  /** ‖ΔW − ΔW_r‖_F / ‖ΔW‖_F = √(Σ_{i>r} σᵢ²) / √(Σᵢ σᵢ²); exactly 0 when r = min(rows, cols). */
  readonly relativeError: number;
}

/** The smallest positive normal double, 2⁻¹⁰²². */
const SMALLEST_NORMAL = 2 ** -1022;

/** Checks a dense matrix: a non-empty array of equally long, non-empty rows of finite numbers. */
function checkMatrix(matrix: unknown): { rows: number; cols: number } {
  if (!Array.isArray(matrix)) {
    throw new TypeError(`matrix must be an array of rows, got ${describeValue(matrix)}`);
  }
  if (matrix.length === 0) throw new RangeError('matrix must have at least one row, got 0');
  const first: unknown = matrix[0];
  const cols = Array.isArray(first) ? first.length : -1;
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) {
      throw new TypeError(`matrix[${i}] must be an array of numbers, got ${describeValue(row)}`);
    }
    if (row.length === 0) throw new RangeError(`matrix[${i}] must not be empty`);
    if (row.length !== cols) {
      throw new RangeError(`matrix rows must all have ${cols} entries, got ${row.length} in matrix[${i}]`);
    }
    row.forEach((x: unknown, j) => {
      if (typeof x !== 'number') {
        throw new TypeError(`matrix[${i}][${j}] must be a number, got ${describeValue(x)}`);
      }
      if (!Number.isFinite(x)) throw new RangeError(`matrix[${i}][${j}] must be finite, got ${x}`);
    });
  });
  return { rows: matrix.length, cols };
}

/**
 * The best approximation of rank at most r of a matrix in the Frobenius norm, its singular
 * values and its relative error.
 *
 * Formula: with the SVD ΔW = Σᵢ σᵢ uᵢ vᵢᵀ, keep the first r terms; by the Eckart–Young theorem
 * (Eckart & Young 1936) no matrix of rank ≤ r is closer, and ‖ΔW − ΔW_r‖_F = √(Σ_{i>r} σᵢ²).
 * The relative error is that over ‖ΔW‖_F = √(Σᵢ σᵢ²). The SVD is `ml-matrix`'s
 * `SingularValueDecomposition` (the JAMA algorithm, https://github.com/mljs/matrix). LoRA
 * (Hu et al. 2021, §4.1 and §7) rests on weight updates having a low "intrinsic rank".
 *
 * @param matrix rows of equal length, every entry finite, not all zero.
 * @param r the rank kept, an integer in [1, min(rows, cols)].
 * @throws {TypeError} when matrix is not an array of arrays of numbers, or r is not a number.
 * @throws {RangeError} when matrix is empty, ragged, holds a non-finite entry or only zeros (its
 *   relative error would be 0/0), or r is not an integer in [1, min(rows, cols)].
 * @example lowRankApproximation([[3, 0], [0, 1]], 1) // { singularValues: [3, 1], approximation: [[3, 0], [0, 0]], relativeError: 0.316… (= 1/√10) }
 */
export function lowRankApproximation(
  matrix: readonly (readonly number[])[],
  r: number,
): LowRankApproximation {
  const { rows, cols } = checkMatrix(matrix);
  const maxRank = Math.min(rows, cols);
  checkInteger('r', r, 1);
  if (r > maxRank) {
    throw new RangeError(
      `r must be an integer in [1, ${maxRank}] (the smaller side of a ${rows}×${cols} matrix), got ${r}`,
    );
  }
  const scale = Math.max(...matrix.map((row) => Math.max(...row.map(Math.abs))));
  if (scale === 0) throw new RangeError('matrix must not be all zeros (its relative error is undefined)');
  // The SVD runs on ΔW / max|ΔW| with subnormal results flushed to 0: squares of 1e200 would
  // overflow, and JAMA's rotations lose accuracy and orthogonality among subnormals (5e-324 next
  // to 1e-6), while an entry below 2⁻¹⁰²² of the largest changes no printed digit of the result.
  const svd = new SingularValueDecomposition(
    matrix.map((row) =>
      row.map((x) => {
        const y = x / scale;
        return Math.abs(y) < SMALLEST_NORMAL ? 0 : y;
      }),
    ),
    { autoTranspose: true },
  );
  // Singular values are ≥ 0 in exact arithmetic; clear a rounding −0 or −1e-17.
  const unit = svd.diagonal.map((s) => Math.max(0, s));
  const total = unit.reduce((sum, s) => sum + s * s, 0);
  const tail = unit.slice(r).reduce((sum, s) => sum + s * s, 0);
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const approximation = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < r; k++) sum += (unit[k] ?? 0) * u.get(i, k) * v.get(j, k);
      return sum * scale;
    }),
  );
  return {
    singularValues: unit.map((s) => s * scale),
    approximation,
    relativeError: Math.sqrt(tail / total),
  };
}
