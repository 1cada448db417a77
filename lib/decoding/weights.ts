import { checkInteger, checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';
import { createRng } from './rng';

/**
 * One standard normal draw from two uniforms of `rng`, drawn in this order.
 *
 * Formula: Box–Muller (Box & Muller 1958, "A Note on the Generation of Random Normal Deviates"):
 * u₁ = 1 − rng() ∈ (0, 1] (so the log stays finite), u₂ = rng(), z = √(−2 ln u₁) · cos(2π u₂); the
 * sine half is discarded.
 *
 * @param rng a uniform generator on [0, 1), e.g. `createRng(seed)`.
 * @throws never for a generator in [0, 1).
 * @example standardNormal(createRng(1985)) // -0.2929… (u₁ = 0.17861, u₂ = 0.72471)
 */
export function standardNormal(rng: () => number): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A reproducible vector of normally distributed weights, N(0, std²), for quantization examples.
 *
 * Formula: w = std · z with z = `standardNormal(createRng(seed))` (Box–Muller), one pair of draws
 * per weight.
 *
 * @param n number of weights, an integer in [1, 10⁶].
 * @param seed any finite number (see `createRng`).
 * @param std standard deviation, finite and > 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `n` is not an integer in [1, 10⁶], `seed` is not finite, or `std` is
 *   not finite and > 0.
 * @example gaussianWeights(1, 1985, 1) // [-0.2929…] (u₁ = 0.17861, u₂ = 0.72471)
 */
export function gaussianWeights(n: number, seed: number, std: number): number[] {
  const count = checkInteger('n', n, 1);
  checkNumber('n', count, (x) => x <= 1_000_000, 'an integer in [1, 1000000]');
  const sigma = checkNumber('std', std, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const rng = createRng(seed);
  return Array.from({ length: count }, () => sigma * standardNormal(rng));
}

/**
 * A copy of `x` with one entry replaced by an outlier `factor` times the typical magnitude, the
 * situation of LLM.int8() (Dettmers et al. 2022, arXiv 2208.07339) and AWQ: one large value
 * stretches a shared quantization scale.
 *
 * Formula: y = x, then y[index] = factor · mean_i |x_i| (the mean over the original vector).
 *
 * @param x finite values, non-empty.
 * @param index position of the outlier, an integer in [0, x.length).
 * @param factor multiple of the mean magnitude, finite and > 0.
 * @throws {TypeError} when `x` is not an array of numbers or `index` / `factor` not a number.
 * @throws {RangeError} when `x` is empty or has a non-finite entry, `index` is out of range, or
 *   `factor` is not finite and > 0.
 * @example withOutlier([0.1, -0.2, 0.3, -0.4], 1, 12) // [0.1, 3, 0.3, -0.4] (mean |x| = 0.25)
 */
export function withOutlier(x: readonly number[], index: number, factor: number): number[] {
  const xs = checkNumberArray('x', x);
  if (xs.length === 0) throw new RangeError('x must be non-empty, got an empty array');
  xs.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`x[${i}] must be finite, got ${describeValue(v)}`);
  });
  const at = checkNumber(
    'index',
    index,
    (i) => Number.isInteger(i) && i >= 0 && i < xs.length,
    `an integer in [0, ${xs.length})`,
  );
  const f = checkNumber('factor', factor, (v) => Number.isFinite(v) && v > 0, 'finite and > 0');
  // Dividing each term first keeps the mean finite for entries near Number.MAX_VALUE.
  const meanAbs = xs.reduce((acc, v) => acc + Math.abs(v) / xs.length, 0);
  return xs.map((v, i) => (i === at ? f * meanAbs : v));
}
