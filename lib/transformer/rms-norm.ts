import { checkEps, checkVector, optionalParams, readOptions } from './validate';

/** Options of {@link rmsNorm}. */
export interface RmsNormOptions {
  /** per-element gain, same length as x (default all 1) */
  readonly weight?: readonly number[];
  /** added to the mean square, finite and ≥ 0 (default 1e-6, HF `LlamaRMSNorm`'s) */
  readonly eps?: number;
}

/**
 * Root-mean-square normalisation of one vector: rescale to unit RMS, no centring and no bias.
 *
 * Formula: y = x / √(mean(x²) + eps) · weight (Zhang & Sennrich 2019,
 * https://arxiv.org/abs/1910.07467; HF `LlamaRMSNorm`: `variance = x.pow(2).mean(-1)`,
 * `x * torch.rsqrt(variance + eps)`, times `weight`, eps 1e-6). HF computes in float32.
 *
 * @param x a non-empty vector of finite numbers.
 * @param options `{ weight?, eps = 1e-6 }`.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `x` or `weight` is empty or not finite, their lengths differ, `eps` is
 *   not finite and ≥ 0, x is all zeros while eps is 0 (0/0), or x² overflows.
 * @example rmsNorm([3, 4], { eps: 0 }) // [0.848528137423857, 1.131370849898476] (RMS = √12.5)
 */
export function rmsNorm(x: readonly number[], options?: RmsNormOptions): number[] {
  const xs = checkVector('x', x);
  const opts = readOptions(options);
  const weight = optionalParams('options.weight', opts.weight, xs);
  const eps = opts.eps === undefined ? 1e-6 : checkEps(opts.eps);
  let squares = 0;
  for (const v of xs) squares += v * v;
  const rms = Math.sqrt(squares / xs.length + eps);
  if (!Number.isFinite(rms)) throw new RangeError('x is too large: its mean square overflows float64');
  if (rms === 0) throw new RangeError('x is all zeros and eps is 0: the normalisation divides 0 by 0');
  return xs.map((v, i) => (v / rms) * (weight?.[i] ?? 1));
}
