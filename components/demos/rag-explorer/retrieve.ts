/**
 * The retriever demo's pipeline, glue around lib/retrieval with no formula of its own: chunk
 * every document, index each chunk's terms, rank chunks by BM25 and by TF-IDF cosine, fuse the
 * two rankings by reciprocal rank fusion, and score rankings against graded judgements. Pure;
 * tested in tests/unit/demos/rag-explorer-retrieve.test.ts.
 */
import { bm25Scores } from '@/lib/retrieval/bm25';
import { chunkText, retrievalTerms, type ChunkUnit } from '@/lib/retrieval/chunking';
import { ndcgAtK, recallAtK, reciprocalRank } from '@/lib/retrieval/ranking-metrics';
import { reciprocalRankFusion } from '@/lib/retrieval/reciprocal-rank-fusion';
import { fitTfidf, tfidfModelScores, type TfidfModel } from '@/lib/retrieval/tfidf';
import type { CorpusDoc } from './corpus';

/** One chunk: the document it comes from, its place there and its text. */
export interface Chunk {
  readonly doc: number;
  /** 0-based position of the chunk inside its document */
  readonly part: number;
  /** how many chunks its document has */
  readonly parts: number;
  readonly text: string;
}

/** The chunked, indexed corpus. */
export interface ChunkIndex {
  readonly docs: readonly CorpusDoc[];
  readonly chunks: readonly Chunk[];
  /** each chunk's terms: its section title's and its text's (lib `retrievalTerms`) */
  readonly terms: readonly (readonly string[])[];
  readonly tfidf: TfidfModel;
}

/**
 * Chunks every document with lib's `chunkText` and indexes each chunk with the terms of its
 * document's title and of its own text, so every chunk of a section can be found by the
 * section's heading.
 *
 * @throws {RangeError} from lib when size or overlap is invalid (overlap ≥ size, say).
 */
export function buildIndex(
  docs: readonly CorpusDoc[],
  options: { size: number; overlap: number; unit: ChunkUnit },
): ChunkIndex {
  const chunks: Chunk[] = [];
  const terms: string[][] = [];
  docs.forEach((doc, i) => {
    const pieces = chunkText(doc.text, options);
    const heading = retrievalTerms(doc.title);
    pieces.forEach((piece, part) => {
      chunks.push({ doc: i, part, parts: pieces.length, text: piece.text });
      terms.push([...heading, ...retrievalTerms(piece.text)]);
    });
  });
  return { docs, chunks, terms, tfidf: fitTfidf(terms) };
}

/** A ranked chunk: its index in `chunks` and the score that ranked it. */
export interface Hit {
  readonly chunk: number;
  readonly score: number;
}

/** The three rankings of one query; `tfidf` is null when no query term is in the corpus. */
export interface Rankings {
  readonly bm25: readonly Hit[];
  readonly tfidf: readonly Hit[] | null;
  readonly fused: readonly Hit[];
}

/** Chunks with a positive score, best first; equal scores keep corpus order. */
function ranked(scores: readonly number[]): Hit[] {
  return scores
    .map((score, chunk) => ({ chunk, score }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.chunk - b.chunk);
}

/**
 * BM25 (lib `bm25Scores`, k1 = 1.2, b = 0.75) and TF-IDF cosine (lib `tfidfModelScores`) over
 * every chunk, each keeping the chunks with a positive score, and their reciprocal rank fusion
 * (lib `reciprocalRankFusion`, k = 60). A query with no term in the corpus has no TF-IDF
 * ranking (its vector is zero; lib throws a RangeError) and fuses BM25 alone.
 */
export function rankChunks(index: ChunkIndex, queryTerms: readonly string[]): Rankings {
  const bm25 = ranked(bm25Scores(queryTerms, index.terms));
  let tfidf: Hit[] | null;
  try {
    tfidf = ranked(tfidfModelScores(queryTerms, index.tfidf));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    tfidf = null;
  }
  const lists = [bm25, ...(tfidf ? [tfidf] : [])].map((list) => list.map((h) => String(h.chunk)));
  const fused = reciprocalRankFusion(lists).map((r) => ({ chunk: Number(r.id), score: r.score }));
  return { bm25, tfidf, fused };
}

/** The document ids of ranked chunks, in rank order (a document with two chunks appears twice). */
export function docIds(index: ChunkIndex, hits: readonly Hit[]): string[] {
  return hits.map((h) => (index.docs[(index.chunks[h.chunk] as Chunk).doc] as CorpusDoc).id);
}

/** recall@k, reciprocal rank and nDCG@k of one ranking. */
export interface Scores {
  readonly recall: number;
  readonly rr: number;
  readonly ndcg: number;
}

/**
 * Scores a chunk ranking against graded judgements, each chunk standing for its section: lib's
 * `recallAtK` (share of the relevant sections among the sections of the top k chunks),
 * `reciprocalRank` (1 / rank of the first chunk of a relevant section) and `ndcgAtK` (a second
 * chunk of the same section gains nothing).
 */
export function scoreRanking(
  ids: readonly string[],
  relevance: Readonly<Record<string, number>>,
  k: number,
): Scores {
  const relevant = Object.keys(relevance).filter((id) => (relevance[id] ?? 0) > 0);
  return {
    recall: recallAtK(ids, relevant, k),
    rr: reciprocalRank(ids, relevant),
    ndcg: ndcgAtK(ids, relevance, k),
  };
}

/** The arithmetic mean of each score over several queries (MRR is the mean reciprocal rank). */
export function meanScores(list: readonly Scores[]): Scores {
  if (list.length === 0) throw new RangeError('meanScores needs at least one query');
  const mean = (pick: (s: Scores) => number) => list.reduce((sum, s) => sum + pick(s), 0) / list.length;
  return { recall: mean((s) => s.recall), rr: mean((s) => s.rr), ndcg: mean((s) => s.ndcg) };
}
