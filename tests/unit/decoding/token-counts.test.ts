import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenCounts } from '@/lib/decoding';

describe('tokenCounts', () => {
  it('counts each id', () => {
    // "the cat sat on the cat" over [the, cat, sat, on, mat]: the 2, cat 2, sat 1, on 1, mat 0
    expect(tokenCounts([0, 1, 2, 3, 0, 1], 5)).toEqual([2, 2, 1, 1, 0]);
    expect(tokenCounts([0, 2, 0], 3)).toEqual([2, 0, 1]);
    expect(tokenCounts([], 2)).toEqual([0, 0]);
  });

  it('rejects invalid arguments', () => {
    expect(() => tokenCounts([0, 3], 3)).toThrow(
      new RangeError('previousTokens[1] must be an integer in [0, 3) (a token id), got 3'),
    );
    expect(() => tokenCounts([0], 0)).toThrow(new RangeError('vocabSize must be an integer >= 1, got 0'));
    expect(() => tokenCounts([0], 1.5)).toThrow(RangeError);
    expect(() => tokenCounts([-1], 2)).toThrow(RangeError);
    expect(() => tokenCounts([0], '2' as unknown as number)).toThrow(TypeError);
    expect(() => tokenCounts('0' as unknown as number[], 2)).toThrow(TypeError);
  });

  it('adds up to the history length (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 30 }), (ids) => {
        const counts = tokenCounts(ids, 8);
        expect(counts).toHaveLength(8);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length);
      }),
    );
  });
});
