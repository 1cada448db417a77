import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { naivePassAtK, passAtK } from './pass-at-k';

/** The two pass@k estimates at one budget k, and how far the naive one falls short. */
export interface PassAtKPoint {
  readonly k: number;
  /** 1 − C(n−c, k)/C(n, k), see {@link passAtK} */
  readonly unbiased: number;
  /** 1 − (1 − c/n)^k, see {@link naivePassAtK} */
  readonly naive: number;
  /** max(0, unbiased − naive); 0 at k = 1, c = 0 and c = n */
  readonly gap: number;
}

/**
 * Both pass@k estimators for every budget k = 1 … n, from n samples of which c pass: the data of
 * a chart that compares them.
 *
 * Formula: for each k, `passAtK(n, c, k)` = 1 − Π_{i=n−c+1}^{n}(1 − k/i) (1 when n − c < k) and
 * `naivePassAtK(n, c, k)` = 1 − (1 − c/n)^k, with gap = max(0, unbiased − naive): the
 * difference is ≥ 0 in exact arithmetic (see `naivePassAtK`), and the max drops rounding noise
 * such as −2e-16 at k = 1 (Chen et al. 2021, https://arxiv.org/abs/2107.03374, eq. 1 and
 * section 2.1). O(n·c) in all, at most 40 000 steps for n = 200.
 *
 * @param n samples generated, an integer ≥ 1.
 * @param c samples that pass, an integer in [0, n].
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when n is not an integer ≥ 1 or c not an integer in [0, n].
 * @example passAtKCurve(3, 1)
 *   // [{ k: 1, unbiased: 1/3, naive: 1/3, gap: 0 }, { k: 2, unbiased: 2/3, naive: 5/9, gap: 1/9 },
 *   //  { k: 3, unbiased: 1, naive: 19/27, gap: 8/27 }] (up to rounding)
 */
export function passAtKCurve(n: number, c: number): PassAtKPoint[] {
  const nn = checkInteger('n', n, 1);
  const cc = checkNumber(
    'c',
    c,
    (x) => Number.isInteger(x) && x >= 0 && x <= nn,
    `an integer in [0, n = ${nn}]`,
  );
  return Array.from({ length: nn }, (_, i) => {
    const k = i + 1;
    const unbiased = passAtK(nn, cc, k);
    const naive = naivePassAtK(nn, cc, k);
    return { k, unbiased, naive, gap: Math.max(0, unbiased - naive) };
  });
}
