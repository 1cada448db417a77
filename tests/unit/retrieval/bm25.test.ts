import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bm25Idf, bm25Scores } from '@/lib/retrieval';

/** Lower-cased words, as Elasticsearch's standard analyzer splits these ASCII sentences. */
function analyze(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

// Elasticsearch 8 `explain` output (Lucene BM25Similarity, k1 = 1.2, b = 0.75), printed as float32:
// score = boost 2.2 (= k1 + 1) · idf · tf. For these short fields Lucene stores exact lengths.
describe('bm25Scores', () => {
  it('matches Elasticsearch on "brown fox playing with fox / box"', () => {
    // explain: 0.25069216 (freq 2, dl 5, avgdl 5) and 0.18232156 (freq 1, tf 0.45454544)
    const scores = bm25Scores(
      ['fox'],
      [
        ['brown', 'fox', 'playing', 'with', 'fox'],
        ['brown', 'fox', 'playing', 'with', 'box'],
      ],
    );
    expect(scores[0]).toBeCloseTo(0.25069216, 6);
    expect(scores[1]).toBeCloseTo(0.18232156, 6);
    // the same documents through a `unique` token filter: dl 4 and 5, avgdl 4.5
    const unique = bm25Scores(
      ['fox'],
      [
        ['brown', 'fox', 'playing', 'with'],
        ['brown', 'fox', 'playing', 'with', 'box'],
      ],
    );
    expect(unique[0]).toBeCloseTo(0.19100355, 6);
    expect(unique[1]).toBeCloseTo(0.17439456, 6);
  });

  it('matches Elasticsearch on the movie-quotes example, where the shorter field wins', () => {
    // Opster / sachinfrayne.com "Elasticsearch Explain API": match "the" → 2 hits, max_score 0.94581884
    const quotes = [
      'Never look back, darling. It distracts from the now',
      'Oh yes, the past can hurt. But, you can either run from it or learn from it',
      'To infinity and beyond',
      'You must not let anyone define your limits because of where you come from',
      'Ohana means family, family means nobody gets left behind. Or forgotten',
    ].map(analyze);
    const scores = bm25Scores(['the'], quotes);
    expect(scores[0]).toBeCloseTo(0.94581884, 6);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores[1]).toBeLessThan(scores[0] as number);
    expect(scores.slice(2)).toEqual([0, 0, 0]);
  });

  it('counts empty documents in N and avgdl, and scores 0 when every document is empty', () => {
    // N = 2, n = 1, avgdl = 1/2 (Lucene would use docCount 1, avgdl 1):
    // ln(1 + 1.5/1.5) · 2.2 / (1 + 1.2·(0.25 + 0.75·1/0.5))
    const [withA, empty] = bm25Scores(['a'], [['a'], []]);
    expect(withA).toBeCloseTo((Math.LN2 * 2.2) / (1 + 1.2 * 1.75), 15);
    expect(empty).toBe(0);
    expect(bm25Scores(['a'], [[], []])).toEqual([0, 0]);
    expect(bm25Scores(['a'], [])).toEqual([]);
    expect(bm25Scores([], [['a', 'b']])).toEqual([0]);
  });

  it('counts repeated query terms each time', () => {
    const docs = [
      ['a', 'b'],
      ['b', 'c', 'c'],
    ];
    const once = bm25Scores(['c'], docs);
    const twice = bm25Scores(['c', 'c'], docs);
    expect(twice[1]).toBeCloseTo(2 * (once[1] as number), 15);
  });

  it('ignores term frequency with k1 = 0 and document length with b = 0', () => {
    const docs = [['x', 'x', 'x', 'y'], ['x'], ['z']];
    const idfX = bm25Idf(2, 3);
    const binary = bm25Scores(['x'], docs, { k1: 0 });
    expect(binary[0]).toBeCloseTo(idfX, 15);
    expect(binary[1]).toBeCloseTo(idfX, 15);
    expect(binary[2]).toBe(0);
    const flat = bm25Scores(['x'], [['x', 'y', 'y', 'y'], ['x'], ['z']], { b: 0 });
    expect(flat[0]).toBe(flat[1]);
  });

  it('rejects bad arguments', () => {
    expect(() => bm25Scores(['a'], [['a']], { k1: -1 })).toThrow(
      new RangeError('options.k1 must be finite and >= 0, got -1'),
    );
    expect(() => bm25Scores(['a'], [['a']], { k1: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => bm25Scores(['a'], [['a']], { b: 1.5 })).toThrow(
      new RangeError('options.b must be in [0, 1], got 1.5'),
    );
    expect(() => bm25Scores(['a'], [['a']], { b: Number.NaN })).toThrow(RangeError);
    expect(() => bm25Scores(['a'], [['a']], null as unknown as object)).toThrow(TypeError);
    expect(() => bm25Scores(['a'], [['a']], { k1: '1' as unknown as number })).toThrow(TypeError);
    expect(() => bm25Scores('a' as unknown as string[], [['a']])).toThrow(TypeError);
    expect(() => bm25Scores(['a'], [['a', 1 as unknown as string]])).toThrow(
      new TypeError('documents[0][1] must be a string, got 1'),
    );
    expect(() => bm25Scores(['a'], ['a'] as unknown as string[][])).toThrow(TypeError);
  });

  const token: fc.Arbitrary<string> = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor');
  const corpus = fc.array(fc.array(token, { maxLength: 8 }), { maxLength: 6 });

  it('is non-negative, 0 without a match, and follows the documents when they are reordered (property)', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 4 }), corpus, (query, docs) => {
        const scores = bm25Scores(query, docs);
        expect(scores).toHaveLength(docs.length);
        scores.forEach((score, i) => {
          expect(score).toBeGreaterThanOrEqual(0);
          if (!(docs[i] as string[]).some((t) => query.includes(t))) expect(score).toBe(0);
        });
        const reversed = bm25Scores(query, [...docs].reverse());
        expect(reversed).toEqual([...scores].reverse());
      }),
    );
  });

  it('gives a positive idf even to a term in every document (property)', () => {
    // Lucene's idf = ln(1 + (N − n + 0.5)/(n + 0.5)); Elasticsearch explain: docFreq 1, docCount 5 → 1.3862944
    expect(bm25Idf(1, 5)).toBeCloseTo(1.3862944, 7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
        const [n, N] = a <= b ? [a, b] : [b, a];
        expect(bm25Idf(n, N)).toBeGreaterThan(0);
        if (n < N) expect(bm25Idf(n, N)).toBeGreaterThan(bm25Idf(n + 1, N));
      }),
    );
  });
});
