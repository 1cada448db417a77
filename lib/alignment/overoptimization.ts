import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';

/** How the policy was optimised against the proxy reward model, as in Gao et al. 2022. */
export type OveroptimizationMethod = 'bon' | 'rl';

/** Fitted coefficients and method of {@link overoptimizationGoldReward}. */
export interface OveroptimizationFit {
  /** α, finite */
  readonly alpha: number;
  /** β, finite */
  readonly beta: number;
  /** `'bon'` (best-of-n sampling) or `'rl'` (PPO) */
  readonly method: OveroptimizationMethod;
}

/**
 * The gold reward model's score predicted by the scaling-law fits of reward-model
 * overoptimization, as a function of how far the policy has moved from its initialisation.
 *
 * Formula: d = √KL(π ‖ π_init); `'bon'`: R(d) = d(α − βd); `'rl'`: R(d) = d(α − β ln d), with
 * R(0) = 0 (the limit, as d ln d → 0). Gao, Schulman & Hilton 2022, "Scaling Laws for Reward
 * Model Overoptimization" (https://arxiv.org/abs/2210.10760), §1, natural log; R is the gain
 * over the initial policy's gold score. The proxy reward keeps rising while the gold reward peaks
 * — at d = α/(2β) for best-of-n, d = e^(α/β − 1) for RL — and then falls (Goodhart's law).
 *
 * @param kl KL(π ‖ π_init) in nats, finite and ≥ 0 (for best-of-n, see `bestOfNKl`).
 * @param fit `{ alpha, beta, method }`, alpha and beta finite.
 * @throws {TypeError} when kl, alpha or beta is not a number, method is not a string, or fit is
 *   not an object.
 * @throws {RangeError} when kl is negative or not finite, alpha or beta is not finite, or method
 *   is not `'bon'` or `'rl'`.
 * @example overoptimizationGoldReward(4, { alpha: 1, beta: 0.25, method: 'bon' }) // 1 (d = 2: 2·(1 − 0.5))
 * @example overoptimizationGoldReward(0, { alpha: 1, beta: 0.25, method: 'rl' }) // 0
 */
export function overoptimizationGoldReward(kl: number, fit: OveroptimizationFit): number {
  const k = checkNumber('kl', kl, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const { alpha, beta, method } = checkObject('fit', fit);
  const a = checkNumber('fit.alpha', alpha, Number.isFinite, 'finite');
  const b = checkNumber('fit.beta', beta, Number.isFinite, 'finite');
  if (typeof method !== 'string') {
    throw new TypeError(`fit.method must be a string, got ${describeValue(method)}`);
  }
  if (method !== 'bon' && method !== 'rl') {
    throw new RangeError(`fit.method must be 'bon' or 'rl', got ${describeValue(method)}`);
  }
  const d = Math.sqrt(k);
  if (method === 'bon') return d * (a - b * d);
  return d === 0 ? 0 : d * (a - b * Math.log(d));
}
