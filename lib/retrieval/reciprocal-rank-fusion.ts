import { checkNumber, checkObject } from '@/lib/utils/validate';
import { checkStringLists } from './validate';

/** Options of {@link reciprocalRankFusion}. */
export interface ReciprocalRankFusionOptions {
  /** the rank constant, finite and ≥ 0 (default 60) */
  readonly k?: number;
}

/** One fused result. */
export interface FusedResult {
  readonly id: string;
  readonly score: number;
}

/**
 * Reciprocal rank fusion: merges several rankings of ids (say, BM25 and a dense retriever) into
 * one, using only the ranks — so scores on different scales need no normalisation.
 *
 * Formula: score(d) = Σ over the rankings that contain d of 1/(k + rank(d)), rank counted from 1
 * (Cormack, Clarke & Büttcher 2009, "Reciprocal Rank Fusion outperforms Condorcet and individual
 * Rank Learning Methods", SIGIR, with k = 60; Elasticsearch's `rrf` retriever, whose
 * `rank_constant` is this k). An id repeated within one ranking counts at its first rank only,
 * and later positions keep their rank (in `['a', 'a', 'b']`, b has rank 3). Results are sorted by
 * score, highest first; ties keep the order in which the ids first appear, reading the rankings
 * one after another.
 *
 * @param rankings each an array of ids, best first.
 * @param options `{ k = 60 }`.
 * @throws {TypeError} when `rankings` is not an array of string arrays, `options` not an object
 *   or `k` not a number.
 * @throws {RangeError} when `k` is not finite and ≥ 0.
 * @example reciprocalRankFusion([['a', 'b'], ['b', 'c']], { k: 1 })
 * // [{ id: 'b', score: 0.8333333333333333 }, { id: 'a', score: 0.5 }, { id: 'c', score: 0.3333333333333333 }]
 */
export function reciprocalRankFusion(
  rankings: readonly (readonly string[])[],
  options: ReciprocalRankFusionOptions = {},
): FusedResult[] {
  const lists = checkStringLists('rankings', rankings);
  const { k = 60 } = checkObject('options', options);
  const constant = checkNumber('options.k', k, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  // A Map keeps insertion order: the order of first appearance, used to break ties.
  const scores = new Map<string, number>();
  for (const list of lists) {
    const seen = new Set<string>();
    list.forEach((id, index) => {
      if (seen.has(id)) return;
      seen.add(id);
      scores.set(id, (scores.get(id) ?? 0) + 1 / (constant + index + 1));
    });
  }
  // Array.prototype.sort is stable, so equal scores stay in order of first appearance.
  return [...scores].map(([id, score]) => ({ id, score })).sort((x, y) => y.score - x.score);
}
