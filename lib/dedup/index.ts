/**
 * Near-duplicate detection for pretraining data: shingles, Jaccard similarity, MinHash
 * signatures and LSH banding (Mining of Massive Datasets, chapter 3).
 */
export { jaccard } from './jaccard';
export { lshCandidateProbability, lshIsCandidate, lshThreshold } from './lsh';
export { MAX_HASHES, minhashJaccard, minhashSignature } from './minhash';
export { SHINGLE_UNITS, shingles, type ShingleUnit } from './shingles';
