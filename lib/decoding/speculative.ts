import { checkInteger, checkNumber, describeValue } from '@/lib/utils/validate';
import { checkProbs } from './validate';

/** How far a distribution's sum may be from 1 before it is rejected. */
const SUM_TOLERANCE = 1e-6;

/** Per-token view of one speculative-sampling step; see {@link speculativeAcceptance}. */
export interface SpeculativeAcceptance {
  /** min(1, p(x) / q(x)) per token x; 1 where q(x) = 0 (the draft never proposes x). */
  acceptProb: number[];
  /** norm(max(0, p − q)), the distribution resampled after a rejection; all 0 when p ≤ q everywhere. */
  residual: number[];
  /** α = Σ_x min(p(x), q(x)), the probability that a drafted token is accepted. */
  expectedAcceptance: number;
}

function checkDistribution(name: string, value: unknown): readonly number[] {
  const ps = checkProbs(value, name);
  const total = ps.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > SUM_TOLERANCE) {
    throw new RangeError(`${name} must sum to 1 (within ${SUM_TOLERANCE}), got ${describeValue(total)}`);
  }
  return ps;
}

/**
 * One step of speculative sampling: for each token, how likely a draft proposal of it is
 * accepted, what is resampled after a rejection, and the overall acceptance rate α.
 *
 * Formula (p = target, q = draft; Leviathan et al. 2023, arXiv 2211.17192, §2.3 and §3.1,
 * Corollary 3.6): a drafted x ~ q is accepted with probability min(1, p(x) / q(x)); on rejection
 * the token is resampled from p'(x) = max(0, p(x) − q(x)) / Σ_y max(0, p(y) − q(y)); the
 * acceptance rate is α = Σ_x min(p(x), q(x)) = 1 − TV(p, q). Together these return exactly p:
 * q(x) · min(1, p(x)/q(x)) + (1 − α) · p'(x) = p(x). Chen et al. 2023 (arXiv 2302.01318) state the
 * same rule with the letters swapped (q target, p draft). Conventions for the edge cases:
 * `acceptProb` is 1 where q(x) = 0, a value never used because the draft never proposes x; when
 * p ≤ q everywhere (p = q) nothing is ever rejected and `residual` is all zeros rather than 0/0.
 *
 * @param pTarget the target model's next-token distribution (sums to 1 within 1e-6).
 * @param pDraft the draft model's distribution over the same vocabulary.
 * @throws {TypeError} when an input is not an array of numbers.
 * @throws {RangeError} when a distribution is empty, has a negative or non-finite entry, does not
 *   sum to 1 within 1e-6, or when the lengths differ.
 * @example speculativeAcceptance([0.5, 0.3, 0.2], [0.2, 0.3, 0.5])
 *   // { acceptProb: [1, 1, 0.4], residual: [1, 0, 0], expectedAcceptance: 0.7 }
 */
export function speculativeAcceptance(
  pTarget: readonly number[],
  pDraft: readonly number[],
): SpeculativeAcceptance {
  const p = checkDistribution('pTarget', pTarget);
  const q = checkDistribution('pDraft', pDraft);
  if (q.length !== p.length) {
    throw new RangeError(`pDraft must have the same length as pTarget (${p.length}), got ${q.length}`);
  }
  const acceptProb = p.map((pi, i) => {
    const qi = q[i] ?? 0;
    return qi === 0 ? 1 : Math.min(1, pi / qi);
  });
  const excess = p.map((pi, i) => Math.max(0, pi - (q[i] ?? 0)));
  const excessMass = excess.reduce((a, b) => a + b, 0);
  const residual = excessMass > 0 ? excess.map((e) => e / excessMass) : excess;
  const expectedAcceptance = p.reduce((acc, pi, i) => acc + Math.min(pi, q[i] ?? 0), 0);
  return { acceptProb, residual, expectedAcceptance };
}

const checkAlpha = (alpha: unknown) => checkNumber('alpha', alpha, (x) => x >= 0 && x <= 1, 'in [0, 1]');

/** (1 − α^(γ+1)) / (1 − α) without cancellation near α = 1; γ + 1 at α = 1. */
function geometricSum(alpha: number, gamma: number): number {
  if (alpha === 1) return gamma + 1;
  // α − 1 is exact near 1 (Sterbenz), so log1p and expm1 keep full precision where 1 − α^(γ+1)
  // and 1 − α would both cancel; at α = 0, log 0 = −∞ and expm1(−∞) = −1 give exactly 1.
  const logAlpha = Math.log1p(alpha - 1);
  return Math.expm1((gamma + 1) * logAlpha) / Math.expm1(logAlpha);
}

/**
 * Expected number of tokens one target-model call produces in speculative decoding: the accepted
 * draft tokens plus the one token the target always adds (a correction or a bonus token).
 *
 * Formula: E[tokens] = (1 − α^(γ+1)) / (1 − α) = 1 + α + … + α^γ, with the α → 1 limit γ + 1
 * (Leviathan et al. 2023, arXiv 2211.17192, eq. (1), assuming acceptances are i.i.d. with rate α).
 * Some write-ups count only the accepted draft tokens, which is this minus 1. Computed with
 * log1p / expm1 so α = 1 − 1e-12 gives γ + 1 − O(1e-12), not a cancellation artefact.
 *
 * @param alpha acceptance rate in [0, 1] (`speculativeAcceptance(…).expectedAcceptance`).
 * @param gamma number of draft tokens per step, an integer ≥ 0 (0 is plain decoding: 1 token).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `alpha` is outside [0, 1] or `NaN`, or `gamma` is not an integer ≥ 0.
 * @example expectedTokensPerTargetCall(0.8, 4) // 3.3616 (= 1 + 0.8 + 0.64 + 0.512 + 0.4096)
 */
export function expectedTokensPerTargetCall(alpha: number, gamma: number): number {
  const a = checkAlpha(alpha);
  const g = checkInteger('gamma', gamma, 0);
  return geometricSum(a, g);
}

/**
 * Expected walltime speed-up of speculative decoding over plain decoding with the target model.
 *
 * Formula: (1 − α^(γ+1)) / ((1 − α)(γc + 1)), c = cost of one draft step / cost of one target step
 * (Leviathan et al. 2023, arXiv 2211.17192, Theorem 3.8; γ = 1 gives (1 + α) / (1 + c), the bound
 * of Corollary 3.9, so any α > c gains). At α = 1 it is (γ + 1) / (γc + 1).
 *
 * @param alpha acceptance rate in [0, 1].
 * @param gamma number of draft tokens per step, an integer ≥ 0.
 * @param costRatio c, finite and ≥ 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `alpha` is outside [0, 1] or `NaN`, `gamma` is not an integer ≥ 0, or
 *   `costRatio` is negative or not finite.
 * @example speculativeSpeedup(0.8, 4, 0.1) // 2.4011… (= 3.3616 / 1.4)
 */
export function speculativeSpeedup(alpha: number, gamma: number, costRatio: number): number {
  const a = checkAlpha(alpha);
  const g = checkInteger('gamma', gamma, 0);
  const c = checkNumber('costRatio', costRatio, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  return geometricSum(a, g) / (g * c + 1);
}
