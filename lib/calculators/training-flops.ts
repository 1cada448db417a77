import { checkNumber } from '@/lib/utils/validate';

const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

/**
 * Approximate FLOPs to train a dense transformer: forward and backward pass over every token.
 *
 * Formula: C ≈ 6·N·D: 2 FLOPs per parameter per token forward, 4 backward (Kaplan et al. 2020,
 * §2.1, https://arxiv.org/abs/2001.08361; used by Hoffmann et al. 2022, https://arxiv.org/abs/2203.15556).
 *
 * @param N parameters, finite and ≥ 0.
 * @param D training tokens, finite and ≥ 0.
 * @throws {TypeError} when N or D is not a number.
 * @throws {RangeError} when N or D is negative, `NaN` or infinite.
 * @example trainingFlops(70e9, 1.4e12) // 5.88e23 (Chinchilla: 70B parameters, 1.4T tokens)
 */
export function trainingFlops(N: number, D: number): number {
  const n = checkNumber('N', N, nonNegative, 'finite and >= 0');
  const d = checkNumber('D', D, nonNegative, 'finite and >= 0');
  return 6 * n * d;
}
