import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndcgAtK, recallAtK, reciprocalRank } from '@/lib/retrieval';

describe('recallAtK', () => {
  it('matches the torchmetrics example', () => {
    // torchmetrics retrieval_recall: preds [0.2, 0.3, 0.5], target [True, False, True], top_k=2 → 0.5
    // (ranked by score: d2, d1, d0; relevant d0, d2)
    expect(recallAtK(['d2', 'd1', 'd0'], ['d0', 'd2'], 2)).toBe(0.5);
    expect(recallAtK(['d2', 'd1', 'd0'], ['d0', 'd2'], 3)).toBe(1);
  });

  it('treats both lists as sets and lets k run past the end', () => {
    expect(recallAtK(['a', 'a', 'b'], ['a', 'c'], 2)).toBe(0.5);
    expect(recallAtK(['a'], new Set(['a', 'b', 'b']), 10)).toBe(0.5);
    expect(recallAtK([], ['a'], 1)).toBe(0);
  });

  it('rejects an empty relevant set and a bad k', () => {
    expect(() => recallAtK(['a'], [], 1)).toThrow(
      new RangeError('relevant must hold at least one id (recall is undefined)'),
    );
    expect(() => recallAtK(['a'], ['a'], 0)).toThrow(new RangeError('k must be an integer >= 1, got 0'));
    expect(() => recallAtK(['a'], ['a'], 1.5)).toThrow(RangeError);
    expect(() => recallAtK(['a'], ['a'], '1' as unknown as number)).toThrow(TypeError);
    expect(() => recallAtK(['a'], 'a' as unknown as string[], 1)).toThrow(TypeError);
    expect(() => recallAtK(['a'], new Set([1]) as unknown as Set<string>, 1)).toThrow(TypeError);
    expect(() => recallAtK([1 as unknown as string], ['a'], 1)).toThrow(
      new TypeError('ranked[0] must be a string, got 1'),
    );
  });
});

describe('reciprocalRank', () => {
  it('matches the torchmetrics example and Wikipedia’s MRR example', () => {
    // torchmetrics retrieval_reciprocal_rank: preds [0.2, 0.3, 0.5], target [False, True, False] → 0.5
    expect(reciprocalRank(['d2', 'd1', 'd0'], ['d1'])).toBe(0.5);
    // Wikipedia "Mean reciprocal rank": cat → 1/3, torus → 1/2, virus → 1, MRR 11/18 ≈ 0.61
    const rr = [
      reciprocalRank(['catten', 'cati', 'cats'], ['cats']),
      reciprocalRank(['torii', 'tori', 'toruses'], ['tori']),
      reciprocalRank(['viruses', 'virii', 'viri'], ['viruses']),
    ];
    expect(rr).toEqual([1 / 3, 1 / 2, 1]);
    expect((rr[0]! + rr[1]! + rr[2]!) / 3).toBeCloseTo(0.61, 2);
  });

  it('is 0 when no relevant id is ranked', () => {
    expect(reciprocalRank(['a', 'b'], ['c'])).toBe(0);
    expect(reciprocalRank(['a', 'b'], [])).toBe(0);
    expect(reciprocalRank([], ['a'])).toBe(0);
  });

  it('rejects non-strings', () => {
    expect(() => reciprocalRank(['a', 2 as unknown as string], ['a'])).toThrow(TypeError);
    expect(() => reciprocalRank(['a'], null as unknown as string[])).toThrow(TypeError);
  });
});

