import { erfc } from '@/lib/metrics/normal';
import { checkNumber } from '@/lib/utils/validate';
import { checkChoice } from './validate';

/** `'none'`: the exact x·Φ(x); `'tanh'`: the tanh approximation (GPT-2, BERT's original code). */
export type GeluApproximate = 'none' | 'tanh';

const APPROXIMATIONS = ['none', 'tanh'] as const;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

const notNaN = (x: number): boolean => !Number.isNaN(x);

/**
 * The Gaussian error linear unit: x weighted by the probability that a standard normal is below
 * it.
 *
 * Formula: `'none'` GELU(x) = x·Φ(x) = ½x·erfc(−x/√2); `'tanh'`
 * ½x(1 + tanh(√(2/π)(x + 0.044715x³))) (Hendrycks & Gimpel 2016, https://arxiv.org/abs/1606.08415;
 * torch `nn.functional.gelu(x, approximate=…)`,
 * https://pytorch.org/docs/stable/generated/torch.nn.functional.gelu.html). Φ uses Cody's `erfc`
 * from `@/lib/metrics` (~1e-15 relative), since JavaScript has no `Math.erf` and the
 * Abramowitz–Stegun 7.1.26 formula (error 1.5e-7) would miss the 1e-9 target. The tanh form is
 * evaluated as x·σ(2z), the same number as ½x(1 + tanh z) without the cancellation of 1 + tanh z
 * for negative z. Limits: GELU(∞) = ∞, GELU(−∞) = 0; −0 is returned as 0.
 *
 * @param x any number except NaN.
 * @param approximate `'none'` (default) or `'tanh'`.
 * @throws {TypeError} when `x` is not a number.
 * @throws {RangeError} when `x` is NaN or `approximate` is unknown.
 * @example gelu(1) // 0.8413447460685429
 * @example gelu(1, 'tanh') // 0.8411919906082768
 */
export function gelu(x: number, approximate: GeluApproximate = 'none'): number {
  const v = checkNumber('x', x, notNaN, 'a number, not NaN');
  const form = checkChoice('approximate', approximate, APPROXIMATIONS);
  if (v === Infinity) return Infinity;
  if (v === -Infinity) return 0;
  if (form === 'none') return 0.5 * v * erfc(-v / Math.SQRT2) + 0;
  const z = SQRT_2_OVER_PI * (v + 0.044715 * v * v * v);
  return v / (1 + Math.exp(-2 * z)) + 0;
}

/**
 * The sigmoid linear unit (SiLU), Swish with β = 1: x weighted by its own sigmoid.
 *
 * Formula: SiLU(x) = x·σ(x) = x / (1 + e^(−x)) (Elfwing et al. 2017, https://arxiv.org/abs/1702.03118;
 * Ramachandran et al. 2017; torch `nn.functional.silu`). Limits: SiLU(∞) = ∞, SiLU(−∞) = 0; −0 is
 * returned as 0.
 *
 * @param x any number except NaN.
 * @throws {TypeError} when `x` is not a number.
 * @throws {RangeError} when `x` is NaN.
 * @example silu(1) // 0.7310585786300049 (= σ(1))
 */
export function silu(x: number): number {
  const v = checkNumber('x', x, notNaN, 'a number, not NaN');
  if (v === Infinity) return Infinity;
  if (v === -Infinity) return 0;
  return v / (1 + Math.exp(-v)) + 0;
}

/**
 * The rectified linear unit: x where it is positive, 0 elsewhere.
 *
 * Formula: ReLU(x) = max(0, x) (Nair & Hinton 2010; torch `nn.ReLU`). ReLU(∞) = ∞, ReLU(−∞) = 0;
 * −0 is returned as 0.
 *
 * @param x any number except NaN.
 * @throws {TypeError} when `x` is not a number.
 * @throws {RangeError} when `x` is NaN.
 * @example relu(-2) // 0
 */
export function relu(x: number): number {
  const v = checkNumber('x', x, notNaN, 'a number, not NaN');
  return v > 0 ? v : 0;
}
