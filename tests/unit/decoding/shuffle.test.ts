import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, shuffle } from '@/lib/decoding';

/** A stub stream that replays the given values. */
const replay = (values: number[]) => {
  let i = 0;
  return () => values[i++] ?? 0;
};

describe('shuffle', () => {
  it('swaps item i with item ⌊u·(i+1)⌋ from the end (worked by hand)', () => {
    // i = 3: ⌊0.5·4⌋ = 2 → [1, 2, 4, 3]; i = 2: ⌊0.9·3⌋ = 2 (stays); i = 1: ⌊0·2⌋ = 0 → [2, 1, 4, 3]
    expect(shuffle([1, 2, 3, 4], replay([0.5, 0.9, 0]))).toEqual([2, 1, 4, 3]);
    // u = 0 always: i = 2 swaps with 0 → [c, b, a], i = 1 swaps with 0 → [b, c, a]
    expect(shuffle(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
  });

  it('replays the same order from createRng with the same seed', () => {
    // Mulberry32 seed 0 yields the words 1144304738, 1416247, 958946056 (reference vectors, see
    // rng.test.ts), i.e. u = 0.2664…, 0.0003…, 0.2233…: i = 3 → j = 1, i = 2 → j = 0, i = 1 → j = 0
    expect(shuffle(['a', 'b', 'c', 'd'], createRng(0))).toEqual(['d', 'c', 'a', 'b']);
    expect(shuffle([...'abcdefgh'], createRng(7))).toEqual(shuffle([...'abcdefgh'], createRng(7)));
  });

  it('leaves empty and one-item lists alone without drawing', () => {
    let calls = 0;
    const counting = () => (calls++, 0.5);
    expect(shuffle([], counting)).toEqual([]);
    expect(shuffle(['x'], counting)).toEqual(['x']);
    expect(calls).toBe(0);
  });

  it('rejects a non-array, a non-function and draws outside [0, 1)', () => {
    expect(() => shuffle('abc' as unknown as string[], () => 0)).toThrow(TypeError);
    expect(() => shuffle([1, 2], 0.5 as unknown as () => number)).toThrow(TypeError);
    expect(() => shuffle([1, 2], () => 1)).toThrow(new RangeError('rng() must be in [0, 1), got 1'));
    expect(() => shuffle([1, 2], () => Number.NaN)).toThrow(RangeError);
    expect(() => shuffle([1, 2], () => '0' as unknown as number)).toThrow(TypeError);
  });

  it('returns a permutation of the input and does not mutate it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, createRng(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...copy].sort((a, b) => a - b));
      }),
    );
  });

  it('gives each of the 3! orders about 1/6 of the time', () => {
    const rng = createRng(2024);
    const counts = new Map<string, number>();
    for (let t = 0; t < 6000; t++) {
      const key = shuffle(['a', 'b', 'c'], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // 1000 expected per order; the binomial sd is √(6000·⅙·⅚) ≈ 29, so ±150 is > 5 sd
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