describe('ndcgAtK', () => {
  // scikit-learn ndcg_score docstring: true_relevance [[10, 0, 0, 1, 5]] for items a–e
  const relevance = { a: 10, b: 0, c: 0, d: 1, e: 5 };

  it('matches the scikit-learn and torchmetrics examples', () => {
    // scores [.1, .2, .3, 4, 70] rank e, d, c, b, a: sklearn "0.69...", torchmetrics "tensor(0.6957)"
    const first = ndcgAtK(['e', 'd', 'c', 'b', 'a'], relevance, 5);
    expect(first).toBeCloseTo(0.6957, 4);
    // scores [.05, 1.1, 1., .5, .0] rank b, c, d, a, e: "0.49..."; with k=4: "0.35..."
    const second = ndcgAtK(['b', 'c', 'd', 'a', 'e'], relevance, 5);
    expect(second >= 0.49 && second < 0.5).toBe(true);
    const cut = ndcgAtK(['b', 'c', 'd', 'a', 'e'], relevance, 4);
    expect(cut >= 0.35 && cut < 0.36).toBe(true);
    // "the normalization takes k into account so a perfect answer would still get 1.0"
    expect(ndcgAtK(['a', 'e', 'd', 'b', 'c'], relevance, 4)).toBe(1);
    // scores [1, 0, 0, 0, 1] tie a and e: ignore_ties ranks e first → 0.5; the average over the two
    // orders is sklearn's tie-averaged "(10 / 10 + 5 / 10) / 2 = .75"
    expect(ndcgAtK(['e', 'a'], relevance, 1)).toBe(0.5);
    expect(ndcgAtK(['a', 'e'], relevance, 1)).toBe(1);
  });

  it('builds the ideal order from every judged item, retrieved or not (Wikipedia example)', () => {
    // Wikipedia "Discounted cumulative gain": D1–D6 graded 3, 2, 3, 0, 1, 2 give DCG6 = 6.861;
    // ideal 3, 3, 2, 2, 1, 0 gives IDCG6 = 7.141 and nDCG6 = 0.961; with D7 = 3 and D8 = 2 also
    // judged, the ideal is 3, 3, 3, 2, 2, 2, IDCG6 = 8.740 and nDCG6 = 0.785
    const ranked = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];
    const judged = { D1: 3, D2: 2, D3: 3, D4: 0, D5: 1, D6: 2 };
    expect(ndcgAtK(ranked, judged, 6)).toBeCloseTo(0.961, 3);
    expect(ndcgAtK(ranked, { ...judged, D7: 3, D8: 2 }, 6)).toBeCloseTo(0.785, 3);
  });

  it('gives unjudged ids and repeats no gain, and 0 when the ideal DCG is 0', () => {
    expect(ndcgAtK(['x', 'a'], { a: 1 }, 2)).toBeCloseTo(1 / Math.log2(3), 15);
    expect(ndcgAtK(['a', 'a'], { a: 1, b: 1 }, 2)).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 15);
    expect(ndcgAtK(['a', 'b'], { a: 0 }, 2)).toBe(0);
    expect(ndcgAtK(['a'], {}, 1)).toBe(0);
    expect(ndcgAtK([], { a: 2 }, 3)).toBe(0);
  });

  it('rejects bad grades and a bad k', () => {
    expect(() => ndcgAtK(['a'], { a: -1 }, 1)).toThrow(
      new RangeError('relevance["a"] must be finite and >= 0, got -1'),
    );
    expect(() => ndcgAtK(['a'], { a: Number.NaN }, 1)).toThrow(RangeError);
    expect(() => ndcgAtK(['a'], { a: '1' as unknown as number }, 1)).toThrow(TypeError);
    expect(() => ndcgAtK(['a'], null as unknown as Record<string, number>, 1)).toThrow(TypeError);
    expect(() => ndcgAtK(['a'], { a: 1 }, 0)).toThrow(RangeError);
    expect(() => ndcgAtK('a' as unknown as string[], { a: 1 }, 1)).toThrow(TypeError);
  });
});

describe('ranking metrics (properties)', () => {
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const ranked = fc.uniqueArray(id, { maxLength: 6 });
  const grades = fc.dictionary(id, fc.integer({ min: 0, max: 3 }));

  it('keeps nDCG in [0, 1] and gives the ideal order exactly 1', () => {
    fc.assert(
      fc.property(ranked, grades, fc.integer({ min: 1, max: 8 }), (list, judged, k) => {
        const value = ndcgAtK(list, judged, k);
        expect(value >= 0 && value <= 1).toBe(true);
        const ideal = Object.keys(judged).sort((x, y) => (judged[y] as number) - (judged[x] as number));
        if (Object.values(judged).some((g) => g > 0)) expect(ndcgAtK(ideal, judged, k)).toBe(1);
      }),
    );
  });

  it('never lowers recall as k grows, and keeps reciprocal rank at 0 or 1/rank', () => {
    fc.assert(
      fc.property(
        ranked,
        fc.uniqueArray(id, { minLength: 1 }),
        fc.integer({ min: 1, max: 7 }),
        (list, relevant, k) => {
          expect(recallAtK(list, relevant, k + 1)).toBeGreaterThanOrEqual(recallAtK(list, relevant, k));
          const rr = reciprocalRank(list, relevant);
          expect(rr === 0 || Number.isInteger(1 / rr)).toBe(true);
          expect(rr > 0).toBe(recallAtK(list, relevant, 10) > 0);
        },
      ),
    );
  });
});
