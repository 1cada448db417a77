import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsIndices, lcsTable } from '@/lib/metrics';

describe('lcsTable', () => {
  it('reproduces rouge-score testLcsTable', () => {
    // rouge_scorer_test.py: ref [1, 2, 3, 4, 5], c1 [2, 5, 3, 4] → t[5][4] = 3; c2 [8, 9] → 0
    const ref = [1, 2, 3, 4, 5];
    expect(lcsTable(ref, [2, 5, 3, 4])[5]?.[4]).toBe(3);
    expect(lcsTable(ref, [8, 9])[5]?.[2]).toBe(0);
  });

  it('has a zero first row and column and the right shape', () => {
    const t = lcsTable(['a', 'b'], ['b']);
    expect(t).toEqual([
      [0, 0],
      [0, 0],
      [0, 1],
    ]);
  });

  it('rejects non-arrays', () => {
    expect(() => lcsTable('ab' as unknown as string[], [])).toThrow(
      new TypeError('a must be an array, got "ab"'),
    );
    expect(() => lcsTable([], null as unknown as string[])).toThrow(TypeError);
  });
});

describe('lcsIndices', () => {
  it('reads out the LCS as rouge-score _backtrack_norec does', () => {
    // testLcsTable: indices [1, 2, 3] into ref, values [2, 3, 4]; none for [8, 9]
    expect(lcsIndices([1, 2, 3, 4, 5], [2, 5, 3, 4])).toEqual({ target: [1, 2, 3], prediction: [0, 2, 3] });
    expect(lcsIndices([1, 2, 3, 4, 5], [8, 9])).toEqual({ target: [], prediction: [] });
  });

  it('matches the union-LCS example of the ROUGE paper, sentence by sentence', () => {
    // rouge_scorer_test.py testUnionLcs (Lin 2004, section 3.2): ref [1..5], c1 → lcs [1, 2], c2 → [1, 3, 5]
    expect(lcsIndices([1, 2, 3, 4, 5], [1, 2, 6, 7, 8]).target).toEqual([0, 1]);
    expect(lcsIndices([1, 2, 3, 4, 5], [1, 3, 8, 9, 5]).target).toEqual([0, 2, 4]);
  });

  it('rejects non-arrays', () => {
    expect(() => lcsIndices({} as unknown as number[], [])).toThrow(TypeError);
  });

  it('returns as many pairs as the table says and never mutates its inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        (a, b) => {
          const [ca, cb] = [[...a], [...b]];
          const { target, prediction } = lcsIndices(a, b);
          expect([a, b]).toEqual([ca, cb]);
          expect(target).toHaveLength(lcsTable(a, b)[a.length]?.[b.length] ?? -1);
          target.forEach((i, k) => expect(a[i]).toBe(b[prediction[k] ?? -1]));
        },
      ),
    );
  });
});
