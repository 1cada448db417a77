/**
 * How GRPO-family losses aggregate per-token losses into one number, and so how much each token
 * of each sampled answer weighs in the gradient. Semantics read from TRL's
 * `GRPOTrainer._compute_loss` (trl/trainer/grpo_trainer.py):
 * - `'grpo'`, `'bnpo'`, `'dr_grpo'`: the whole method read at commit d2b69d7 (mid-2025 main,
 *   before `'dapo'` existed); PR #3938 (v0.22.0) added a division of each by
 *   `current_gradient_accumulation_steps`; the excerpts of 2026 main quoted in issue #5619
 *   (`'grpo'`) and PR #5828 (`'dr_grpo'`) keep the same denominators;
 * - `'dapo'`: added by PR #3938 (merged 22 Aug 2025, released in v0.22.0, where it replaced
 *   `'bnpo'` as the default `loss_type`, per issue #4172), as quoted from main at commit a08e713 in
 *   issue #5619 (Apr 2026).
 * The per-token loss is ℓ_{i,t} = −min(ρ_{i,t}Â_i, clip(ρ_{i,t}, 1 − ε, 1 + ε)Â_i) (+ β·KL); the
 * loss types differ only in what the sum of ℓ_{i,t} over the completion tokens is divided by.
 */
import { checkChoice, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';

/** The loss types TRL's `GRPOConfig.loss_type` offers that differ only in aggregation. */
export const GRPO_LOSS_TYPES = ['grpo', 'bnpo', 'dr_grpo', 'dapo'] as const;
export type GrpoLossType = (typeof GRPO_LOSS_TYPES)[number];

/** Options of {@link grpoTokenWeights} and {@link grpoGradientPush}. */
export interface GrpoTokenWeightsOptions {
  /** TRL's `loss_type`. */
  readonly lossType: GrpoLossType;
  /**
   * TRL's `max_completion_length` L (generation stops there, so no length may exceed it).
   * Required for `'dr_grpo'`, which divides by G·L; checked against the lengths whenever given.
   */
  readonly maxCompletionLength?: number;
}

/** The weight of the tokens of each completion in the aggregated loss. */
export interface GrpoTokenWeights {
  /** Dᵢ: every token of completion i enters the loss as ℓ_{i,t}/Dᵢ (an integer). */
  readonly denominators: number[];
  /** wᵢ = 1/Dᵢ, the weight of one token of completion i. */
  readonly perToken: number[];
  /** Wᵢ = |oᵢ|·wᵢ, the weight of all tokens of completion i together. */
  readonly perSequence: number[];
}

/** Coefficients of the policy gradient per completion (see {@link grpoGradientPush}). */
export interface GrpoGradientPush {
  /** Âᵢ·wᵢ: the coefficient of ∇log π_θ(o_{i,t}) for every token t of completion i. */
  readonly perToken: number[];
  /** Âᵢ·Wᵢ: the same summed over the completion's tokens. */
  readonly perSequence: number[];
}

/** The mean and sample standard deviation of one group's rewards (see {@link grpoRewardStats}). */
export interface GrpoRewardStats {
  readonly mean: number;
  /** √(Σ(rᵢ − mean)²/(G − 1)), torch's default `std` */
  readonly std: number;
}

function checkLengths(lengths: readonly number[]): readonly number[] {
  const ls = checkNumberArray('lengths', lengths);
  if (ls.length < 2) {
    throw new RangeError(`lengths must hold at least 2 completions, got ${describeValue(lengths)}`);
  }
  ls.forEach((l, i) => {
    if (!Number.isSafeInteger(l) || l < 1) {
      throw new RangeError(`lengths[${i}] must be an integer >= 1, got ${describeValue(l)}`);
    }
  });
  return ls;
}

function checkOptions(options: GrpoTokenWeightsOptions, lengths: readonly number[]) {
  const opts = checkObject('options', options);
  const lossType = checkChoice('options.lossType', opts.lossType, GRPO_LOSS_TYPES);
  const max = opts.maxCompletionLength;
  if (max === undefined) {
    if (lossType === 'dr_grpo') {
      throw new TypeError(
        `options.maxCompletionLength must be an integer >= 1 when options.lossType is 'dr_grpo', got undefined`,
      );
    }
    return { lossType, max: undefined };
  }
  if (typeof max !== 'number') {
    throw new TypeError(`options.maxCompletionLength must be a number, got ${describeValue(max)}`);
  }
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new RangeError(`options.maxCompletionLength must be an integer >= 1, got ${describeValue(max)}`);
  }
  lengths.forEach((l, i) => {
    if (l > max) {
      throw new RangeError(
        `lengths[${i}] must be <= options.maxCompletionLength = ${max} (generation stops there), got ${l}`,
      );
    }
  });
  return { lossType, max };
}

