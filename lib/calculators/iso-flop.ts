import { checkNumber } from '@/lib/utils/validate';
import { chinchillaComputeOptimal, chinchillaLoss } from './chinchilla';
import type { ChinchillaConstants } from './chinchilla';

/** One model on an IsoFLOP curve. */
export interface IsoFlopPoint {
  readonly N: number;
  readonly D: number;
  readonly loss: number;
}

/**
 * The models a fixed compute budget can train, from small-and-long to big-and-short:
 * for each N, D = C / (6N) and the predicted loss L(N, D).
 *
 * Formula: N_i = Nopt · 10^(s·(2i/(n−1) − 1)) for i = 0…n−1 (log-spaced, Nopt in the middle when n
 * is odd), D_i = C/(6 N_i), loss_i = E + A/N_i^α + B/D_i^β. Hoffmann et al. 2022 (arXiv 2203.15556),
 * §3.2 "IsoFLOP profiles"; its minimum is {@link chinchillaComputeOptimal}.
 *
 * @param C training FLOPs, finite and > 0.
 * @param options `points` integer in [3, 1000] (default 61); `spanDecades` s in (0, 6] (default 2).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when C, points or spanDecades is out of range.
 * @example isoFlopCurve(5.76e23, { points: 3, spanDecades: 1 }).map((p) => p.N)
 * // [3.219e9, 3.219e10, 3.219e11]
 */
export function isoFlopCurve(
  C: number,
  options: { readonly points?: number; readonly spanDecades?: number } = {},
  constants?: Readonly<Partial<ChinchillaConstants>>,
): IsoFlopPoint[] {
  const c = checkNumber('C', C, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const points = checkNumber(
    'points',
    options.points ?? 61,
    (x) => Number.isInteger(x) && x >= 3 && x <= 1000,
    'an integer in [3, 1000]',
  );
  const span = checkNumber('spanDecades', options.spanDecades ?? 2, (x) => x > 0 && x <= 6, 'in (0, 6]');
  const { Nopt } = chinchillaComputeOptimal(c, constants);
  return Array.from({ length: points }, (_, i) => {
    const N = Nopt * 10 ** (span * ((2 * i) / (points - 1) - 1));
    const D = c / (6 * N);
    return { N, D, loss: chinchillaLoss(N, D, constants) };
  });
}

/**
 * Tokens a compute budget buys for a model of N parameters: D = C / (6N) (inverse of C ≈ 6ND,
 * Kaplan et al. 2020 §2.1; Hoffmann et al. 2022).
 *
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when C or N is not finite and > 0.
 * @example tokensForCompute(5.88e23, 70e9) // 1.4e12 (Chinchilla: 70B parameters, 1.4T tokens)
 */
export function tokensForCompute(C: number, N: number): number {
  const c = checkNumber('C', C, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const n = checkNumber('N', N, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  return c / (6 * n);
}
