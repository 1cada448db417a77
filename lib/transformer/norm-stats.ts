import { checkEps, checkVector } from './validate';

/** What {@link normStats} returns: the statistics LayerNorm and RMSNorm divide by. */
export interface NormStats {
  /** mean(x) */
  readonly mean: number;
  /** mean((x − mean)²), the biased variance LayerNorm uses */
  readonly variance: number;
  /** √(variance + eps): what LayerNorm divides x − mean by */
  readonly layerNormScale: number;
  /** mean(x²) */
  readonly meanSquare: number;
  /** √(mean(x²) + eps): what RMSNorm divides x by */
  readonly rmsScale: number;
}

/**
 * The statistics behind {@link layerNorm} and {@link rmsNorm} for one vector: the mean and biased
 * variance (torch `nn.LayerNorm`), the mean square (Zhang & Sennrich 2019, RMSNorm), and each
 * norm's divisor with eps under the root, as both functions compute them.
 *
 * @param x a non-empty vector of finite numbers.
 * @param eps finite and ≥ 0.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `x` is empty or not finite, or `eps` is negative or not finite.
 * @example normStats([1, 2, 3, 4], 0).variance // 1.25
 */
export function normStats(x: readonly number[], eps: number): NormStats {
  const xs = checkVector('x', x);
  const e = checkEps(eps);
  const n = xs.length;
  const mean = xs.reduce((a, v) => a + v, 0) / n;
  const variance = xs.reduce((a, v) => a + (v - mean) * (v - mean), 0) / n;
  const meanSquare = xs.reduce((a, v) => a + v * v, 0) / n;
  return {
    mean,
    variance,
    layerNormScale: Math.sqrt(variance + e),
    meanSquare,
    rmsScale: Math.sqrt(meanSquare + e),
  };
}
