import { checkInteger, checkNumber, describeValue } from '@/lib/utils/validate';
import { createRng } from './rng';
import { sampleIndex } from './sample';
import { expectedTokensPerTargetCall, speculativeAcceptance, speculativeSpeedup } from './speculative';

/**
 * What a rejected draft token is replaced with: `'residual'` is the lossless rule,
 * norm(max(0, p − q)); `'target'` (resample from p) and `'draft'` (keep every draft token,
 * no verification) are the two mistakes that change the output distribution.
 */
export type RejectRule = 'residual' | 'target' | 'draft';

/** One draft-then-verify trial at one position; see {@link simulateSpeculative}. */
export interface SpeculativeTrial {
  /** Index the draft model proposed, x ~ q. */
  draft: number;
  /** The uniform draw u compared with min(1, p(x) / q(x)). */
  u: number;
  /** Whether the draft token was kept. */
  accepted: boolean;
  /** The token emitted: the draft token, or the one resampled after a rejection. */
  token: number;
}

/** Result of {@link simulateSpeculative}. */
export interface SpeculativeSimulation {
  /** counts[i] = how many of the n trials emitted token i. */
  counts: number[];
  /** counts / n, the empirical output distribution. */
  frequencies: number[];
  /** Share of trials whose draft token was accepted (estimates α for the lossless rule). */
  acceptanceRate: number;
  /** Total variation distance ½ Σ |frequencies − p| between the output and the target. */
  distanceToTarget: number;
  /** The first `keep` trials, to show token by token what happened. */
  trials: SpeculativeTrial[];
}

/** Upper bound on the number of trials, so a typo cannot freeze a page. */
const MAX_TRIALS = 1_000_000;
const RULES: readonly string[] = ['residual', 'target', 'draft'];

/**
 * Runs n independent draft-then-verify trials of speculative sampling at one position with a
 * seeded generator and counts which token comes out: the empirical check that the rule is
 * lossless (the output frequencies approach the target p, not the draft q).
 *
 * Each trial (Leviathan et al. 2023, arXiv 2211.17192, Algorithm 1, with p = target and
 * q = draft): x = sampleIndex(q, rng); u = rng(); keep x when u < min(1, p(x) / q(x)); otherwise
 * emit sampleIndex(norm(max(0, p − q)), rng). Theorem 3.5 gives P(output = x) = p(x). With
 * `rule: 'target'` a rejection resamples from p instead, which gives min(p, q) + (1 − α) p; with
 * `'draft'` every draft token is kept, which gives q. If rounding leaves the residual all zero
 * (p ≤ q everywhere, so p = q up to 1e-6) a rejection, which then has probability ≤ 1e-6, falls
 * back to p.
 *
 * @param pTarget target distribution p (sums to 1 within 1e-6, see `speculativeAcceptance`).
 * @param pDraft draft distribution q over the same tokens.
 * @param options `n` trials (an integer in [1, 10⁶]), `seed` (any finite number, see
 *   `createRng`), `rule` (default `'residual'`), `keep` trials to return (integer ≥ 0, default 0).
 * @throws {TypeError} when a distribution is not an array of numbers or an option has the wrong type.
 * @throws {RangeError} when a distribution is invalid (see `speculativeAcceptance`), `n` is not an
 *   integer in [1, 10⁶], `seed` is not finite, `rule` is unknown or `keep` is not an integer ≥ 0.
 * @example simulateSpeculative([0.5, 0.5], [1, 0], { n: 4, seed: 1 }).counts // [1, 3]: the draft
 *   always proposes token 0, accepted with probability 0.5; a rejection always resamples token 1
 */
