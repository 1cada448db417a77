import { checkInteger } from '@/lib/utils/validate';

/**
 * The KL divergence, in nats, of the best-of-n policy from the base policy it samples from.
 *
 * Formula: KL_bon(n) = ln n − (n − 1)/n. Stiennon et al. 2020 ("Learning to summarize from human
 * feedback", https://arxiv.org/abs/2009.01325, appendix) and Gao et al. 2022 ("Scaling Laws for
 * Reward Model Overoptimization", https://arxiv.org/abs/2210.10760, §2) use it as the exact KL;
 * Beirami et al. 2024 ("Theoretical guarantees on the best-of-n alignment policy",
 * https://arxiv.org/abs/2401.01879) show it is exact only when the n rewards are almost surely
 * distinct (a continuous reward over a vast output space) and otherwise an upper bound. It grows
 * like ln n: n = 1 is the base policy itself (0 nats), and each tenfold n adds about 2.3 nats.
 *
 * @param n the number of samples the best is chosen from, an integer ≥ 1.
 * @throws {TypeError} when n is not a number.
 * @throws {RangeError} when n is not an integer ≥ 1.
 * @example bestOfNKl(1) // 0
 * @example bestOfNKl(2) // 0.1931471805599453 (ln 2 − ½)
 */
export function bestOfNKl(n: number): number {
  const count = checkInteger('n', n, 1);
  return Math.log(count) - (count - 1) / count;
}
