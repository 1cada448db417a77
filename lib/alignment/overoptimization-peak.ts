import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import type { OveroptimizationFit } from './overoptimization';

/** Where the gold reward of {@link overoptimizationGoldReward}'s fits peaks. */
export interface OveroptimizationPeak {
  /** d* = √KL at the peak */
  readonly d: number;
  /** KL* = d*² in nats */
  readonly kl: number;
  /** the gold reward gain R(d*) there */
  readonly gold: number;
}

/**
 * The peak of the gold reward in Gao et al.'s over-optimisation fits: how far (d = √KL) a policy
 * can move from its initialisation before optimising the proxy reward model starts to lower the
 * gold score, and the gold score there.
 *
 * Setting R′(d) = 0 (Gao, Schulman & Hilton 2022, https://arxiv.org/abs/2210.10760, §1 forms):
 * - best-of-n, R(d) = d(α − βd): R′ = α − 2βd, so d* = α/(2β) and R(d*) = α²/(4β); with α ≤ 0 the
 *   gold reward never rises and the maximum over d ≥ 0 is d* = 0, R = 0.
 * - RL, R(d) = d(α − β ln d): R′ = α − β(ln d + 1), so d* = e^(α/β − 1) and R(d*) = βd*
 *   (R″ = −β/d < 0, a maximum for any α).
 * Both need β > 0: with β ≤ 0 the gold reward never turns down and there is no peak.
 *
 * @param fit `{ alpha, beta, method }`, alpha finite, beta finite and > 0, method `'bon'` or `'rl'`.
 * @throws {TypeError} when alpha or beta is not a number, method is not a string, or fit is not an
 *   object.
 * @throws {RangeError} when alpha is not finite, beta is not finite and > 0, method is not `'bon'`
 *   or `'rl'`, or the peak lies beyond the largest double (α/β too large).
 * @example overoptimizationPeak({ alpha: 1, beta: 0.25, method: 'bon' }) // { d: 2, kl: 4, gold: 1 }
 * @example overoptimizationPeak({ alpha: 1, beta: 0.5, method: 'rl' }) // { d: e, kl: e², gold: e/2 }
 */
export function overoptimizationPeak(fit: OveroptimizationFit): OveroptimizationPeak {
  const { alpha, beta, method } = checkObject('fit', fit);
  const a = checkNumber('fit.alpha', alpha, Number.isFinite, 'finite');
  const b = checkNumber(
    'fit.beta',
    beta,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0 (with beta <= 0 the gold reward never turns down, so there is no peak)',
  );
  if (typeof method !== 'string') {
    throw new TypeError(`fit.method must be a string, got ${describeValue(method)}`);
  }
  if (method !== 'bon' && method !== 'rl') {
    throw new RangeError(`fit.method must be 'bon' or 'rl', got ${describeValue(method)}`);
  }
  let d: number;
  let gold: number;
  if (method === 'bon') {
    d = a > 0 ? a / (2 * b) : 0;
    // (d = 0 would give 0 · α = −0 for α < 0)
    gold = d === 0 ? 0 : d * (a - b * d);
  } else {
    d = Math.exp(a / b - 1);
    // R(d*) = d*(α − β(α/β − 1)) = βd*; the closed form stays 0 (not 0 · ∞) when d* underflows.
    gold = b * d;
  }
  const kl = d * d;
  if (!Number.isFinite(kl) || !Number.isFinite(gold)) {
    throw new RangeError(
      `fit.alpha / fit.beta = ${describeValue(a / b)} puts the peak beyond the largest double; lower fit.alpha or raise fit.beta`,
    );
  }
  return { d, kl, gold };
}
