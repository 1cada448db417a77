import { dpoLoss, type DpoLogps, type DpoLossOptions } from './dpo-loss';
import { logSigmoid } from './log-sigmoid';

/**
 * h, the log-ratio difference every loss of {@link dpoLoss} is a function of:
 * h = (log π_θ(y_c) − log π_θ(y_r)) − (log π_ref(y_c) − log π_ref(y_r)). TRL calls it `logits`; the
 * IPO paper writes it h_π(y_w, y_l) (Azar et al. 2023, eq. 17).
 *
 * @param logps the four log-probabilities, checked exactly as {@link dpoLoss} checks them.
 * @throws {TypeError} / {RangeError} as {@link dpoLoss} for the same log-probabilities.
 * @example dpoLogRatioDifference({ policyChosenLogp: -35, policyRejectedLogp: -55, refChosenLogp: -40, refRejectedLogp: -50 })
 *   // 10 (20 − 10)
 */
export function dpoLogRatioDifference(logps: DpoLogps): number {
  dpoLoss(logps);
  const { policyChosenLogp: pc, policyRejectedLogp: pr, refChosenLogp: rc, refRejectedLogp: rr } = logps;
  // the same order of operations as dpoLoss, so β·h here is bit-for-bit the βh of its loss
  return pc - pr - (rc - rr);
}

/**
 * The weight w one preference pair gets in the gradient of a {@link dpoLoss} loss, written as the
 * DPO paper writes its update: ∇_θ loss = −β · w · (∇_θ log π_θ(y_c) − ∇_θ log π_θ(y_r)), so
 * w = −∂loss/∂(βh).
 *
 * - `'sigmoid'` with ε = 0: w = σ(−βh) = σ(r̂_r − r̂_c), the implicit rewards r̂ = β(log π_θ − log π_ref)
 *   — "higher weight when the reward estimate is wrong" (Rafailov et al. 2023, §4 "What does the
 *   DPO update do?", the gradient of eq. 7, https://arxiv.org/abs/2305.18290). It is ½ when the
 *   policy equals the reference and falls towards 0 as the pair is ordered ever more confidently.
 * - `'sigmoid'` with label smoothing ε (conservative DPO): the derivative of
 *   −(1 − ε)·log σ(βh) − ε·log σ(−βh) gives w = (1 − ε)σ(−βh) − εσ(βh) = σ(−βh) − ε, which reaches
 *   0 once σ(βh) = 1 − ε and turns negative beyond (the loss of the DPO reference code,
 *   eric-mitchell/direct-preference-optimization `trainers.py` `preference_loss`).
 * - `'hinge'` (SLiC): loss max(0, 1 − βh) gives w = 1 while βh < 1 and 0 from βh = 1 on (the
 *   subgradient torch's `relu` uses at its kink).
 * - `'ipo'`: loss (h − 1/(2β))² gives w = (1 − 2βh)/β², zero at IPO's target h = 1/(2β) and
 *   negative past it — IPO pulls the margin back instead of pushing it without bound
 *   (Azar et al. 2023, eq. 17, https://arxiv.org/abs/2310.12036).
 *
 * Label smoothing is ignored for `'hinge'` and `'ipo'`, as in {@link dpoLoss}.
 *
 * @param logps the four log-probabilities (natural-log sums over the response tokens).
 * @param options the options of {@link dpoLoss}: `{ beta = 0.1, lossType = 'sigmoid', labelSmoothing = 0 }`.
 * @throws {TypeError} / {RangeError} as {@link dpoLoss} for the same arguments.
 * @example dpoGradientWeight({ policyChosenLogp: -40, policyRejectedLogp: -50, refChosenLogp: -40, refRejectedLogp: -50 })
 *   // 0.5 (h = 0: σ(0))
 * @example dpoGradientWeight({ policyChosenLogp: -35, policyRejectedLogp: -55, refChosenLogp: -40, refRejectedLogp: -50 })
 *   // 0.2689414213699951 (h = 10, βh = 1: σ(−1) = 1/(1 + e))
 */
export function dpoGradientWeight(logps: DpoLogps, options: DpoLossOptions = {}): number {
  dpoLoss(logps, options);
  const { beta = 0.1, lossType = 'sigmoid', labelSmoothing = 0 } = options;
  const margin = beta * dpoLogRatioDifference(logps);
  if (lossType === 'hinge') return margin < 1 ? 1 : 0;
  if (lossType === 'ipo') return (1 - 2 * margin) / (beta * beta);
  // σ(−βh) through log σ, so that a huge |βh| neither overflows nor loses the tail
  return Math.exp(logSigmoid(-margin)) - labelSmoothing;
}
