import { checkNumber } from '@/lib/utils/validate';

/**
 * PPO's clipped surrogate objective for one action (to be maximised; a training loss is its
 * negative).
 *
 * Formula: L^CLIP = min(r·A, clip(r, 1 − ε, 1 + ε)·A), r = π_θ(a|s)/π_θold(a|s) (Schulman et al.
 * 2017, "Proximal Policy Optimization Algorithms", https://arxiv.org/abs/1707.06347, eq. 7). The
 * min makes it a pessimistic bound: with A > 0 the objective stops growing once r > 1 + ε, with
 * A < 0 once r < 1 − ε, but a move that makes things worse is never clipped (A > 0 with r < 1 − ε
 * still gives r·A). Figure 1 of the paper plots both cases.
 *
 * @param ratio the probability ratio r, finite and ≥ 0.
 * @param advantage the advantage estimate Â, finite.
 * @param epsilon the clip range ε, strictly between 0 and 1 (default 0.2, the paper's best setting; ε = 0
 *   would forbid any change and ε ≥ 1 would let the lower clip reach a ratio of 0).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when ratio is negative or not finite, advantage is not finite, or
 *   epsilon is not in (0, 1).
 * @example ppoClipObjective(1.5, 1) // 1.2 (clipped at 1 + ε)
 * @example ppoClipObjective(1.5, -1) // -1.5 (not clipped: the min keeps the worse value)
 * @example ppoClipObjective(0.5, -1) // -0.8 (clipped at 1 − ε)
 */
export function ppoClipObjective(ratio: number, advantage: number, epsilon = 0.2): number {
  const r = checkNumber('ratio', ratio, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const a = checkNumber('advantage', advantage, Number.isFinite, 'finite');
  const eps = checkNumber('epsilon', epsilon, (x) => x > 0 && x < 1, 'in (0, 1)');
  const clipped = Math.min(Math.max(r, 1 - eps), 1 + eps);
  return Math.min(r * a, clipped * a);
}
