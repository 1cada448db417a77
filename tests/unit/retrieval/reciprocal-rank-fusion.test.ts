import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from '@/lib/retrieval';

describe('reciprocalRankFusion', () => {
  it("reproduces Elasticsearch's RRF example (rank_constant 1)", () => {
    // elasticsearch docs/reference/search/rrf.asciidoc: the query ranks 4, 3, 2, 1 and kNN ranks
    // 3, 2, 1, 5; "_id: 3 = 0.8333, 2 = 0.5833, 4 = 0.5000, 1 = 0.4500, 5 = 0.2000"; the hits show
    // _score 0.8333334, 0.5833334, 0.5 (float32)
    const fused = reciprocalRankFusion(
      [
        ['4', '3', '2', '1'],
        ['3', '2', '1', '5'],
      ],
      { k: 1 },
    );
    expect(fused.map((r) => r.id)).toEqual(['3', '2', '4', '1', '5']);
    const expected = [0.8333334, 0.5833334, 0.5, 0.45, 0.2];
    fused.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i] as number, 6));
  });

  it("breaks ties in order of first appearance, as Elasticsearch's pagination example ranks them", () => {
    // same docs, "queryA 1, 2, 3, 4; queryB 5, 4, 3, 1, 2 … scores 0.7, 0.5, 0.5, 0.533, 0.5 …
    // the final ranked result set would be [1, 4, 2, 3, 5]"
    const fused = reciprocalRankFusion(
      [
        ['1', '2', '3', '4'],
        ['5', '4', '3', '1', '2'],
      ],
      { k: 1 },
    );
    expect(fused.map((r) => r.id)).toEqual(['1', '4', '2', '3', '5']);
    expect(fused[0]?.score).toBeCloseTo(0.7, 15);
    expect(fused[1]?.score).toBeCloseTo(0.533, 3);
    expect(fused.slice(2).map((r) => r.score)).toEqual([0.5, 0.5, 0.5]);
  });

  it('uses k = 60 by default (Cormack et al. 2009)', () => {
    const fused = reciprocalRankFusion([['a', 'b'], ['a']]);
    // 1/(60 + 1) from each ranking; 1/(60 + 2) for b
    expect(fused).toEqual([
      { id: 'a', score: 1 / 61 + 1 / 61 },
      { id: 'b', score: 1 / 62 },
    ]);
    expect(reciprocalRankFusion([['a', 'b'], ['a']], { k: 60 })).toEqual(fused);
  });

  it('counts an id repeated within a ranking at its first rank only', () => {
    expect(reciprocalRankFusion([['a', 'a', 'b']], { k: 0 })).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 1 / 3 },
    ]);
  });

  it('handles no rankings and empty rankings', () => {
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });

  it('rejects bad arguments', () => {
    expect(() => reciprocalRankFusion([['a']], { k: -1 })).toThrow(
      new RangeError('options.k must be finite and >= 0, got -1'),
    );
    expect(() => reciprocalRankFusion([['a']], { k: Number.NaN })).toThrow(RangeError);
    expect(() => reciprocalRankFusion([['a']], { k: '60' as unknown as number })).toThrow(TypeError);
    expect(() => reciprocalRankFusion(['a'] as unknown as string[][])).toThrow(TypeError);
    expect(() => reciprocalRankFusion([[1 as unknown as string]])).toThrow(
      new TypeError('rankings[0][0] must be a string, got 1'),
    );
    expect(() => reciprocalRankFusion([['a']], [] as unknown as object)).toThrow(TypeError);
  });

  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__');
  const rankings = fc.array(fc.array(id, { maxLength: 6 }), { maxLength: 4 });

  it('lists every id once, sorted by score, each score the sum over rankings (property)', () => {
    fc.assert(
      fc.property(rankings, fc.integer({ min: 0, max: 100 }), (lists, k) => {
        const fused = reciprocalRankFusion(lists, { k });
        expect(fused.map((r) => r.id).sort()).toEqual([...new Set(lists.flat())].sort());
        for (let i = 1; i < fused.length; i++) {
          expect((fused[i] as { score: number }).score).toBeLessThanOrEqual(
            (fused[i - 1] as { score: number }).score,
          );
        }
        for (const { score } of fused) {
          expect(score).toBeGreaterThan(0);
          expect(score).toBeLessThanOrEqual(lists.length / (k + 1) + 1e-12);
        }
      }),
    );
  });

  it('gives the same scores whatever the order of the rankings (property)', () => {
    fc.assert(
      fc.property(rankings, (lists) => {
        const forward = new Map(reciprocalRankFusion(lists).map((r) => [r.id, r.score]));
        const backward = new Map(reciprocalRankFusion([...lists].reverse()).map((r) => [r.id, r.score]));
        expect(backward.size).toBe(forward.size);
        for (const [doc, score] of forward) expect(backward.get(doc)).toBeCloseTo(score, 15);
      }),
    );
  });
});
