import { createRng } from '@/lib/decoding/rng';
import { sampleIndex } from '@/lib/decoding/sample';
import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';
import { klEstimators, type KlEstimates } from './kl-estimators';

/** How far from 1 the sum of a distribution may be (typed decimals rarely sum to 1 exactly). */
export const PROBABILITY_SUM_TOLERANCE = 1e-9;

/** The most samples `klEstimatorMonteCarlo` draws. */
export const KL_MONTE_CARLO_MAX_SAMPLES = 100_000;

/**
 * Returns `value` as a probability distribution: a non-empty array of finite numbers ≥ 0 whose
 * sum is within {@link PROBABILITY_SUM_TOLERANCE} of 1.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} `p[2] must be finite and >= 0, got -0.1`, `p must be non-empty, …` or
 *   `p must sum to 1 (within 1e-9), got a sum of 1.1`.
 * @example checkDistribution('p', [0.5, 0.5]) // [0.5, 0.5]
 */
export function checkDistribution(name: string, value: unknown): readonly number[] {
  const probs = checkNumberArray(name, value);
  if (probs.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  probs.forEach((p, i) => {
    if (!(Number.isFinite(p) && p >= 0)) {
      throw new RangeError(`${name}[${i}] must be finite and >= 0, got ${describeValue(p)}`);
    }
  });
  const sum = probs.reduce((a, b) => a + b, 0);
  if (!(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
    throw new RangeError(
      `${name} must sum to 1 (within ${PROBABILITY_SUM_TOLERANCE}), got a sum of ${describeValue(sum)}`,
    );
  }
  return probs;
}

/** Two distributions over the same tokens. */
function checkPair(
  pName: string,
  p: unknown,
  qName: string,
  q: unknown,
): [readonly number[], readonly number[]] {
  const ps = checkDistribution(pName, p);
  const qs = checkDistribution(qName, q);
  if (ps.length !== qs.length) {
    throw new RangeError(
      `${pName} and ${qName} must have the same length, got ${ps.length} and ${qs.length}`,
    );
  }
  return [ps, qs];
}

/**
 * The KL divergence KL(p ‖ q) = Σ_x p(x) ln(p(x)/q(x)) of two discrete distributions, in nats.
 *
 * Terms with p(x) = 0 are 0 (the limit of t·ln t); a token with p(x) > 0 and q(x) = 0 makes the
 * divergence +∞ — `Infinity` is returned, not an error: both arguments are valid distributions,
 * and +∞ is the divergence's value (p is not absolutely continuous with respect to q). This is
 * what `scipy.stats.entropy(p, q)` returns, the sum of `scipy.special.rel_entr` (x ln(x/y) for
 * x, y > 0; 0 for x = 0, y ≥ 0; ∞ otherwise). Each term is computed as p·(ln p − ln q), so a tiny q
 * cannot overflow the ratio. With inputs that sum to 1 only within 1e-9 the result can be
 * negative by about that much when p ≈ q; for p = q it is exactly 0.
 *
 * @param p the first distribution (the one expectations are taken under): finite, ≥ 0, summing
 *   to 1 within 1e-9.
 * @param q the second distribution, same length and rules.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when an array is empty, has a negative or non-finite entry, does not sum to
 *   1 within 1e-9, or the lengths differ.
 * @example klDivergence([0.5, 0.5], [0.25, 0.75]) // 0.14384103622589042 (½ ln 2 + ½ ln(2/3))
 * @example klDivergence([0.5, 0.5], [1, 0]) // Infinity
 */
export function klDivergence(p: readonly number[], q: readonly number[]): number {
  const [ps, qs] = checkPair('p', p, 'q', q);
  let total = 0;
  for (const [i, pi] of ps.entries()) {
    if (pi === 0) continue;
    const qi = qs[i] ?? 0;
    if (qi === 0) return Infinity;
    total += pi * (Math.log(pi) - Math.log(qi));
  }
  return total;
}

/** One token's single-sample estimates of {@link klEstimators} and its ratio r = π_ref(x)/π(x). */
export interface KlTokenEstimates extends KlEstimates {
  readonly ratio: number;
}

/** Checks that π_ref is positive wherever π can sample, so every sampled token has a log-ratio. */
function checkSupport(policy: readonly number[], ref: readonly number[]): void {
  policy.forEach((p, i) => {
    if (p > 0 && !((ref[i] ?? 0) > 0)) {
      throw new RangeError(
        `ref[${i}] must be > 0 where policy[${i}] > 0 (a token the policy samples needs log π_ref), got ${describeValue(ref[i])}`,
      );
    }
  });
}

/**
 * For every token x: r = π_ref(x)/π(x) and Schulman's k1, k2, k3 at that token, from
 * `klEstimators(ln π(x), ln π_ref(x))`; null for a token with π(x) = 0, which x ~ π never draws.
 *
 * @param policy π, the sampling distribution (finite, ≥ 0, summing to 1 within 1e-9).
 * @param ref π_ref, same length and rules, positive wherever π is.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when a distribution is invalid (see {@link checkDistribution}), the lengths
 *   differ, or ref is 0 where policy is not (its k1 and k3 would be +∞).
 * @example klEstimatorsByToken([0.5, 0.5, 0], [0.25, 0.5, 0.25])
 *   // [{ ratio: 0.5, k1: 0.693…, k2: 0.240…, k3: 0.193… }, { ratio: 1, k1: -0, k2: 0, k3: 0 }, null]
 */
export function klEstimatorsByToken(
  policy: readonly number[],
  ref: readonly number[],
): (KlTokenEstimates | null)[] {
  const [ps, qs] = checkPair('policy', policy, 'ref', ref);
  checkSupport(ps, qs);
  return ps.map((p, i) => {
    if (p === 0) return null;
    const q = qs[i] ?? 0;
    return { ratio: q / p, ...klEstimators(Math.log(p), Math.log(q)) };
  });
}

/**
 * The exact expectations E_{x~π}[k] = Σ_x π(x)·k(x) of the three estimators: E[k1] and E[k3]
 * equal KL(π ‖ π_ref) (Schulman 2020, "Approximating KL Divergence",
 * http://joschu.net/blog/kl-approx.html: k3 adds r − 1, whose mean Σ_x π_ref(x) − 1 is 0), E[k2]
 * does not. The k3 identity needs π_ref to put no mass where π is 0: otherwise E[r] = Σ_{π>0}
 * π_ref < 1 and E[k3] = KL − (the π_ref mass on tokens π never draws).
 *
 * @param policy π (finite, ≥ 0, summing to 1 within 1e-9).
 * @param ref π_ref, same length and rules, positive wherever π is.
 * @throws {TypeError} / {RangeError} as {@link klEstimatorsByToken}.
 * @example klEstimatorExpectations([0.5, 0.5], [0.25, 0.75])
 *   // { k1: 0.1438410362258904, k2: 0.1612…, k3: 0.1438410362258904 } (k2: ¼((ln 2)² + (ln 1.5)²))
 */
export function klEstimatorExpectations(policy: readonly number[], ref: readonly number[]): KlEstimates {
  const tokens = klEstimatorsByToken(policy, ref);
  const sums = { k1: 0, k2: 0, k3: 0 };
  tokens.forEach((token, i) => {
    if (token === null) return;
    const p = policy[i] ?? 0;
    sums.k1 += p * token.k1;
    sums.k2 += p * token.k2;
    sums.k3 += p * token.k3;
  });
  return sums;
}

/** Sample statistics of one estimator over the draws of {@link klEstimatorMonteCarlo}. */
export interface KlSampleStats {
  /** the sample mean */
  readonly mean: number;
  /** the sample standard deviation, with Bessel's n − 1 */
  readonly std: number;
  readonly min: number;
  readonly max: number;
  /** how many draws were below 0 */
  readonly negativeCount: number;
}

/** What {@link klEstimatorMonteCarlo} returns: the statistics of each estimator. */
export interface KlMonteCarlo {
  readonly n: number;
  readonly seed: number;
  readonly k1: KlSampleStats;
  readonly k2: KlSampleStats;
  readonly k3: KlSampleStats;
}

/** Running mean and variance (Welford 1962), min, max and negatives of a stream of values. */
function accumulator() {
  let count = 0;
  let mean = 0;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  let negativeCount = 0;
  return {
    add(x: number) {
      count += 1;
      const delta = x - mean;
      mean += delta / count;
      m2 += delta * (x - mean);
      if (x < min) min = x;
      if (x > max) max = x;
      if (x < 0) negativeCount += 1;
    },
    stats(): KlSampleStats {
      return { mean, std: Math.sqrt(Math.max(0, m2) / (count - 1)), min, max, negativeCount };
    },
  };
}

/**
 * A seeded Monte-Carlo run: n tokens x ~ π drawn with `sampleIndex` and `createRng(seed)` (the
 * generator of lib/decoding), each giving k1, k2 and k3 at its ratio; returns the mean, the sample
 * standard deviation (n − 1), the range and the count of negative draws of each estimator. The same
 * inputs and seed give the same numbers. k3 is never negative; k1 is negative whenever a draw has
 * π_ref(x) > π(x). Which of k1 and k3 has the smaller spread depends on the pair (Schulman's
 * examples favour k3; a token π still draws but π_ref prefers strongly makes k3 ≈ r large).
 *
 * @param policy π (finite, ≥ 0, summing to 1 within 1e-9).
 * @param ref π_ref, same length and rules, positive wherever π is.
 * @param n the number of draws, an integer in [2, 100 000].
 * @param seed the generator's seed, an integer in [0, 2³² − 1].
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} as {@link klEstimatorsByToken}, or when n or seed is out of range.
 * @example klEstimatorMonteCarlo([1, 0], [0.5, 0.5], 10, 1).k1 // { mean: 0.693…, std: 0, min: 0.693…, max: 0.693…, negativeCount: 0 }
 */
export function klEstimatorMonteCarlo(
  policy: readonly number[],
  ref: readonly number[],
  n: number,
  seed: number,
): KlMonteCarlo {
  const tokens = klEstimatorsByToken(policy, ref);
  const draws = checkNumber(
    'n',
    n,
    (x) => Number.isInteger(x) && x >= 2 && x <= KL_MONTE_CARLO_MAX_SAMPLES,
    `an integer in [2, ${KL_MONTE_CARLO_MAX_SAMPLES}]`,
  );
  const start = checkNumber(
    'seed',
    seed,
    (x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff,
    'an integer in [0, 4294967295]',
  );
  const rng = createRng(start);
  const acc = { k1: accumulator(), k2: accumulator(), k3: accumulator() };
  for (let t = 0; t < draws; t++) {
    const token = tokens[sampleIndex(policy, rng)];
    // sampleIndex never returns a token of probability 0, so `token` is never null here.
    if (!token) throw new Error('sampled a token of probability 0');
    acc.k1.add(token.k1);
    acc.k2.add(token.k2);
    acc.k3.add(token.k3);
  }
  return { n: draws, seed: start, k1: acc.k1.stats(), k2: acc.k2.stats(), k3: acc.k3.stats() };
}
