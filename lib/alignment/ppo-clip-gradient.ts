import { checkNumber } from '@/lib/utils/validate';

/** The checks of `ppoClipObjective`, with the same messages. */
function checkRatioAndAdvantage(ratio: number, advantage: number): [number, number] {
  const r = checkNumber('ratio', ratio, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const a = checkNumber('advantage', advantage, Number.isFinite, 'finite');
  return [r, a];
}

/**
 * The unclipped surrogate r·A that PPO's clipped objective bounds from below (L^CPI, Schulman et
 * al. 2017, "Proximal Policy Optimization Algorithms", https://arxiv.org/abs/1707.06347, eq. 6):
 * the dashed line of the paper's Figure 1.
 *
 * @param ratio the probability ratio r = π_θ(a|s)/π_θold(a|s), finite and ≥ 0.
 * @param advantage the advantage estimate Â, finite.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when ratio is negative or not finite, or advantage is not finite.
 * @example ppoUnclippedObjective(1.5, -1) // -1.5
 */
export function ppoUnclippedObjective(ratio: number, advantage: number): number {
  const [r, a] = checkRatioAndAdvantage(ratio, advantage);
  return r * a;
}

/**
 * ∂L/∂r of PPO's clipped surrogate L = min(r·A, clip(r, 1 − ε, 1 + ε)·A) (Schulman et al. 2017,
 * eq. 7; the objective itself is `ppoClipObjective`): A where the gradient flows, 0 on the flat
 * part — r > 1 + ε when A > 0, r < 1 − ε when A < 0 — where the clipped term is the smaller one and
 * clip(·) is constant. A move that makes the objective worse (A > 0 with r < 1 − ε, A < 0 with
 * r > 1 + ε) keeps the unclipped term and so the gradient A.
 *
 * At the kinks r = 1 ± ε the derivative is not defined; this returns what PyTorch autograd returns
 * for the loss as TRL writes it, max(−A·r, −A·clamp(r, 1 − ε, 1 + ε)) (trl/trainer/ppo_trainer.py),
 * or for min(r·A, clamp(…)·A) — the two agree:
 * - `torch.clamp` passes the gradient when min ≤ r ≤ max, bounds included ("we return the
 *   subgradient 1 for these cases", tools/autograd/derivatives.yaml; `clamp_backward` in
 *   torch/csrc/autograd/FunctionsManual.cpp);
 * - `torch.maximum`/`torch.minimum` (what `torch.max`/`torch.min` of two tensors call) send the
 *   whole gradient to the selected argument and half to each at a tie (derivatives.yaml).
 * So at r = 1 ± ε, where the two terms tie, each half carries A and the result is A: the kink takes
 * the one-sided derivative from inside [1 − ε, 1 + ε] (the left derivative at 1 + ε, the right one
 * at 1 − ε), and the step that lands a token exactly on the bound still pushes it. The rule is
 * applied to the float64 values, so a tie that only rounding creates outside the range gives A/2,
 * as autograd would.
 *
 * The gradient with respect to the log-probability is r times this (r = exp(log π_θ − log π_θold)).
 *
 * @param ratio the probability ratio r, finite and ≥ 0.
 * @param advantage the advantage estimate Â, finite.
 * @param epsilon the clip range ε, strictly between 0 and 1 (default 0.2, as `ppoClipObjective`).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when ratio is negative or not finite, advantage is not finite, or
 *   epsilon is not in (0, 1).
 * @example ppoClipGradient(1.5, 1) // 0 (flat above 1 + ε)
 * @example ppoClipGradient(1.5, -1) // -1 (not clipped: the bad token is pushed back down)
 * @example ppoClipGradient(1.2, 1) // 1 (at the kink 1 + ε: clamp's subgradient 1)
 */
export function ppoClipGradient(ratio: number, advantage: number, epsilon = 0.2): number {
  const [r, a] = checkRatioAndAdvantage(ratio, advantage);
  const eps = checkNumber('epsilon', epsilon, (x) => x > 0 && x < 1, 'in (0, 1)');
  const inside = r >= 1 - eps && r <= 1 + eps;
  const clipped = Math.min(Math.max(r, 1 - eps), 1 + eps);
  const unclippedTerm = r * a;
  const clippedTerm = clipped * a;
  // d(r·A)/dr = A; d(clamp(r)·A)/dr = A inside the closed range, 0 outside.
  const clippedSlope = inside ? a : 0;
  const slope =
    unclippedTerm < clippedTerm ? a : unclippedTerm > clippedTerm ? clippedSlope : (a + clippedSlope) / 2;
  // −0 (from A = −0) prints as "0" like +0 elsewhere on the site; return a plain 0.
  return slope === 0 ? 0 : slope;
}
