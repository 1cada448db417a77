import { checkStringArray } from '@/lib/utils/validate';

/**
 * Jaccard similarity of two sets: |A ∩ B| / |A ∪ B| (repeats in either list count once).
 * Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, §3.1.1.
 *
 * @throws {TypeError} when an argument is not an array of strings.
 * @throws {RangeError} when both sets are empty (the ratio is 0/0).
 * @example jaccard(['a', 'b', 'c'], ['b', 'c', 'd']) // 0.5
 */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(checkStringArray('a', a));
  const setB = new Set(checkStringArray('b', b));
  if (setA.size === 0 && setB.size === 0) {
    throw new RangeError('a and b must not both be empty (Jaccard similarity is 0/0)');
  }
  let shared = 0;
  for (const item of setA) if (setB.has(item)) shared++;
  return shared / (setA.size + setB.size - shared);
}
