import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jaccard,
  lshCandidateProbability,
  lshIsCandidate,
  lshThreshold,
  minhashJaccard,
  minhashSignature,
  shingles,
} from '@/lib/dedup';

describe('shingles', () => {
  it('gives the 2-shingles of "abcdabd" (Mining of Massive Datasets, Example 3.3)', () => {
    // MMDS: {ab, bc, cd, da, bd} — "ab" appears twice but once in the set.
    expect(shingles('abcdabd', 2)).toEqual(['ab', 'bc', 'bd', 'cd', 'da']);
  });

  it('counts code points, so a CJK character or an emoji is one unit', () => {
    expect(shingles('中文😀', 2)).toEqual(['中文', '文😀']);
  });

  it('collapses whitespace, makes word shingles, and keeps a short text whole', () => {
    expect(shingles('  the  cat\nsat ', 2, 'word')).toEqual(['cat sat', 'the cat']);
    expect(shingles('hi', 5)).toEqual(['hi']);
    expect(shingles(' \n ', 3)).toEqual([]);
  });

  it('treats composed and decomposed é as the same text (NFC)', () => {
    expect(shingles('cafe\u0301', 4)).toEqual(shingles('café', 4));
  });

  it('rejects a bad size or unit', () => {
    expect(() => shingles('abc', 0)).toThrow(RangeError);
    expect(() => shingles('abc', 65)).toThrow('size must be an integer in [1, 64], got 65');
    expect(() => shingles('abc', Number.NaN)).toThrow(RangeError);
    expect(() => shingles('abc', 2, 'line' as 'char')).toThrow(RangeError);
    expect(() => shingles(3 as unknown as string, 2)).toThrow(TypeError);
  });
});

describe('jaccard', () => {
  it('is |A ∩ B| / |A ∪ B| (MMDS Example 3.1: 3 shared of 8 in the union → 3/8)', () => {
    expect(jaccard(['a', 'b', 'c', 'd', 'e'], ['c', 'd', 'e', 'f', 'g', 'h'])).toBe(3 / 8);
  });

  it('counts repeats once and is 1 for equal sets, 0 for disjoint ones', () => {
    expect(jaccard(['a', 'a', 'b'], ['b', 'a'])).toBe(1);
    expect(jaccard(['a'], ['b'])).toBe(0);
    expect(jaccard([], ['b'])).toBe(0);
  });

  it('rejects two empty sets', () => {
    expect(() => jaccard([], [])).toThrow('a and b must not both be empty');
    expect(() => jaccard(['a'], [1] as unknown as string[])).toThrow(TypeError);
  });
});

describe('minhashSignature and minhashJaccard', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const items = shingles('the quick brown fox', 3);
    expect(minhashSignature(items, 8, 7)).toEqual(minhashSignature(items, 8, 7));
    expect(minhashSignature(items, 8, 7)).not.toEqual(minhashSignature(items, 8, 8));
  });

  it('gives identical signatures for equal sets, whatever the order and repeats', () => {
    expect(minhashSignature(['b', 'a', 'a'], 16)).toEqual(minhashSignature(['a', 'b'], 16));
  });

  it('estimates Jaccard within 4 standard errors on random sets (k = 1024)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }),
        (xs, ys) => {
          const a = xs.map(String);
          const b = ys.map(String);
          const j = jaccard(a, b);
          const est = minhashJaccard(minhashSignature(a, 1024), minhashSignature(b, 1024));
          const se = Math.sqrt(Math.max(j * (1 - j), 0.01) / 1024);
          expect(Math.abs(est - j)).toBeLessThanOrEqual(4 * se + 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agreement fraction: 2 of 4 slots → 0.5', () => {
    expect(minhashJaccard([1, 2, 3, 4], [1, 2, 5, 6])).toBe(0.5);
  });

  it('rejects empty sets, bad sizes and mismatched signatures', () => {
    expect(() => minhashSignature([], 4)).toThrow(RangeError);
    expect(() => minhashSignature(['a'], 0)).toThrow('numHashes must be an integer in [1, 4096], got 0');
    expect(() => minhashSignature(['a'], 4, Number.NaN)).toThrow(RangeError);
    expect(() => minhashJaccard([1], [1, 2])).toThrow(RangeError);
    expect(() => minhashJaccard([], [])).toThrow(RangeError);
  });
});

describe('lshCandidateProbability', () => {
  it('matches the b = 20, r = 5 table of MMDS Figure 3.8', () => {
    // MMDS Fig. 3.8: s = .2 → .006, .3 → .047, .4 → .186, .5 → .470, .6 → .802, .7 → .975, .8 → .9996
    const table: [number, number, number][] = [
      [0.2, 0.006, 3],
      [0.3, 0.047, 3],
      [0.4, 0.186, 3],
      [0.5, 0.47, 3],
      [0.6, 0.802, 3],
      [0.7, 0.975, 3],
      [0.8, 0.9996, 4],
    ];
    for (const [s, p, digits] of table) expect(lshCandidateProbability(s, 20, 5)).toBeCloseTo(p, digits);
  });

  it('is 0 at s = 0, 1 at s = 1, and increases with s', () => {
    expect(lshCandidateProbability(0, 20, 5)).toBe(0);
    expect(lshCandidateProbability(1, 20, 5)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(lshCandidateProbability(lo, 16, 8)).toBeLessThanOrEqual(lshCandidateProbability(hi, 16, 8));
        },
      ),
    );
  });

  it('stays exact when s^r is tiny (b·s^r for small s)', () => {
    // 1 − (1 − 1e-8)^10 = 1e-7 − 45e-16 + …: a naive 1 − (1 − x)^b loses most of these digits.
    expect(lshCandidateProbability(1e-4, 10, 2) / 1e-7).toBeCloseTo(1 - 4.5e-8, 12);
  });

  it('rejects out-of-range arguments', () => {
    expect(() => lshCandidateProbability(1.5, 20, 5)).toThrow('similarity must be in [0, 1], got 1.5');
    expect(() => lshCandidateProbability(0.5, 0, 5)).toThrow(RangeError);
    expect(() => lshCandidateProbability(Number.NaN, 2, 5)).toThrow(RangeError);
  });
});

describe('lshThreshold', () => {
  it('is (1/b)^(1/r): about 0.55 for b = 20, r = 5 (MMDS §3.4.2)', () => {
    expect(lshThreshold(20, 5)).toBeCloseTo(0.5493, 4);
    expect(lshThreshold(1, 3)).toBe(1);
    expect(() => lshThreshold(2.5, 3)).toThrow(RangeError);
  });
});

describe('lshIsCandidate', () => {
  it('is a candidate when one whole band agrees, not when every band differs somewhere', () => {
    expect(lshIsCandidate([1, 2, 3, 4], [1, 2, 0, 0], 2, 2)).toBe(true);
    expect(lshIsCandidate([1, 2, 3, 4], [1, 0, 3, 0], 2, 2)).toBe(false);
    expect(lshIsCandidate([1, 2, 3, 4, 9], [0, 2, 3, 4, 8], 1, 4)).toBe(false);
  });

  it('rejects signatures shorter than bands·rows', () => {
    expect(() => lshIsCandidate([1, 2], [1, 2], 2, 2)).toThrow(RangeError);
  });
});
