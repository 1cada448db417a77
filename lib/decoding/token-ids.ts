import { checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * Returns `value` as a list of token ids: integers ≥ 0, and below `vocabSize` when it is given
 * (token ids are indices into the logit vector, so an id outside it is a caller's mistake, not a
 * token to skip).
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when an id is not an integer, is negative, or is ≥ `vocabSize`
 *   (`previousTokens[2] must be an integer in [0, 4) (a token id), got 7`).
 * @example checkTokenIds('previousTokens', [0, 3, 3], 4) // [0, 3, 3]
 */
export function checkTokenIds(name: string, value: unknown, vocabSize?: number): readonly number[] {
  const ids = checkNumberArray(name, value);
  const range = vocabSize === undefined ? 'an integer >= 0' : `an integer in [0, ${vocabSize})`;
  ids.forEach((id, i) => {
    const ok = Number.isInteger(id) && id >= 0 && (vocabSize === undefined || id < vocabSize);
    if (!ok) throw new RangeError(`${name}[${i}] must be ${range} (a token id), got ${describeValue(id)}`);
  });
  return ids;
}
