import { checkInteger, checkNumber } from '@/lib/utils/validate';

/** Checks n ≥ 1, 0 ≤ c ≤ n and 1 ≤ k ≤ n, all integers (shared with `passHatK` in lib/agents). */
export function checkPassAtK(n: unknown, c: unknown, k: unknown): [number, number, number] {
  const nn = checkInteger('n', n, 1);
  const cc = checkNumber(
    'c',
    c,
    (x) => Number.isInteger(x) && x >= 0 && x <= nn,
    `an integer in [0, n = ${nn}]`,
  );
  const kk = checkNumber(
    'k',
    k,
    (x) => Number.isInteger(x) && x >= 1 && x <= nn,
    `an integer in [1, n = ${nn}]`,
  );
  return [nn, cc, kk];
}

/**
 * The unbiased estimate of pass@k — the chance that at least one of k samples passes the unit
 * tests — from n samples of which c pass.
 *
 * Formula: pass@k = 1 − C(n−c, k) / C(n, k), computed without binomials as
 * 1 − Π_{i=n−c+1}^{n} (1 − k/i), and exactly 1 when n − c < k (every k-subset holds a correct
 * sample). This is HumanEval's `estimate_pass_at_k`
 * (https://github.com/openai/human-eval/blob/master/human_eval/evaluation.py; Chen et al. 2021,
 * "Evaluating Large Language Models Trained on Code", https://arxiv.org/abs/2107.03374, eq. 1
 * and Figure 3). Averaged over problems it estimates the benchmark's pass@k without bias. The
 * product runs i ascending; numpy's `np.prod` may round in another order (last-bit differences).
 *
 * @param n samples generated, an integer ≥ 1.
 * @param c samples that pass, an integer in [0, n].
 * @param k budget, an integer in [1, n].
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is not an integer or out of its range.
 * @example passAtK(10, 3, 2) // 0.5333333333333332 (= 1 − C(7,2)/C(10,2) = 1 − 21/45, last bit rounded)
 * @example passAtK(10, 8, 3) // 1 (n − c = 2 < k)
 */
export function passAtK(n: number, c: number, k: number): number {
  const [nn, cc, kk] = checkPassAtK(n, c, k);
  if (nn - cc < kk) return 1;
  let allFail = 1;
  for (let i = nn - cc + 1; i <= nn; i++) allFail *= 1 - kk / i;
  return 1 - allFail;
}

/**
 * The naive, biased estimate of pass@k that plugs the empirical pass rate into 1 − (1 − p)^k.
 *
 * Formula: 1 − (1 − c/n)^k. Chen et al. 2021 (https://arxiv.org/abs/2107.03374, section 2.1)
 * warn that it is biased; it never exceeds the unbiased {@link passAtK}, because each factor
 * (n−c−j)/(n−j) of C(n−c,k)/C(n,k) = Π_{j<k} (n−c−j)/(n−j) is at most (n−c)/n. The two agree at
 * k = 1, c = 0 and c = n. Its domain is kept the same as `passAtK` (1 ≤ k ≤ n) so the two can
 * be compared point by point.
 *
 * @param n samples generated, an integer ≥ 1.
 * @param c samples that pass, an integer in [0, n].
 * @param k budget, an integer in [1, n].
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is not an integer or out of its range.
 * @example naivePassAtK(10, 3, 2) // 0.51 (= 1 − 0.7², below the unbiased 0.5333)
 */
export function naivePassAtK(n: number, c: number, k: number): number {
  const [nn, cc, kk] = checkPassAtK(n, c, k);
  return 1 - (1 - cc / nn) ** kk;
}
