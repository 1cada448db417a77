export { bm25Idf, bm25Scores, type Bm25Options } from './bm25';
export {
  reciprocalRankFusion,
  type FusedResult,
  type ReciprocalRankFusionOptions,
} from './reciprocal-rank-fusion';
export { cosineSimilarity } from './cosine-similarity';
export { ndcgAtK, recallAtK, reciprocalRank } from './ranking-metrics';
export { checkCutoff, checkIdSet, checkStringList, checkStringLists } from './validate';
export {
  CHUNK_UNITS,
  chunkText,
  chunkWindows,
  retrievalTerms,
  textUnits,
  type ChunkOptions,
  type ChunkUnit,
  type TextChunk,
  type UnitSpan,
} from './chunking';
export {
  fitTfidf,
  tfidfIdf,
  tfidfModelScores,
  tfidfQueryVector,
  tfidfScores,
  type TfidfModel,
  type TfidfOptions,
} from './tfidf';
export {
  chunkStorage,
  locateSpan,
  type ChunkStorage,
  type SpanPlacement,
  type TextSpan,
} from './chunk-spans';
