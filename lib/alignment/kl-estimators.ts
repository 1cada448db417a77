import { checkNumber } from '@/lib/utils/validate';

/** The three single-sample KL estimates of {@link klEstimators}. */
export interface KlEstimates {
  /** −log r: unbiased, high variance, negative for about half the samples */
  readonly k1: number;
  /** ½(log r)²: biased, low variance, never negative */
  readonly k2: number;
  /** (r − 1) − log r: unbiased, low variance, never negative */
  readonly k3: number;
}

/**
 * Schulman's three Monte-Carlo estimators of KL[π ‖ π_ref] from one sample x ~ π, given only the
 * two log-probabilities of that sample.
 *
 * Formula: log r = log π_ref(x) − log π(x); k1 = −log r; k2 = ½(log r)²; k3 = (r − 1) − log r,
 * with k3 = e^u − 1 − u (u = log r) summed as a Taylor series for |u| < 1, so it keeps full
 * precision when the two log-probs are close (at u = 1e-9 it is 5.0000000016666…e-19). J. Schulman, "Approximating KL Divergence" (2020, http://joschu.net/blog/kl-approx.html):
 * samples from q = π, r = p(x)/q(x) with p = π_ref; E[k1] = E[k3] = KL[q, p], and E[k2] is an
 * f-divergence that matches KL to second order (for q = N(0, 1), p = N(1, 1), true KL 0.5,
 * k2's bias is 25%). k3 is the per-token KL term of GRPO (Shao et al. 2024, DeepSeekMath,
 * https://arxiv.org/abs/2402.03300, eq. 4: π_ref/π_θ − log(π_ref/π_θ) − 1). A log-ratio above
 * ~709 overflows r, and k3 is then Infinity (its true value is above the largest double).
 *
 * @param logpPolicy log π(x) under the sampling policy, finite.
 * @param logpRef log π_ref(x) under the reference, finite.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is not finite.
 * @example klEstimators(Math.log(0.5), Math.log(0.25))
 *   // { k1: 0.6931471805599453, k2: 0.2402265069591007, k3: 0.1931471805599453 } (r = ½)
 */
export function klEstimators(logpPolicy: number, logpRef: number): KlEstimates {
  const policy = checkNumber('logpPolicy', logpPolicy, Number.isFinite, 'finite');
  const ref = checkNumber('logpRef', logpRef, Number.isFinite, 'finite');
  const logR = ref - policy;
  return { k1: -logR, k2: 0.5 * logR * logR, k3: expm1MinusIdentity(logR) };
}

/**
 * e^u − 1 − u without cancellation: the Taylor series Σ_{k≥2} u^k/k! when |u| < 1 (where
 * expm1(u) − u would lose up to all its digits, e.g. 5e-19 at u = 1e-9), else expm1(u) − u.
 *
 * @param u any finite number.
 * @throws {TypeError} when u is not a number.
 * @throws {RangeError} when u is not finite.
 * @example expm1MinusIdentity(1e-9) // 5.000000001666667e-19 (exact: 5.00000000166666…e-19)
 */
export function expm1MinusIdentity(u: number): number {
  checkNumber('u', u, Number.isFinite, 'finite');
  if (!(Math.abs(u) < 1)) return Math.expm1(u) - u;
  const terms = [(u * u) / 2];
  for (let k = 3; k <= 40; k++) {
    const term = ((terms[terms.length - 1] ?? 0) * u) / k;
    if (Math.abs(term) <= 1e-18 * (terms[0] ?? 0)) break;
    terms.push(term);
  }
  // Smallest terms first, so their rounding errors do not swamp each other.
  return terms.reduceRight((sum, term) => sum + term, 0);
}
