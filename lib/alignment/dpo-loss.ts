import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { logSigmoid } from './log-sigmoid';

/** The four log-probabilities of one preference pair (natural-log sums over the response tokens). */
export interface DpoLogps {
  /** log π_θ(y_c | x), the policy on the chosen response */
  readonly policyChosenLogp: number;
  /** log π_θ(y_r | x), the policy on the rejected response */
  readonly policyRejectedLogp: number;
  /** log π_ref(y_c | x), the frozen reference on the chosen response */
  readonly refChosenLogp: number;
  /** log π_ref(y_r | x), the reference on the rejected response */
  readonly refRejectedLogp: number;
}

/** The preference losses {@link dpoLoss} offers, named as TRL's `loss_type`. */
export type DpoLossType = 'sigmoid' | 'hinge' | 'ipo';

/**
 * Every {@link DpoLossType}, in the order TRL's `DPOConfig.loss_type` lists them.
 *
 * @throws never (a frozen constant).
 * @example DPO_LOSS_TYPES // ['sigmoid', 'hinge', 'ipo']
 */
export const DPO_LOSS_TYPES: readonly DpoLossType[] = Object.freeze(['sigmoid', 'hinge', 'ipo']);

/** Options of {@link dpoLoss}. */
export interface DpoLossOptions {
  /** β, the strength of the implicit KL constraint, finite and > 0 (default 0.1) */
  readonly beta?: number;
  /** `'sigmoid'` (DPO, default), `'hinge'` (SLiC) or `'ipo'` */
  readonly lossType?: DpoLossType;
  /** ε of conservative DPO, in [0, 0.5] (default 0); used by `'sigmoid'` only */
  readonly labelSmoothing?: number;
}

/** Result of {@link dpoLoss}. */
export interface DpoLossResult {
  readonly loss: number;
  /** β(log π_θ(y_c) − log π_ref(y_c)), the implicit reward of the chosen response */
  readonly chosenReward: number;
  /** β(log π_θ(y_r) − log π_ref(y_r)) */
  readonly rejectedReward: number;
  /** chosenReward − rejectedReward */
  readonly margin: number;
}

const LOGP_NAMES = ['policyChosenLogp', 'policyRejectedLogp', 'refChosenLogp', 'refRejectedLogp'] as const;

/**
 * The Direct Preference Optimization loss of one preference pair, with its implicit rewards.
 *
 * Formula: h = (log π_θ(y_c) − log π_θ(y_r)) − (log π_ref(y_c) − log π_ref(y_r)), then
 * `'sigmoid'`: −(1 − ε)·log σ(βh) − ε·log σ(−βh) (Rafailov et al. 2023 eq. 7,
 * https://arxiv.org/abs/2305.18290; with ε > 0 the conservative DPO of Mitchell 2023,
 * https://ericmitchell.ai/cdpo.pdf); `'hinge'`: max(0, 1 − βh) (SLiC, Zhao et al. 2023);
 * `'ipo'`: (h − 1/(2β))² (Azar et al. 2023 eq. 17, https://arxiv.org/abs/2310.12036, β = τ).
 * Rewards: β(log π_θ − log π_ref) per response; margin = chosenReward − rejectedReward = βh.
 * This is TRL ≤ 0.28 `DPOTrainer.dpo_loss`, which like this function ignores label smoothing
 * for `'hinge'` and `'ipo'` (TRL warns "does not support label smoothing"); TRL ≥ 0.29 dropped
 * smoothing from `'sigmoid'` too. At h = 0 the sigmoid loss is ln 2 for every β and ε. IPO's
 * target 1/(2β) assumes length-averaged log-probabilities (as in TRL's `ipo`), not sums — pass
 * whichever the chapter's setting uses; this function does not divide by lengths.
 *
 * @param logps the four log-probabilities, each finite and ≤ 0 (a log-probability above 0 would
 *   be a probability above 1).
 * @param options `{ beta = 0.1, lossType = 'sigmoid', labelSmoothing = 0 }`.
 * @throws {TypeError} when `logps` or `options` is not an object, or a value is not a number
 *   (`lossType` not a string).
 * @throws {RangeError} when a log-probability is not finite or is above 0, beta is not finite and > 0,
 *   labelSmoothing is outside [0, 0.5], or lossType is unknown.
 * @example dpoLoss({ policyChosenLogp: -1, policyRejectedLogp: -3, refChosenLogp: -2, refRejectedLogp: -2 }).loss
 *   // 0.5981388693815918 (h = 2, βh = 0.2: ln(1 + e^−0.2))
 * @example dpoLoss({ policyChosenLogp: -5, policyRejectedLogp: -5, refChosenLogp: -5, refRejectedLogp: -5 }).loss
 *   // 0.6931471805599453 (h = 0: ln 2)
 */
export function dpoLoss(logps: DpoLogps, options: DpoLossOptions = {}): DpoLossResult {
  const given = checkObject('logps', logps);
  const [policyChosen, policyRejected, refChosen, refRejected] = LOGP_NAMES.map((name) =>
    checkNumber(name, given[name], (x) => Number.isFinite(x) && x <= 0, 'finite and ≤ 0 (a log-probability)'),
  ) as [number, number, number, number];
  const { beta = 0.1, lossType = 'sigmoid', labelSmoothing = 0 } = checkObject('options', options);
  const b = checkNumber('options.beta', beta, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const eps = checkNumber('options.labelSmoothing', labelSmoothing, (x) => x >= 0 && x <= 0.5, 'in [0, 0.5]');
  if (typeof lossType !== 'string') {
    throw new TypeError(`options.lossType must be a string, got ${describeValue(lossType)}`);
  }
  if (!(DPO_LOSS_TYPES as readonly string[]).includes(lossType)) {
    throw new RangeError(
      `options.lossType must be one of 'sigmoid', 'hinge', 'ipo', got ${describeValue(lossType)}`,
    );
  }
  const h = policyChosen - policyRejected - (refChosen - refRejected);
  let loss: number;
  if (lossType === 'hinge') {
    loss = Math.max(0, 1 - b * h);
  } else if (lossType === 'ipo') {
    loss = (h - 1 / (2 * b)) ** 2;
  } else {
    // Each term only when its weight is positive, so an overflowed βh never meets a 0 weight (∞·0).
    loss = -(1 - eps) * logSigmoid(b * h);
    if (eps > 0) loss -= eps * logSigmoid(-b * h);
  }
  const chosenReward = b * (policyChosen - refChosen);
  const rejectedReward = b * (policyRejected - refRejected);
  return { loss, chosenReward, rejectedReward, margin: chosenReward - rejectedReward };
}
