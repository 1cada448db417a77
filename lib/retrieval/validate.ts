import { checkNumber, describeValue } from '@/lib/utils/validate';

/**
 * Argument checks for `lib/retrieval`, in the style of `lib/utils/validate.ts`: `TypeError` for a
 * wrong type, `RangeError` for a wrong value, and a message naming the parameter.
 */

/**
 * Returns `value` when it is an array of strings (possibly empty).
 *
 * @throws {TypeError} when `value` is not an array, or an item is not a string (`ranked[2] must be
 *   a string, got 3`).
 * @example checkStringList('queryTerms', ['bm25']) // ['bm25']
 */
export function checkStringList(name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of strings, got ${describeValue(value)}`);
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string')
      throw new TypeError(`${name}[${i}] must be a string, got ${describeValue(item)}`);
  });
  return value as readonly string[];
}

/**
 * Returns `value` when it is an array of arrays of strings (tokenized documents, or rankings).
 *
 * @throws {TypeError} when `value` is not an array of arrays of strings (`documents[1][0] must be
 *   a string, got 5`).
 * @example checkStringLists('documents', [['a', 'b'], []]) // [['a', 'b'], []]
 */
export function checkStringLists(name: string, value: unknown): readonly (readonly string[])[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of string arrays, got ${describeValue(value)}`);
  }
  value.forEach((item: unknown, i) => checkStringList(`${name}[${i}]`, item));
  return value as readonly (readonly string[])[];
}

/**
 * Returns the set of relevant ids, from an array or a `Set` of strings.
 *
 * @throws {TypeError} when `value` is neither, or holds a non-string.
 * @example checkIdSet('relevant', ['d1', 'd1', 'd3']).size // 2
 */
export function checkIdSet(name: string, value: unknown): ReadonlySet<string> {
  if (value instanceof Set) {
    for (const item of value as Set<unknown>) {
      if (typeof item !== 'string')
        throw new TypeError(`${name} must hold strings, got ${describeValue(item)}`);
    }
    return value as ReadonlySet<string>;
  }
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array or a Set of strings, got ${describeValue(value)}`);
  }
  return new Set(checkStringList(name, value));
}

/**
 * Returns `value` when it is a rank cut-off: an integer ≥ 1.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} otherwise.
 * @example checkCutoff('k', 10) // 10
 */
export function checkCutoff(name: string, value: unknown): number {
  return checkNumber(name, value, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1');
}
