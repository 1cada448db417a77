import { checkNumber } from '@/lib/utils/validate';

/**
 * A uniformly random permutation of `items`, drawn with the given random stream; the input is not
 * changed. With `createRng(seed)` the same seed always gives the same order, so a demo can replay
 * a shuffle from its seed.
 *
 * Formula: the Fisher–Yates shuffle in Durstenfeld's form (Knuth, TAOCP vol. 2, §3.4.2,
 * Algorithm P): for i = n−1 down to 1, draw j = ⌊u·(i+1)⌋ with u = rng() in [0, 1) and swap
 * items i and j. Each of the n! orders has probability 1/n! when u is uniform.
 *
 * @param items any array; copied, never mutated.
 * @param rng a function returning numbers in [0, 1), e.g. `createRng(seed)`; called n − 1 times.
 * @throws {TypeError} when `items` is not an array, `rng` is not a function or returns a non-number.
 * @throws {RangeError} when `rng` returns a value outside [0, 1) (or NaN).
 * @example shuffle(['a', 'b', 'c'], () => 0) // ['b', 'c', 'a'] (i = 2 swaps with 0, then i = 1 with 0)
 */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  if (!Array.isArray(items)) throw new TypeError('items must be an array');
  if (typeof rng !== 'function') throw new TypeError('rng must be a function');
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const u = checkNumber('rng()', rng(), (x) => x >= 0 && x < 1, 'in [0, 1)');
    const j = Math.floor(u * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
