import { createRng } from '@/lib/decoding/rng';
import { checkNumber, checkNumberArray, checkStringArray } from '@/lib/utils/validate';

/** Largest signature the demos and tests need; bigger ones only cost time. */
export const MAX_HASHES = 4096;

/** FNV-1a over the UTF-16 code units of a string: a 32-bit unsigned integer. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes every bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MinHash signature of a set: for each of `numHashes` hash functions hᵢ, the minimum of hᵢ(x)
 * over the set's items. For two sets, P[minᵢ(A) = minᵢ(B)] equals their Jaccard similarity when
 * hᵢ acts like a random permutation (Broder 1997; Mining of Massive Datasets §3.3.3).
 *
 * Here hᵢ(x) = fmix32(fnv1a(x) XOR saltᵢ) with 32-bit salts drawn from `createRng(seed)`: each
 * hᵢ permutes the 32-bit hash values, and different salts give different orders. Signatures are
 * comparable only when made with the same `numHashes` and `seed`.
 *
 * @param items the set (repeats are harmless), at least one item.
 * @param numHashes signature length, an integer in [1, 4096].
 * @param seed any finite number (default 1).
 * @throws {TypeError} when `items` is not an array of strings.
 * @throws {RangeError} when `items` is empty or `numHashes`/`seed` is out of range.
 * @example minhashSignature(['ab', 'bc'], 4).length // 4
 */
export function minhashSignature(items: readonly string[], numHashes: number, seed = 1): number[] {
  checkStringArray('items', items);
  if (items.length === 0) throw new RangeError('items must hold at least one item, got an empty array');
  checkNumber(
    'numHashes',
    numHashes,
    (x) => Number.isInteger(x) && x >= 1 && x <= MAX_HASHES,
    `an integer in [1, ${MAX_HASHES}]`,
  );
  const rng = createRng(seed);
  const salts = Array.from({ length: numHashes }, () => Math.floor(rng() * 4294967296));
  const base = [...new Set(items)].map(fnv1a);
  return salts.map((salt) => {
    let min = Infinity;
    for (const h of base) min = Math.min(min, fmix32(h ^ salt));
    return min;
  });
}

/**
 * MinHash estimate of Jaccard similarity: the fraction of signature slots where two signatures
 * agree. Unbiased, with standard error √(J(1 − J)/k) for k slots (Broder 1997).
 *
 * @throws {TypeError} when a signature is not an array of numbers.
 * @throws {RangeError} when the signatures are empty or differ in length.
 * @example minhashJaccard([1, 2, 3, 4], [1, 2, 5, 6]) // 0.5
 */
export function minhashJaccard(sigA: readonly number[], sigB: readonly number[]): number {
  checkNumberArray('sigA', sigA);
  checkNumberArray('sigB', sigB);
  if (sigA.length === 0 || sigA.length !== sigB.length) {
    throw new RangeError(
      `sigA and sigB must be non-empty and of equal length, got lengths ${sigA.length} and ${sigB.length}`,
    );
  }
  let same = 0;
  sigA.forEach((v, i) => {
    if (v === sigB[i]) same++;
  });
  return same / sigA.length;
}
