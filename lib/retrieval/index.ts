export { bm25Idf, bm25Scores, type Bm25Options } from './bm25';
export {
  reciprocalRankFusion,
  type FusedResult,
  type ReciprocalRankFusionOptions,
} from './reciprocal-rank-fusion';
export { cosineSimilarity } from './cosine-similarity';
export { ndcgAtK, recallAtK, reciprocalRank } from './ranking-metrics';
export { checkCutoff, checkIdSet, checkStringList, checkStringLists } from './validate';