export function simulateSpeculative(
  pTarget: readonly number[],
  pDraft: readonly number[],
  options: { n: number; seed: number; rule?: RejectRule; keep?: number },
): SpeculativeSimulation {
  const { acceptProb, residual } = speculativeAcceptance(pTarget, pDraft);
  const n = checkInteger('n', options.n, 1);
  checkNumber('n', n, (x) => x <= MAX_TRIALS, `an integer in [1, ${MAX_TRIALS}]`);
  const rule = options.rule ?? 'residual';
  if (!RULES.includes(rule)) {
    throw new RangeError(`rule must be 'residual', 'target' or 'draft', got ${describeValue(rule)}`);
  }
  const keep = checkInteger('keep', options.keep ?? 0, 0);
  const rng = createRng(options.seed);
  const fallback = residual.some((r) => r > 0) ? residual : pTarget;
  const resample = rule === 'target' ? pTarget : fallback;

  const counts = pTarget.map(() => 0);
  const trials: SpeculativeTrial[] = [];
  let acceptedCount = 0;
  for (let t = 0; t < n; t++) {
    const draft = sampleIndex(pDraft, rng);
    const u = rng();
    const accepted = rule === 'draft' || u < (acceptProb[draft] ?? 1);
    const token = accepted ? draft : sampleIndex(resample, rng);
    counts[token] = (counts[token] ?? 0) + 1;
    if (accepted) acceptedCount++;
    if (t < keep) trials.push({ draft, u, accepted, token });
  }
  const frequencies = counts.map((c) => c / n);
  const distanceToTarget = frequencies.reduce((acc, f, i) => acc + Math.abs(f - (pTarget[i] ?? 0)), 0) / 2;
  return { counts, frequencies, acceptanceRate: acceptedCount / n, distanceToTarget, trials };
}

/** One row of {@link draftLengthSweep}. */
export interface DraftLengthRow {
  gamma: number;
  /** Expected tokens per target call, (1 − α^(γ+1)) / (1 − α). */
  tokens: number;
  /** What this γ adds over γ − 1: α^γ tokens per call. */
  gain: number;
  /** Expected wall-clock speed-up, tokens / (γc + 1). */
  speedup: number;
}

/**
 * Expected tokens per target call and speed-up for every draft length γ = 1 … maxGamma, the
 * diminishing gain of each extra draft token, the ceiling as γ → ∞, and the γ with the best
 * speed-up (Leviathan et al. 2023, arXiv 2211.17192, eq. (1) and Theorem 3.8).
 *
 * Formula: tokens(γ) = Σ_{i=0}^{γ} α^i, gain(γ) = tokens(γ) − tokens(γ − 1) = α^γ,
 * speedup(γ) = tokens(γ) / (γc + 1), ceiling = 1 / (1 − α) (Infinity at α = 1); bestGamma is the
 * smallest γ with the largest speed-up.
 *
 * @param alpha acceptance rate in [0, 1].
 * @param costRatio c = draft step cost / target step cost, finite and ≥ 0.
 * @param maxGamma largest draft length, an integer in [1, 1000].
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `alpha` is outside [0, 1], `costRatio` is negative or not finite, or
 *   `maxGamma` is not an integer in [1, 1000].
 * @example draftLengthSweep(0.8, 0.1, 10).bestGamma // 6 (speed-up 3.9514 / 1.6 = 2.4696)
 */
export function draftLengthSweep(
  alpha: number,
  costRatio: number,
  maxGamma: number,
): { rows: DraftLengthRow[]; ceiling: number; bestGamma: number } {
  const max = checkNumber(
    'maxGamma',
    maxGamma,
    (x) => Number.isInteger(x) && x >= 1 && x <= 1000,
    'an integer in [1, 1000]',
  );
  const rows: DraftLengthRow[] = [];
  let previous = expectedTokensPerTargetCall(alpha, 0);
  for (let gamma = 1; gamma <= max; gamma++) {
    const tokens = expectedTokensPerTargetCall(alpha, gamma);
    rows.push({
      gamma,
      tokens,
      gain: tokens - previous,
      speedup: speculativeSpeedup(alpha, gamma, costRatio),
    });
    previous = tokens;
  }
  const best = rows.reduce((b, row) => (row.speedup > b.speedup ? row : b));
  return { rows, ceiling: alpha === 1 ? Infinity : 1 / (1 - alpha), bestGamma: best.gamma };
}