/**
 * The weight each token of each completion gets when GRPO's per-token losses are aggregated, for
 * one group of G completions that is the whole batch (one device, one micro-batch, one
 * gradient-accumulation step).
 *
 * Formula (Dᵢ the denominator of completion i, wᵢ = 1/Dᵢ, Wᵢ = |oᵢ|/Dᵢ):
 * - `'grpo'`: mean over each completion's tokens, then over completions: Dᵢ = G·|oᵢ|, so every
 *   completion has total weight 1/G whatever its length (DeepSeekMath eq. 3; TRL
 *   `(per_token_loss * mask).sum(-1) / mask.sum(-1).clamp(min=1)).mean()`).
 * - `'bnpo'`: sum over all tokens / number of tokens of the local micro-batch: Dᵢ = Σⱼ|oⱼ| (TRL
 *   `(per_token_loss * mask).sum() / mask.sum().clamp(min=1)`). Local: with several micro-batches
 *   or devices the result is an average of per-micro-batch token means; with one completion per
 *   micro-batch it equals `'grpo'`.
 * - `'dr_grpo'`: sum / (G·L), L = `max_completion_length`: Dᵢ = G·L, a constant (Dr. GRPO, Liu et
 *   al. 2025, §3.1; TRL `... .sum() / (per_token_loss.size(0) * self.max_completion_length)`, where
 *   `size(0)` is the micro-batch's number of completions, G here).
 * - `'dapo'`: token-level mean over the whole batch: Dᵢ = Σⱼ|oⱼ| (DAPO, Yu et al. 2025,
 *   "token-level policy gradient loss"). TRL ≥ 0.22 divides each micro-batch's sum by
 *   `num_items_in_batch / num_processes`, where `num_items_in_batch` is the number of completion
 *   tokens in the whole generation batch gathered over all processes, and (unlike the other three)
 *   does not divide by the accumulation steps; after DDP averages over processes and the steps are
 *   summed, every token of the global accumulated batch weighs 1/(its total token count). (When
 *   `steps_per_generation` differs from `gradient_accumulation_steps`, TRL PR #6024, July 2026,
 *   rescales that normalizer by their ratio.) With one group as the whole batch, `'dapo'` and
 *   `'bnpo'` coincide.
 *
 * @param lengths the number of completion tokens |oᵢ| of each of the G completions, integers ≥ 1,
 *   G ≥ 2 (a group of one has no group-relative baseline).
 * @param options `{ lossType, maxCompletionLength? }`.
 * @throws {TypeError} when lengths is not an array of numbers, options is not an object, lossType
 *   is not a string, or maxCompletionLength is missing for `'dr_grpo'` or is not a number.
 * @throws {RangeError} when there are fewer than 2 lengths, a length is not an integer ≥ 1,
 *   lossType is unknown, maxCompletionLength is not an integer ≥ 1, or a length exceeds it.
 * @example grpoTokenWeights([200, 1800], { lossType: 'grpo' }).perToken // [0.0025, 0.0002777777777777778] (1/(2·200), 1/(2·1800))
 * @example grpoTokenWeights([200, 1800], { lossType: 'dapo' }).perSequence // [0.1, 0.9]
 */
