import { checkObject, describeValue } from '@/lib/utils/validate';
import { checkCutoff, checkIdSet, checkStringList } from './validate';

/**
 * Recall at k: the share of the relevant ids that appear among the first k ranked ids.
 *
 * Formula: |relevant ∩ ranked[0..k)| / |relevant| (Manning, Raghavan & Schütze 2008,
 * "Introduction to Information Retrieval", §8.4; torchmetrics `retrieval_recall`). Ids are
 * compared as sets, so repeats in either list count once; k beyond the end of the ranking means
 * the whole ranking.
 *
 * @param ranked ids, best first.
 * @param relevant the relevant ids (an array or a Set), at least one.
 * @param k the cut-off, an integer ≥ 1.
 * @throws {TypeError} when `ranked` or `relevant` does not hold strings, or `k` is not a number.
 * @throws {RangeError} when there are no relevant ids (recall is undefined) or `k` is not an
 *   integer ≥ 1.
 * @example recallAtK(['d3', 'd2', 'd1'], ['d1', 'd3'], 2) // 0.5
 */
export function recallAtK(
  ranked: readonly string[],
  relevant: readonly string[] | ReadonlySet<string>,
  k: number,
): number {
  const list = checkStringList('ranked', ranked);
  const wanted = checkIdSet('relevant', relevant);
  const cutoff = checkCutoff('k', k);
  if (wanted.size === 0) throw new RangeError('relevant must hold at least one id (recall is undefined)');
  const found = new Set(list.slice(0, cutoff).filter((id) => wanted.has(id)));
  return found.size / wanted.size;
}

/**
 * Reciprocal rank: 1 over the rank of the first relevant id, the per-query term of the mean
 * reciprocal rank (MRR).
 *
 * Formula: 1/rank of the first relevant id, ranks from 1; 0 when no relevant id is ranked
 * (Voorhees 1999, TREC-8 question answering track; torchmetrics `retrieval_reciprocal_rank`).
 *
 * @param ranked ids, best first.
 * @param relevant the relevant ids (an array or a Set; may be empty).
 * @throws {TypeError} when `ranked` or `relevant` does not hold strings.
 * @example reciprocalRank(['catten', 'cati', 'cats'], ['cats']) // 0.3333333333333333
 */
export function reciprocalRank(
  ranked: readonly string[],
  relevant: readonly string[] | ReadonlySet<string>,
): number {
  const list = checkStringList('ranked', ranked);
  const wanted = checkIdSet('relevant', relevant);
  const index = list.findIndex((id) => wanted.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Returns the judged relevance grades, each finite and ≥ 0. */
function checkRelevance(value: unknown): ReadonlyMap<string, number> {
  const record = checkObject('relevance', value);
  const grades = new Map<string, number>();
  for (const [id, grade] of Object.entries(record)) {
    if (typeof grade !== 'number') {
      throw new TypeError(`relevance[${JSON.stringify(id)}] must be a number, got ${describeValue(grade)}`);
    }
    if (!Number.isFinite(grade) || grade < 0) {
      throw new RangeError(
        `relevance[${JSON.stringify(id)}] must be finite and >= 0, got ${describeValue(grade)}`,
      );
    }
    grades.set(id, grade);
  }
  return grades;
}

/** Σ gains[i]/log₂(i + 2) over the first k gains. */
function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  const end = Math.min(k, gains.length);
  for (let i = 0; i < end; i++) sum += (gains[i] as number) / Math.log2(i + 2);
  return sum;
}

/**
 * Normalised discounted cumulative gain at k: the gain of the ranking, discounted by position,
 * divided by that of the best possible ranking of the judged items.
 *
 * Formula: DCG@k = Σ_{i<k} rel(ranked[i])/log₂(i + 2) with linear gain (i the 0-based rank;
 * unjudged ids have rel 0, and an id repeated in the ranking gains only at its first rank);
 * IDCG@k = the same sum over all judged grades sorted in decreasing order — including judged
 * items the ranking missed; nDCG@k = DCG@k/IDCG@k, and 0 when IDCG@k = 0. Normalised DCG with
 * linear gain is Järvelin & Kekäläinen's (2002), but their own discount divides by log_b of the
 * 1-based rank only from rank b on (ranks below b count in full); the discount log₂(i + 2) from
 * the first rank is the form of Burges et al. 2005, used by scikit-learn `ndcg_score` and
 * torchmetrics `retrieval_normalized_dcg`. Burges et al.'s exponential gain 2^rel − 1 is not used.
 *
 * @param ranked ids, best first.
 * @param relevance graded judgements by id, each finite and ≥ 0.
 * @param k the cut-off, an integer ≥ 1.
 * @throws {TypeError} when `ranked` does not hold strings, `relevance` is not an object of numbers,
 *   or `k` is not a number.
 * @throws {RangeError} when a grade is negative or not finite, or `k` is not an integer ≥ 1.
 * @example ndcgAtK(['e', 'd', 'c', 'b', 'a'], { a: 10, b: 0, c: 0, d: 1, e: 5 }, 5) // 0.6956940443813076
 */
export function ndcgAtK(
  ranked: readonly string[],
  relevance: Readonly<Record<string, number>>,
  k: number,
): number {
  const list = checkStringList('ranked', ranked);
  const grades = checkRelevance(relevance);
  const cutoff = checkCutoff('k', k);
  const seen = new Set<string>();
  const gains = list.slice(0, cutoff).map((id) => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return grades.get(id) ?? 0;
  });
  const ideal = dcg(
    [...grades.values()].sort((x, y) => y - x),
    cutoff,
  );
  // DCG ≤ IDCG in exact arithmetic (rearrangement inequality); the clamp guards the last bit.
  return ideal === 0 ? 0 : Math.min(1, dcg(gains, cutoff) / ideal);
}
