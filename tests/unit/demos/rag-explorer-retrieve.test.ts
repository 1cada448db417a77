/**
 * The retriever demo's pipeline on a corpus small enough to work out by hand (English, words):
 *   doc 0 "Alpha"  "apple banana"         → chunk 0: alpha apple banana
 *   doc 1 "Beta"   "banana cherry cherry" → chunk 1: beta banana cherry, chunk 2: beta cherry
 *   doc 2 "Gamma"  "date"                 → chunk 3: gamma date
 * (size 2, overlap 0; every chunk is indexed with its document's title).
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '@/components/demos/rag-explorer/corpus';
import {
  buildIndex,
  docIds,
  meanScores,
  rankChunks,
  scoreRanking,
} from '@/components/demos/rag-explorer/retrieve';

const doc = (id: string, title: string, text: string): CorpusDoc => ({
  id,
  title,
  text,
  source: 'Page',
  href: `/en/p/#${id}`,
});
const DOCS = [
  doc('p/a#x', 'Alpha', 'apple banana'),
  doc('p/a#y', 'Beta', 'banana cherry cherry'),
  doc('glossary#z', 'Gamma', 'date'),
];

describe('buildIndex', () => {
  const index = buildIndex(DOCS, { size: 2, overlap: 0, unit: 'word' });

  it('chunks every document and indexes each chunk with its title', () => {
    expect(index.chunks.map((c) => [c.doc, c.part, c.parts, c.text])).toEqual([
      [0, 0, 1, 'apple banana'],
      [1, 0, 2, 'banana cherry'],
      [1, 1, 2, 'cherry'],
      [2, 0, 1, 'date'],
    ]);
    expect(index.terms).toEqual([
      ['alpha', 'apple', 'banana'],
      ['beta', 'banana', 'cherry'],
      ['beta', 'cherry'],
      ['gamma', 'date'],
    ]);
  });

  it('lets lib reject an overlap that is not below the size', () => {
    expect(() => buildIndex(DOCS, { size: 2, overlap: 2, unit: 'word' })).toThrow(RangeError);
  });
});

describe('rankChunks', () => {
  const index = buildIndex(DOCS, { size: 2, overlap: 0, unit: 'word' });

  it('ranks the shorter chunk first under BM25 and TF-IDF, and fuses the two', () => {
    const r = rankChunks(index, ['cherry']);
    // BM25: N = 4, n = 2, idf = ln 2, avgdl = 10/4 = 2.5; chunk 2 (|d| = 2) beats chunk 1 (|d| = 3):
    // ln 2 · 2.2/(1 + 1.2·(0.25 + 0.75·2/2.5)) vs ln 2 · 2.2/(1 + 1.2·(0.25 + 0.75·3/2.5))
    expect(r.bm25.map((h) => h.chunk)).toEqual([2, 1]);
    expect(r.bm25[0]?.score).toBeCloseTo((Math.LN2 * 2.2) / 2.02, 12);
    expect(r.bm25[1]?.score).toBeCloseTo((Math.LN2 * 2.2) / 2.38, 12);
    // TF-IDF: beta, banana and cherry all have df 2, so equal idf: cos = 1/√2 and 1/√3
    expect(r.tfidf?.map((h) => h.chunk)).toEqual([2, 1]);
    expect(r.tfidf?.[0]?.score).toBeCloseTo(Math.SQRT1_2, 12);
    expect(r.tfidf?.[1]?.score).toBeCloseTo(1 / Math.sqrt(3), 12);
    // RRF, k = 60: ranks 1 and 2 in both lists
    expect(r.fused).toEqual([
      { chunk: 2, score: 2 / 61 },
      { chunk: 1, score: 2 / 62 },
    ]);
  });

  it('has no TF-IDF ranking for a query with no known term, and fuses BM25 alone', () => {
    expect(rankChunks(index, ['zzz'])).toEqual({ bm25: [], tfidf: null, fused: [] });
  });
});

describe('scoreRanking', () => {
  it('counts a section once however many of its chunks are ranked', () => {
    const index = buildIndex(DOCS, { size: 2, overlap: 0, unit: 'word' });
    const ids = docIds(index, rankChunks(index, ['cherry']).fused);
    expect(ids).toEqual(['p/a#y', 'p/a#y']);
    const s = scoreRanking(ids, { 'p/a#y': 2, 'glossary#z': 1 }, 2);
    // recall@2 = 1 of 2 relevant sections; RR = 1/1;
    // nDCG@2 = (2/log₂2 + 0)/(2/log₂2 + 1/log₂3) — the repeat gains nothing
    expect(s.recall).toBe(0.5);
    expect(s.rr).toBe(1);
    expect(s.ndcg).toBeCloseTo(2 / (2 + 1 / Math.log2(3)), 12);
  });

  it('averages scores over queries (MRR is the mean RR)', () => {
    expect(
      meanScores([
        { recall: 1, rr: 1, ndcg: 1 },
        { recall: 0, rr: 0.5, ndcg: 0.25 },
      ]),
    ).toEqual({ recall: 0.5, rr: 0.75, ndcg: 0.625 });
    expect(() => meanScores([])).toThrow(RangeError);
  });
});
