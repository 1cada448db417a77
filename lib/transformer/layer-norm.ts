import { checkEps, checkVector, optionalParams, readOptions } from './validate';

/** Options of {@link layerNorm}. */
export interface LayerNormOptions {
  /** per-element gain γ, same length as x (default all 1) */
  readonly weight?: readonly number[];
  /** per-element shift β, same length as x (default all 0) */
  readonly bias?: readonly number[];
  /** added to the variance, finite and ≥ 0 (default 1e-5, torch's) */
  readonly eps?: number;
}

/**
 * Layer normalisation of one vector: centre, scale to unit variance, then apply a learned gain
 * and shift.
 *
 * Formula: y = (x − mean(x)) / √(var(x) + eps) · weight + bias with the biased variance
 * var = mean((x − mean)²) (Ba et al. 2016, https://arxiv.org/abs/1607.06450; torch `nn.LayerNorm`,
 * "the standard-deviation is calculated via the biased estimator, equivalent to
 * torch.var(input, unbiased=False)", https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html).
 * The mean and variance are computed in two passes.
 *
 * @param x a non-empty vector of finite numbers.
 * @param options `{ weight?, bias?, eps = 1e-5 }`.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `x`, `weight` or `bias` is empty or not finite, their lengths differ,
 *   `eps` is not finite and ≥ 0, x is constant while eps is 0 (0/0), or x is so large its variance
 *   overflows.
 * @example layerNorm([1, 2, 3, 4], { eps: 0 }) // [-1.3416407864998738, -0.4472135954999579, 0.4472135954999579, 1.3416407864998738]
 */
export function layerNorm(x: readonly number[], options?: LayerNormOptions): number[] {
  const xs = checkVector('x', x);
  const opts = readOptions(options);
  const weight = optionalParams('options.weight', opts.weight, xs);
  const bias = optionalParams('options.bias', opts.bias, xs);
  const eps = opts.eps === undefined ? 1e-5 : checkEps(opts.eps);
  const n = xs.length;
  let sum = 0;
  for (const v of xs) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of xs) squares += (v - mean) * (v - mean);
  const denominator = Math.sqrt(squares / n + eps);
  if (!Number.isFinite(mean) || !Number.isFinite(denominator)) {
    throw new RangeError('x is too large: its mean or variance overflows float64');
  }
  if (denominator === 0) throw new RangeError('x is constant and eps is 0: the normalisation divides 0 by 0');
  return xs.map((v, i) => ((v - mean) / denominator) * (weight?.[i] ?? 1) + (bias?.[i] ?? 0));
}
