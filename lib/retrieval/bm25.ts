import { checkNumber, checkObject } from '@/lib/utils/validate';
import { checkStringList, checkStringLists } from './validate';

/** Options of {@link bm25Scores}. */
export interface Bm25Options {
  /** term-frequency saturation, finite and ≥ 0 (default 1.2; 0 ignores term frequency) */
  readonly k1?: number;
  /** length normalisation, in [0, 1] (default 0.75; 0 ignores document length) */
  readonly b?: number;
}

/**
 * Lucene's BM25 inverse document frequency, never negative.
 *
 * Formula: idf = ln(1 + (N − n + 0.5)/(n + 0.5)) for a term in n of N documents (Lucene
 * `BM25Similarity.idf`). The Robertson–Spärck Jones form ln((N − n + 0.5)/(n + 0.5)) (Robertson &
 * Zaragoza 2009, eq. 3.3; `rank_bm25`'s `BM25Okapi`) turns negative for terms in more than half of
 * the documents; adding 1 inside the log keeps it positive and keeps the order of rare terms.
 *
 * @param n documents that contain the term, an integer in [0, N].
 * @param N documents in the collection, an integer ≥ 0.
 * @example bm25Idf(2, 5) // 0.8754687373538999 (= ln 2.4)
 */
export function bm25Idf(n: number, N: number): number {
  return Math.log(1 + (N - n + 0.5) / (n + 0.5));
}

/**
 * BM25 scores of every document for a query: how well each document's terms match the query's,
 * rewarding rare terms and repeated matches with diminishing returns, and discounting long
 * documents.
 *
 * Formula: score(d) = Σ over query terms t (repeats count) of
 * idf(t) · tf·(k1 + 1) / (tf + k1·(1 − b + b·|d|/avgdl)), tf = occurrences of t in d, |d| = tokens
 * in d, avgdl = mean |d| over all documents (empty ones included), idf = ln(1 + (N − n + 0.5)/(n +
 * 0.5)) ({@link bm25Idf}). Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework: BM25
 * and Beyond" (eq. 3.15 with Lucene's non-negative idf). Lucene ≥ 8 drops the constant factor
 * (k1 + 1) — the same ranking; Elasticsearch's explain output shows it as `boost 2.2`. Unlike
 * Lucene, document lengths are exact (Lucene stores them lossily, exact only for short fields) and
 * N and avgdl count empty documents (Lucene's docCount counts only documents with the field).
 * When every document is empty, every score is 0.
 *
 * @param queryTerms the tokenized query.
 * @param documents the tokenized documents.
 * @param options `{ k1 = 1.2, b = 0.75 }`.
 * @throws {TypeError} when `queryTerms` is not an array of strings, `documents` not an array of
 *   string arrays, `options` not an object, or `k1`/`b` not a number.
 * @throws {RangeError} when `k1` is not finite and ≥ 0, or `b` is not in [0, 1].
 * @example bm25Scores(['fox'], [['brown', 'fox', 'playing', 'with', 'fox'], ['brown', 'fox', 'playing', 'with', 'box']])
 * // [0.2506921405916876, 0.1823215567939546] (Elasticsearch: 0.25069216, 0.18232156)
 */
export function bm25Scores(
  queryTerms: readonly string[],
  documents: readonly (readonly string[])[],
  options: Bm25Options = {},
): number[] {
  const query = checkStringList('queryTerms', queryTerms);
  const docs = checkStringLists('documents', documents);
  const { k1 = 1.2, b = 0.75 } = checkObject('options', options);
  const saturation = checkNumber('options.k1', k1, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const lengthWeight = checkNumber('options.b', b, (x) => x >= 0 && x <= 1, 'in [0, 1]');

  const totalLength = docs.reduce((sum, doc) => sum + doc.length, 0);
  if (totalLength === 0) return docs.map(() => 0);
  const avgdl = totalLength / docs.length;

  const wanted = new Set(query);
  const termCounts = docs.map((doc) => {
    const counts = new Map<string, number>();
    for (const token of doc) if (wanted.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const idf = new Map<string, number>();
  for (const term of wanted) {
    const n = termCounts.reduce((count, counts) => count + (counts.has(term) ? 1 : 0), 0);
    idf.set(term, bm25Idf(n, docs.length));
  }

  return docs.map((doc, i) => {
    const counts = termCounts[i] as Map<string, number>;
    const norm = saturation * (1 - lengthWeight + (lengthWeight * doc.length) / avgdl);
    let score = 0;
    for (const term of query) {
      const tf = counts.get(term) ?? 0;
      // tf = 0 adds nothing (and with k1 = 0 would be 0/0).
      if (tf > 0) score += ((idf.get(term) as number) * tf * (saturation + 1)) / (tf + norm);
    }
    return score;
  });
}
