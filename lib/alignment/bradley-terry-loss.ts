import { checkNumber, checkObject } from '@/lib/utils/validate';
import { logSigmoid } from './log-sigmoid';

/** Options of {@link bradleyTerryLoss}. */
export interface BradleyTerryLossOptions {
  /** m(r) subtracted from the reward difference, finite (default 0); Llama 2 uses 0–1 or 0–3 by rating */
  readonly margin?: number;
}

/**
 * The pairwise (Bradley–Terry) loss of a reward model on one comparison: the negative
 * log-likelihood that the chosen response beats the rejected one.
 *
 * Formula: L = −log σ(r_c − r_r − m) = softplus(−(r_c − r_r − m)), computed as −logSigmoid so a
 * large difference neither overflows nor rounds to 0 (a difference of 40 gives 4.2e-18, not 0).
 * InstructGPT eq. 1 (Ouyang et al. 2022, https://arxiv.org/abs/2203.02155) with m = 0; Llama 2
 * (Touvron et al. 2023, https://arxiv.org/abs/2307.09288, eq. 2) subtracts a margin m(r) that
 * grows with how much better the annotators rated the chosen response; TRL `RewardTrainer`
 * computes `-nn.functional.logsigmoid(rewards_chosen - rewards_rejected - margin)`. Equal rewards
 * (with m = 0) give ln 2; only the difference matters.
 *
 * @param rewardChosen the reward model's scalar for the preferred response, finite.
 * @param rewardRejected its scalar for the other response, finite.
 * @param options `{ margin = 0 }`, margin finite.
 * @throws {TypeError} when a reward or the margin is not a number, or `options` is not an object.
 * @throws {RangeError} when a reward or the margin is not finite.
 * @example bradleyTerryLoss(1, 1) // 0.6931471805599453 (= ln 2)
 * @example bradleyTerryLoss(2, 1) // 0.31326168751822286 (= ln(1 + e^−1))
 * @example bradleyTerryLoss(2, 1, { margin: 1 }) // 0.6931471805599453
 */
export function bradleyTerryLoss(
  rewardChosen: number,
  rewardRejected: number,
  options: BradleyTerryLossOptions = {},
): number {
  const chosen = checkNumber('rewardChosen', rewardChosen, Number.isFinite, 'finite');
  const rejected = checkNumber('rewardRejected', rewardRejected, Number.isFinite, 'finite');
  const { margin = 0 } = checkObject('options', options);
  const m = checkNumber('options.margin', margin, Number.isFinite, 'finite');
  // Finite inputs can still overflow to ±Infinity here; logSigmoid maps those to the limits.
  return -logSigmoid(chosen - rejected - m);
}
