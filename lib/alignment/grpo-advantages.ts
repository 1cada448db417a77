import { checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';

/** Options of {@link grpoAdvantages}. */
export interface GrpoAdvantagesOptions {
  /** divide by the group's standard deviation (default true); false gives Dr. GRPO's centring only */
  readonly scaleRewards?: boolean;
}

/**
 * The ε TRL `GRPOTrainer` adds to the group's standard deviation before dividing
 * (`advantages / (std_grouped_rewards + 1e-4)`), so a group of equal rewards gives 0, not NaN.
 *
 * @throws never (a constant).
 * @example GRPO_STD_EPSILON // 0.0001
 */
export const GRPO_STD_EPSILON = 1e-4;

/**
 * Group-relative advantages of GRPO: each completion's reward compared with the other
 * completions sampled for the same prompt, so no value network is needed.
 *
 * Formula: Âᵢ = (rᵢ − mean(r)) / (std(r) + 1e-4), std the sample standard deviation
 * √(Σ(rᵢ − mean)²/(G − 1)) (torch's default `std`, Bessel-corrected); with scaleRewards false
 * Âᵢ = rᵢ − mean(r). TRL `GRPOTrainer` (`rewards.view(-1, num_generations).std(dim=1)`,
 * `advantages / (std_grouped_rewards + 1e-4)`); DeepSeekMath §4.1.2 (Shao et al. 2024,
 * https://arxiv.org/abs/2402.03300) normalises by the group's mean and std; Liu et al. 2025
 * ("Dr. GRPO", https://arxiv.org/abs/2503.20783) argue for dropping the division, which TRL
 * exposes as `scale_rewards=False`. A group whose rewards are all equal gets all-zero
 * advantages (it carries no learning signal). Computed in float64 (TRL uses float32).
 *
 * @param rewards the G rewards of one group, finite, G ≥ 2.
 * @param options `{ scaleRewards = true }`.
 * @throws {TypeError} when rewards is not an array of numbers, options is not an object, or
 *   scaleRewards is not a boolean.
 * @throws {RangeError} when there are fewer than 2 rewards or one is not finite.
 * @example grpoAdvantages([1, 0, 0, 0], { scaleRewards: false }) // [0.75, -0.25, -0.25, -0.25]
 * @example grpoAdvantages([0, 1]) // [-0.7070067953266834, 0.7070067953266834] (½ / (√½ + 1e-4))
 */
export function grpoAdvantages(rewards: readonly number[], options: GrpoAdvantagesOptions = {}): number[] {
  const rs = checkNumberArray('rewards', rewards);
  if (rs.length < 2) {
    throw new RangeError(`rewards must hold at least 2 rewards, got ${describeValue(rewards)}`);
  }
  rs.forEach((r, i) => {
    if (!Number.isFinite(r)) throw new RangeError(`rewards[${i}] must be finite, got ${describeValue(r)}`);
  });
  const { scaleRewards = true } = checkObject('options', options);
  if (typeof scaleRewards !== 'boolean') {
    throw new TypeError(`options.scaleRewards must be a boolean, got ${describeValue(scaleRewards)}`);
  }
  const n = rs.length;
  const mean = rs.reduce((sum, r) => sum + r, 0) / n;
  const centred = rs.map((r) => r - mean);
  if (!scaleRewards) return centred;
  // Two passes (mean, then squared deviations), as torch does, so a large common offset cancels.
  const std = Math.sqrt(centred.reduce((sum, d) => sum + d * d, 0) / (n - 1));
  return centred.map((d) => d / (std + GRPO_STD_EPSILON));
}
