import { checkInteger } from '@/lib/utils/validate';
import { checkTokenIds } from './token-ids';

/**
 * How often each token id occurs in a history: the c[j] of OpenAI's frequency penalty.
 *
 * Formula: c[j] = |{ t : previousTokens[t] = j }| for j in [0, vocabSize) (OpenAI API reference,
 * "Frequency and presence penalties": "c[j] is how often that token was sampled prior to the
 * current position").
 *
 * @param previousTokens token ids, each an integer in [0, vocabSize).
 * @param vocabSize the vocabulary size, an integer ≥ 1.
 * @throws {TypeError} when `previousTokens` is not an array of numbers or `vocabSize` not a number.
 * @throws {RangeError} when `vocabSize` is not an integer ≥ 1 or an id is outside [0, vocabSize).
 * @example tokenCounts([0, 2, 0], 3) // [2, 0, 1]
 */
export function tokenCounts(previousTokens: readonly number[], vocabSize: number): number[] {
  const size = checkInteger('vocabSize', vocabSize, 1);
  const ids = checkTokenIds('previousTokens', previousTokens, size);
  const counts = new Array<number>(size).fill(0);
  for (const j of ids) counts[j] = (counts[j] ?? 0) + 1;
  return counts;
}
