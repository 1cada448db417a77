import { checkNumber, checkObject } from '@/lib/utils/validate';

/** Constants of the parametric loss L(N, D) = E + A/N^alpha + B/D^beta. */
export interface ChinchillaConstants {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
}

/**
 * The fitted constants of Hoffmann et al. 2022 ("Training Compute-Optimal Large Language Models",
 * approach 3, https://arxiv.org/abs/2203.15556), as printed in the paper (rounded).
 *
 * Formula: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
 *
 * @throws never (a frozen constant).
 * @example CHINCHILLA_CONSTANTS.alpha // 0.34
 */
export const CHINCHILLA_CONSTANTS: ChinchillaConstants = Object.freeze({
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
});

const positive = (x: number) => Number.isFinite(x) && x > 0;

/**
 * Fills missing constants from {@link CHINCHILLA_CONSTANTS} and checks the result.
 *
 * Formula: { ...CHINCHILLA_CONSTANTS, ...constants }; E finite; A, B, alpha, beta finite and > 0.
 *
 * @throws {TypeError} when `constants` is not an object or a constant is not a number.
 * @throws {RangeError} when a constant is out of range.
 * @example resolveChinchillaConstants({ alpha: 0.5 }).alpha // 0.5
 */
export function resolveChinchillaConstants(
  constants: Readonly<Partial<ChinchillaConstants>> = {},
): ChinchillaConstants {
  const merged = { ...CHINCHILLA_CONSTANTS, ...checkObject('constants', constants) };
  return {
    E: checkNumber('constants.E', merged.E, Number.isFinite, 'finite'),
    A: checkNumber('constants.A', merged.A, positive, 'finite and > 0'),
    B: checkNumber('constants.B', merged.B, positive, 'finite and > 0'),
    alpha: checkNumber('constants.alpha', merged.alpha, positive, 'finite and > 0'),
    beta: checkNumber('constants.beta', merged.beta, positive, 'finite and > 0'),
  };
}

/**
 * The Chinchilla parametric loss of a model with N parameters trained on D tokens.
 *
 * Formula: L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2 with the approach-3 fit,
 * https://arxiv.org/abs/2203.15556). N or D = `Infinity` drops its term, so
 * L(∞, ∞) = E, the irreducible loss.
 *
 * @param N parameters, > 0 (`Infinity` allowed).
 * @param D training tokens, > 0 (`Infinity` allowed).
 * @param constants any subset of {@link CHINCHILLA_CONSTANTS} to override.
 * @throws {TypeError} when an argument is not a number (or `constants` not an object).
 * @throws {RangeError} when N or D is ≤ 0 or `NaN`, or a constant is out of range.
 * @example chinchillaLoss(70e9, 1.4e12) // 1.9366 (Chinchilla's own N and D)
 */
export function chinchillaLoss(
  N: number,
  D: number,
  constants?: Readonly<Partial<ChinchillaConstants>>,
): number {
  const n = checkNumber('N', N, (x) => x > 0, '> 0 (Infinity allowed)');
  const d = checkNumber('D', D, (x) => x > 0, '> 0 (Infinity allowed)');
  const { E, A, B, alpha, beta } = resolveChinchillaConstants(constants);
  return E + A / n ** alpha + B / d ** beta;
}

/** Result of {@link chinchillaComputeOptimal}. */
export interface ComputeOptimal {
  readonly Nopt: number;
  readonly Dopt: number;
  readonly tokensPerParam: number;
  readonly loss: number;
}

/**
 * The model size and token count that minimise the Chinchilla loss for a FLOP budget C = 6ND.
 *
 * Formula: G = (αA/(βB))^(1/(α+β)); Nopt = G·(C/6)^(β/(α+β)); Dopt = (C/6)^(α/(α+β))/G
 * (Hoffmann et al. 2022, eq. 4, https://arxiv.org/abs/2203.15556); tokensPerParam = Dopt/Nopt;
 * loss = L(Nopt, Dopt). The printed constants are rounded, so this closed form does not
 * reproduce the paper's own approach-3 projections: for 2.21e19 FLOPs it gives ≈ 326M parameters
 * and 11.3B tokens where Table A3 lists 400M and 9.2B. Besiroglu et al. 2024
 * (https://arxiv.org/abs/2404.10102) trace such gaps to the rounding of α and β.
 *
 * @param C training FLOPs, finite and > 0.
 * @param constants any subset of {@link CHINCHILLA_CONSTANTS} to override.
 * @throws {TypeError} when `C` is not a number (or `constants` not an object).
 * @throws {RangeError} when `C` is not finite and > 0, or a constant is out of range.
 * @example chinchillaComputeOptimal(5.76e23).Nopt // 3.219e10
 */
export function chinchillaComputeOptimal(
  C: number,
  constants?: Readonly<Partial<ChinchillaConstants>>,
): ComputeOptimal {
  const c = checkNumber('C', C, positive, 'finite and > 0');
  const k = resolveChinchillaConstants(constants);
  const { A, B, alpha, beta } = k;
  const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const Nopt = G * (c / 6) ** (beta / (alpha + beta));
  const Dopt = (c / 6) ** (alpha / (alpha + beta)) / G;
  return { Nopt, Dopt, tokensPerParam: Dopt / Nopt, loss: chinchillaLoss(Nopt, Dopt, k) };
}