export function grpoTokenWeights(
  lengths: readonly number[],
  options: GrpoTokenWeightsOptions,
): GrpoTokenWeights {
  const ls = checkLengths(lengths);
  const { lossType, max } = checkOptions(options, ls);
  const g = ls.length;
  const total = ls.reduce((sum, l) => sum + l, 0);
  const denominators = ls.map((l) => {
    if (lossType === 'grpo') return g * l;
    if (lossType === 'dr_grpo') return g * (max ?? 0);
    return total;
  });
  return {
    denominators,
    perToken: denominators.map((d) => 1 / d),
    perSequence: denominators.map((d, i) => (ls[i] ?? 0) / d),
  };
}

/**
 * How hard one optimisation step pushes each completion: with one update per batch of samples
 * (TRL's default `num_iterations = 1`) the ratio ρ_{i,t} is 1, clipping is inactive and, with β = 0,
 * the gradient of the negated loss is Σᵢ Σₜ Âᵢ·wᵢ·∇log π_θ(o_{i,t}). So Âᵢ·wᵢ is the coefficient of
 * each token's log-probability gradient (positive: made more likely) and Âᵢ·Wᵢ its sum over the
 * completion. Weights as in {@link grpoTokenWeights}.
 *
 * @param advantages Âᵢ of each completion (e.g. from `grpoAdvantages`), finite.
 * @param lengths |oᵢ| of each completion, as in {@link grpoTokenWeights}.
 * @param options `{ lossType, maxCompletionLength? }`.
 * @throws {TypeError} as {@link grpoTokenWeights}, or when advantages is not an array of numbers.
 * @throws {RangeError} as {@link grpoTokenWeights}, when an advantage is not finite, or when the
 *   two arrays differ in length.
 * @example grpoGradientPush([0.5, -0.5], [200, 1800], { lossType: 'grpo' }).perToken // [0.00125, -0.0001388888888888889]
 */
export function grpoGradientPush(
  advantages: readonly number[],
  lengths: readonly number[],
  options: GrpoTokenWeightsOptions,
): GrpoGradientPush {
  const adv = checkNumberArray('advantages', advantages);
  adv.forEach((a, i) => {
    if (!Number.isFinite(a)) throw new RangeError(`advantages[${i}] must be finite, got ${describeValue(a)}`);
  });
  const weights = grpoTokenWeights(lengths, options);
  if (adv.length !== weights.perToken.length) {
    throw new RangeError(
      `advantages and lengths must have the same length, got ${adv.length} and ${weights.perToken.length}`,
    );
  }
  return {
    perToken: adv.map((a, i) => a * (weights.perToken[i] ?? 0)),
    perSequence: adv.map((a, i) => a * (weights.perSequence[i] ?? 0)),
  };
}

/**
 * The mean and sample standard deviation of one group's rewards, the two numbers GRPO's advantage
 * (rᵢ − mean)/(std + 1e-4) is built from (TRL `GRPOTrainer`: `rewards.view(-1, G).mean(dim=1)` and
 * `.std(dim=1)`, torch's Bessel-corrected std). Two passes, as `grpoAdvantages`.
 *
 * @param rewards the G rewards of one group, finite, G ≥ 2.
 * @throws {TypeError} when rewards is not an array of numbers.
 * @throws {RangeError} when there are fewer than 2 rewards or one is not finite.
 * @example grpoRewardStats([1, 0, 0, 0]) // { mean: 0.25, std: 0.5 }
 */
export function grpoRewardStats(rewards: readonly number[]): GrpoRewardStats {
  const rs = checkNumberArray('rewards', rewards);
  if (rs.length < 2) {
    throw new RangeError(`rewards must hold at least 2 rewards, got ${describeValue(rewards)}`);
  }
  rs.forEach((r, i) => {
    if (!Number.isFinite(r)) throw new RangeError(`rewards[${i}] must be finite, got ${describeValue(r)}`);
  });
  const n = rs.length;
  const mean = rs.reduce((sum, r) => sum + r, 0) / n;
  const std = Math.sqrt(rs.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (n - 1));
  return { mean, std };
}
