import { checkFlag, checkObject } from '@/lib/utils/validate';
import { cosineSimilarity } from './cosine-similarity';
import { checkStringList, checkStringLists } from './validate';

/** Options of {@link fitTfidf} and {@link tfidfScores} (scikit-learn's names and defaults). */
export interface TfidfOptions {
  /** idf = ln((1 + N)/(1 + df)) + 1 when true (default), ln(N/df) + 1 when false */
  readonly smoothIdf?: boolean;
  /** tf = 1 + ln(count) instead of the raw count (default false) */
  readonly sublinearTf?: boolean;
}

/** A fitted TF-IDF model: the vocabulary's idf and each document's TF-IDF vector. */
export interface TfidfModel {
  /** idf of every term that occurs in some document */
  readonly idf: ReadonlyMap<string, number>;
  /** per document, its terms' tf·idf weights (before normalisation; the cosine ignores length) */
  readonly vectors: readonly ReadonlyMap<string, number>[];
  readonly options: Required<TfidfOptions>;
}

/**
 * Inverse document frequency as scikit-learn's `TfidfTransformer` computes it.
 *
 * Formula: smoothIdf: ln((1 + N)/(1 + df)) + 1 — as if one extra document held every term once;
 * otherwise ln(N/df) + 1. The +1 keeps a term found in every document from vanishing
 * (scikit-learn user guide, "Tf–idf term weighting"; `TfidfTransformer.fit`). Textbooks write
 * ln(N/df) without it.
 *
 * @param df documents containing the term (≥ 1 for a term in the vocabulary).
 * @param N documents in the collection.
 * @example tfidfIdf(1, 6, true) // 2.252762968495368 (= ln(7/2) + 1; scikit-learn's idf_ 2.25276297)
 */
export function tfidfIdf(df: number, N: number, smoothIdf: boolean): number {
  return smoothIdf ? Math.log((1 + N) / (1 + df)) + 1 : Math.log(N / df) + 1;
}

function checkOptions(options: unknown): Required<TfidfOptions> {
  const { smoothIdf = true, sublinearTf = false } = checkObject('options', options);
  return {
    smoothIdf: checkFlag('options.smoothIdf', smoothIdf),
    sublinearTf: checkFlag('options.sublinearTf', sublinearTf),
  };
}

/** Term counts of one tokenized text. */
function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** tf·idf of each term of `counts` that has an idf; terms outside the vocabulary are dropped. */
function weigh(
  counts: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
  sublinearTf: boolean,
): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, count] of counts) {
    const weight = idf.get(term);
    if (weight === undefined) continue;
    vector.set(term, (sublinearTf ? 1 + Math.log(count) : count) * weight);
  }
  return vector;
}

/**
 * Fits TF-IDF on tokenized documents: the vocabulary's idf ({@link tfidfIdf}) and each
 * document's vector of tf·idf weights, tf the raw count (or 1 + ln count with sublinearTf).
 * scikit-learn's `TfidfVectorizer` defaults (`smooth_idf=True`, `sublinear_tf=False`,
 * `norm='l2'`); vectors are kept unnormalised here because {@link tfidfScores} compares them by
 * cosine, which ignores length.
 *
 * @throws {TypeError} when `documents` is not an array of string arrays or an option is not a
 *   boolean.
 * @example fitTfidf([['a', 'b'], ['a']]).idf.get('b') // 1.4054651081081644 (= ln(3/2) + 1)
 */
export function fitTfidf(documents: readonly (readonly string[])[], options: TfidfOptions = {}): TfidfModel {
  const docs = checkStringLists('documents', documents);
  const opts = checkOptions(options);
  const counts = docs.map(countTerms);
  const df = new Map<string, number>();
  for (const doc of counts) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, tfidfIdf(n, docs.length, opts.smoothIdf));
  return { idf, vectors: counts.map((c) => weigh(c, idf, opts.sublinearTf)), options: opts };
}

/**
 * The TF-IDF vector of a query under a fitted model: tf·idf of each query term the vocabulary
 * knows; unknown terms are dropped (scikit-learn's `transform` ignores them too).
 *
 * @throws {TypeError} when `queryTerms` is not an array of strings.
 * @example tfidfQueryVector(['b', 'z'], fitTfidf([['a', 'b'], ['a']])) // Map { 'b' => 1.4054651081081644 }
 */
export function tfidfQueryVector(queryTerms: readonly string[], model: TfidfModel): Map<string, number> {
  return weigh(countTerms(checkStringList('queryTerms', queryTerms)), model.idf, model.options.sublinearTf);
}

/**
 * Cosine similarity between a query and every document of a fitted model, as
 * {@link cosineSimilarity} computes it, over the terms of the two vectors (every other
 * coordinate is 0 in both, so leaving them out changes neither the dot product nor the norms).
 * A document that shares no term with the query scores 0; so does an empty document (its vector
 * is zero: scikit-learn's `cosine_similarity` also gives 0 there).
 *
 * @throws {TypeError} when `queryTerms` is not an array of strings.
 * @throws {RangeError} when no query term occurs in the documents: the query's vector is zero
 *   and its cosine undefined.
 * @example tfidfModelScores(['b'], fitTfidf([['a', 'b'], ['a']])) // [0.8148024746671689, 0]
 */
export function tfidfModelScores(queryTerms: readonly string[], model: TfidfModel): number[] {
  const query = tfidfQueryVector(queryTerms, model);
  if (query.size === 0) {
    throw new RangeError(
      'queryTerms share no term with the documents: the query vector is zero, so its cosine is undefined',
    );
  }
  return model.vectors.map((doc) => {
    let shared = false;
    for (const term of query.keys()) if (doc.has(term)) shared = true;
    if (!shared) return 0;
    const terms = [...new Set([...query.keys(), ...doc.keys()])];
    return cosineSimilarity(
      terms.map((t) => query.get(t) ?? 0),
      terms.map((t) => doc.get(t) ?? 0),
    );
  });
}

/**
 * TF-IDF "vector" retrieval: fits {@link fitTfidf} on the documents and scores each by the
 * cosine of its TF-IDF vector with the query's ({@link tfidfModelScores}). A sparse, lexical
 * method — no neural embedding: only shared terms count.
 *
 * @throws {TypeError} when `queryTerms` or `documents` has the wrong type, or an option is not a
 *   boolean.
 * @throws {RangeError} when no query term occurs in the documents.
 * @example tfidfScores(['b'], [['a', 'b'], ['a']]) // [0.8148024746671689, 0]
 */
export function tfidfScores(
  queryTerms: readonly string[],
  documents: readonly (readonly string[])[],
  options: TfidfOptions = {},
): number[] {
  return tfidfModelScores(queryTerms, fitTfidf(documents, options));
}
