import { checkNumber } from '@/lib/utils/validate';
import { argmax } from './argmax';
import { normalizeProbs } from './normalize';
import { checkProbs, maxOf } from './validate';

/**
 * Contrastive decoding scores: how much more the expert model likes each plausible token than the
 * amateur model does; implausible tokens are ruled out.
 *
 * Formula: V_head = {x : p_exp(x) ≥ α · max_w p_exp(w)} (inclusive);
 * score(x) = log p_exp(x) − log p_ama(x) for x ∈ V_head, `-Infinity` otherwise
 * (Li et al. 2022, "Contrastive Decoding", arXiv 2210.15097: the adaptive plausibility constraint
 * and the CD score; the paper uses α = 0.1).
 * Greedy contrastive decoding picks the argmax. Edge cases, chosen so the result is never `NaN`:
 * a token with p_exp(x) = 0 is outside V_head even at α = 0 (its log-ratio would be log 0 − log q);
 * a head token with p_ama(x) = 0 scores `Infinity` (the amateur rules it out, the expert does not).
 * The inputs are used as given, not renormalised: scaling either one shifts every head score by
 * the same constant, which leaves V_head and the ranking unchanged.
 *
 * @param pExpert probabilities of the large model: finite, ≥ 0, positive sum.
 * @param pAmateur probabilities of the small model over the same vocabulary (same length).
 * @param alpha plausibility cut-off in [0, 1].
 * @throws {TypeError} when an input is not an array of numbers or `alpha` is not a number.
 * @throws {RangeError} when a distribution is empty, has a negative or non-finite entry or sums
 *   to 0; when the lengths differ; or when `alpha` is outside [0, 1] or `NaN`.
 * @example contrastiveScores([0.5, 0.4, 0.1], [0.8, 0.1, 0.1], 0.5) // [log 0.625, log 4, -Infinity]
 */
export function contrastiveScores(
  pExpert: readonly number[],
  pAmateur: readonly number[],
  alpha: number,
): number[] {
  const expert = checkProbs(pExpert, 'pExpert');
  const amateur = checkProbs(pAmateur, 'pAmateur');
  if (amateur.length !== expert.length) {
    throw new RangeError(
      `pAmateur must have the same length as pExpert (${expert.length}), got ${amateur.length}`,
    );
  }
  const a = checkNumber('alpha', alpha, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const threshold = a * maxOf(expert);
  return expert.map((p, i) => {
    if (p === 0 || p < threshold) return -Infinity;
    return Math.log(p) - Math.log(amateur[i] ?? Number.NaN);
  });
}

/** Everything a view of one contrastive-decoding step shows; see {@link contrastiveDecodingStep}. */
export interface ContrastiveStep {
  /** Both inputs rescaled to sum to 1. */
  expert: number[];
  amateur: number[];
  /** α · max p_expert: the plausibility cut on the expert's (normalised) probabilities. */
  threshold: number;
  /** true for tokens in V_head. */
  inHead: boolean[];
  /** `contrastiveScores` of the normalised inputs (`-Infinity` outside V_head). */
  scores: number[];
  /** argmax of `scores`: the token greedy contrastive decoding emits (first on a tie). */
  chosen: number;
  /** argmax of p_expert: what greedy decoding with the expert alone would emit. */
  expertGreedy: number;
}

/**
 * One greedy step of contrastive decoding, with the expert's own greedy choice for contrast.
 *
 * Formula: p ← w / Σ w for both inputs; threshold = α · max p_exp; scores as
 * {@link contrastiveScores}; chosen = argmax scores, expertGreedy = argmax p_exp (Li et al. 2022,
 * arXiv 2210.15097, section 3: "we choose the token that maximizes the CD score"; the expert is in
 * V_head, so chosen always exists). Normalising first makes the scores true log-ratios of
 * probabilities; it does not change V_head or the ranking.
 *
 * @param pExpert weights of the large model: finite, ≥ 0, positive sum.
 * @param pAmateur weights of the small model over the same vocabulary.
 * @param alpha plausibility cut-off in [0, 1].
 * @throws {TypeError} / {RangeError} as {@link contrastiveScores}.
 * @example contrastiveDecodingStep([5, 4, 1], [8, 1, 1], 0.5)
 * // { threshold: 0.25, inHead: [true, true, false], chosen: 1, expertGreedy: 0, … }
 */
export function contrastiveDecodingStep(
  pExpert: readonly number[],
  pAmateur: readonly number[],
  alpha: number,
): ContrastiveStep {
  const expert = normalizeProbs(checkProbs(pExpert, 'pExpert'));
  const amateur = normalizeProbs(checkProbs(pAmateur, 'pAmateur'));
  const scores = contrastiveScores(expert, amateur, alpha);
  return {
    expert,
    amateur,
    threshold: alpha * maxOf(expert),
    inHead: scores.map((s) => s !== -Infinity),
    scores,
    chosen: argmax(scores),
    expertGreedy: argmax(expert),
  };
}
