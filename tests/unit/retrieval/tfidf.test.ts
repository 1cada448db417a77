import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity, fitTfidf, tfidfIdf, tfidfModelScores, tfidfScores } from '@/lib/retrieval';

/**
 * The count matrix of the scikit-learn user guide, "Tf–idf term weighting"
 * (doc/modules/feature_extraction.rst): six documents over three terms, counts
 * [[3, 0, 1], [2, 0, 0], [3, 0, 0], [4, 0, 0], [3, 2, 0], [3, 0, 2]], here with terms a, b, c.
 */
const COUNTS = [
  [3, 0, 1],
  [2, 0, 0],
  [3, 0, 0],
  [4, 0, 0],
  [3, 2, 0],
  [3, 0, 2],
];
const TERMS = ['a', 'b', 'c'];
const DOCS = COUNTS.map((row) => row.flatMap((n, j) => Array<string>(n).fill(TERMS[j] as string)));

/** A document's TF-IDF vector over a, b, c, L2-normalised as TfidfTransformer's norm='l2' does. */
function normalisedRow(vector: ReadonlyMap<string, number>): number[] {
  const dense = TERMS.map((t) => vector.get(t) ?? 0);
  const norm = Math.hypot(...dense);
  return dense.map((x) => x / norm);
}

describe('tfidfIdf', () => {
  it('adds one document that holds every term with smoothIdf, as scikit-learn does', () => {
    // TfidfTransformer().fit(counts).idf_ → [1., 2.25..., 1.84...]: ln(7/7)+1, ln(7/2)+1, ln(7/3)+1
    expect(tfidfIdf(6, 6, true)).toBe(1);
    expect(tfidfIdf(1, 6, true)).toBeCloseTo(2.25276297, 8);
    expect(tfidfIdf(2, 6, true)).toBeCloseTo(1.84729786, 8);
    // smooth_idf=False: ln(6/1)+1, ln(6/2)+1
    expect(tfidfIdf(1, 6, false)).toBeCloseTo(2.79175947, 8);
    expect(tfidfIdf(2, 6, false)).toBeCloseTo(2.09861229, 8);
  });
});

describe('fitTfidf', () => {
  it('reproduces the scikit-learn user guide’s tf-idf rows (smooth_idf=True)', () => {
    const model = fitTfidf(DOCS);
    expect(model.idf.get('b')).toBeCloseTo(2.25276297, 8);
    const rows = model.vectors.map(normalisedRow);
    const expected = [
      [0.85151335, 0, 0.52433293],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
      [0.55422893, 0.83236428, 0],
      [0.63035731, 0, 0.77630514],
    ];
    rows.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i]![j]!, 8)));
  });

  it('reproduces the rows with smooth_idf=False', () => {
    const rows = fitTfidf(DOCS, { smoothIdf: false }).vectors.map(normalisedRow);
    // user guide: [0.81940995, 0, 0.57320793], [0.47330339, 0.88089948, 0], [0.58149261, 0, 0.81355169]
    expect(rows[0]![0]).toBeCloseTo(0.81940995, 8);
    expect(rows[0]![2]).toBeCloseTo(0.57320793, 8);
    expect(rows[4]![1]).toBeCloseTo(0.88089948, 8);
    expect(rows[5]![2]).toBeCloseTo(0.81355169, 8);
  });

  it('rejects options that are not booleans and documents that are not string lists', () => {
    expect(() => fitTfidf(DOCS, { smoothIdf: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => fitTfidf([['a', 3 as unknown as string]])).toThrow(TypeError);
  });
});

describe('tfidfScores', () => {
  it('scores by the cosine of the TF-IDF vectors', () => {
    // The query has document 1's counts, so its vector is row 1, and each cosine is row 1 · row i
    // of scikit-learn's normalised rows (0.85151335·0.55422893 = 0.47193333;
    // 0.85151335·0.63035731 + 0.52433293·0.77630514 = 0.94380001).
    const scores = tfidfScores(['a', 'a', 'a', 'c'], DOCS);
    const expected = [1, 0.85151335, 0.85151335, 0.85151335, 0.47193333, 0.94380001];
    scores.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 7));
  });

  it('works out by hand on two documents', () => {
    // N = 2: idf(a) = ln(3/3) + 1 = 1, idf(b) = ln(3/2) + 1 = 1.4054651; document 1 = (1, 1.4054651),
    // query = (0, 1.4054651): cos = 1.4054651/√(1 + 1.4054651²) = 0.8148025
    expect(tfidfScores(['b'], [['a', 'b'], ['a']])).toEqual([expect.closeTo(0.8148025, 7), 0]);
  });

  it('uses 1 + ln(count) with sublinearTf', () => {
    // a and b share one idf; tf(a) = 1 + ln 2 = 1.6931472, tf(b) = 1: cos = 1.6931472/√(1.6931472² + 1)
    // = 0.8610370; with raw counts 2/√5 = 0.8944272
    const docs = [['a', 'a', 'b'], ['c']];
    expect(tfidfScores(['a'], docs, { sublinearTf: true })[0]).toBeCloseTo(0.861037, 6);
    expect(tfidfScores(['a'], docs)[0]).toBeCloseTo(0.8944272, 7);
  });

  it('drops query terms outside the vocabulary and scores an empty document 0', () => {
    expect(tfidfScores(['a', 'zzz'], [['a'], []])).toEqual([1, 0]);
  });

  it('rejects a query with no known term: its vector is zero and the cosine undefined', () => {
    expect(() => tfidfScores(['zzz'], DOCS)).toThrow(RangeError);
    expect(() => tfidfScores([], DOCS)).toThrow(/query vector is zero/);
    expect(() => tfidfScores('a' as unknown as string[], DOCS)).toThrow(TypeError);
  });

  it('equals cosineSimilarity over the whole vocabulary', () => {
    const token = fc.constantFrom('a', 'b', 'c', 'd', 'constructor');
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.array(token, { minLength: 1, maxLength: 4 }),
        (docs, query) => {
          const model = fitTfidf(docs);
          const vocabulary = [...model.idf.keys()];
          if (!query.some((t) => model.idf.has(t))) return;
          const q = vocabulary.map((t) => query.filter((x) => x === t).length * (model.idf.get(t) ?? 0));
          tfidfModelScores(query, model).forEach((score, i) => {
            const d = vocabulary.map((t) => model.vectors[i]!.get(t) ?? 0);
            const expected = d.every((x) => x === 0) ? 0 : cosineSimilarity(q, d);
            expect(score).toBeCloseTo(expected, 12);
          });
        },
      ),
    );
  });
});
