import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';

/**
 * The sizes {@link selfConsistencyAccuracy} accepts: 2 to 8 distinct answers, at most 99 samples
 * (CONTRACT.md; Wang et al. 2023 sample up to 40 paths).
 *
 * @throws never (a frozen constant).
 * @example SELF_CONSISTENCY_LIMITS.maxSamples // 99
 */
export const SELF_CONSISTENCY_LIMITS = Object.freeze({ minAnswers: 2, maxAnswers: 8, maxSamples: 99 });

/** Checks the answer distribution and returns it divided by its sum (which is within 1e-9 of 1). */
function checkAnswerProbs(answerProbs: unknown): number[] {
  const ps = checkNumberArray('answerProbs', answerProbs);
  const { minAnswers, maxAnswers } = SELF_CONSISTENCY_LIMITS;
  if (ps.length < minAnswers || ps.length > maxAnswers) {
    throw new RangeError(
      `answerProbs must hold ${minAnswers} to ${maxAnswers} probabilities, got ${describeValue(answerProbs)}`,
    );
  }
  ps.forEach((p, i) => {
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`answerProbs[${i}] must be in [0, 1], got ${describeValue(p)}`);
  });
  const sum = ps.reduce((s, p) => s + p, 0);
  if (Math.abs(sum - 1) > 1e-9) {
    throw new RangeError(`answerProbs must sum to 1 (within 1e-9), got a sum of ${sum}`);
  }
  return ps.map((p) => p / sum);
}

/** Rows 0..n of Pascal's triangle as doubles (C(99, 49) ≈ 5.04e28 is far from overflow). */
function binomialTable(n: number): number[][] {
  const rows: number[][] = [[1]];
  for (let r = 1; r <= n; r++) {
    const prev = rows[r - 1] ?? [];
    rows.push(
      Array.from({ length: r + 1 }, (_, c) => (c === 0 || c === r ? 1 : (prev[c - 1] ?? 0) + (prev[c] ?? 0))),
    );
  }
  return rows;
}

/**
 * The accuracy of self-consistency: the probability that a majority vote over n independent
 * sampled answers returns the correct answer (index 0).
 *
 * Formula: with counts (c₀, …, c_{m−1}) ~ Multinomial(n, p), the vote is correct with probability
 * Σ over count vectors with c₀ = max_j c_j of P(c) / #{j : c_j = c₀} — ties among the most-voted
 * answers are broken uniformly at random (Wang et al. 2023, "Self-Consistency Improves Chain of
 * Thought Reasoning in Language Models", https://arxiv.org/abs/2203.11171, take the most frequent
 * answer; the tie rule is ours). Computed exactly (no sampling) by conditioning on a = c₀ ≥ 1:
 * P(c₀ = a) = C(n, a) p₀^a S₁^(n−a), Sⱼ = pⱼ + … + p_{m−1}; the other answers then split the
 * remaining n − a votes by a chain of binomials, answer j taking cⱼ ~ Bin(remaining, pⱼ/Sⱼ)
 * (the last takes the rest). A dynamic programme over (votes remaining, answers tied with a)
 * keeps only splits with every cⱼ ≤ a and sums P(split) / (1 + ties). Every intermediate is a
 * probability, so nothing overflows; the cost is O(m·n³) in the worst case, a few million steps
 * at m = 8, n = 99. With two answers and n even, the tie rule makes the accuracy equal that of
 * n − 1 samples (Condorcet's jury theorem setting).
 *
 * @param answerProbs the probability of each distinct final answer, correct answer first; 2 to 8
 *   numbers in [0, 1] summing to 1 within 1e-9 (divided by their sum before use).
 * @param n the number of sampled reasoning paths, an integer in [1, 99].
 * @throws {TypeError} when answerProbs is not an array of numbers or n is not a number.
 * @throws {RangeError} when answerProbs has fewer than 2 or more than 8 entries, an entry outside
 *   [0, 1], a sum off 1 by more than 1e-9, or n is not an integer in [1, 99].
 * @example selfConsistencyAccuracy([0.6, 0.4], 3) // 0.648 (0.6³ + 3·0.6²·0.4)
 * @example selfConsistencyAccuracy([0.5, 0.3, 0.2], 3) // 0.56 (0.125 + 0.225 + 0.15 + 0.18/3)
 */
export function selfConsistencyAccuracy(answerProbs: readonly number[], n: number): number {
  const p = checkAnswerProbs(answerProbs);
  const { maxSamples } = SELF_CONSISTENCY_LIMITS;
  const votes = checkNumber(
    'n',
    n,
    (x) => Number.isInteger(x) && x >= 1 && x <= maxSamples,
    `an integer in [1, ${maxSamples}]`,
  );
  const m = p.length;
  // suffix[j] = p_j + … + p_{m−1}, so the chain of binomials never divides by a rounded 1 − p₀.
  const suffix = new Array<number>(m + 1).fill(0);
  for (let j = m - 1; j >= 0; j--) suffix[j] = (suffix[j + 1] ?? 0) + (p[j] ?? 0);
  // For each answer j: q = pⱼ/Sⱼ and 1 − q = Sⱼ₊₁/Sⱼ, as power tables 0..n (j = 0 gives
  // P(c₀ = a); the last answer's table is unused, it takes the rest). When Sⱼ = 0 no vote can
  // remain for answers j…, so any q works; q = 1 keeps the table finite.
  const powers = Array.from({ length: m }, (_, j) => {
    const s = suffix[j] ?? 0;
    const q = s > 0 ? (p[j] ?? 0) / s : 1;
    const notQ = s > 0 ? (suffix[j + 1] ?? 0) / s : 0;
    return {
      q: Array.from({ length: votes + 1 }, (_, c) => q ** c),
      notQ: Array.from({ length: votes + 1 }, (_, c) => notQ ** c),
    };
  });
  const binom = binomialTable(votes);
  const p0 = powers[0];
  let total = 0;
  for (let a = 1; a <= votes; a++) {
    const rest = votes - a;
    // P(c₀ = a) = C(n, a)·p₀^a·S₁^(n−a); powers[0] holds q = p₀ and 1 − q = S₁ (S₀ = 1).
    const pA = (binom[votes]?.[a] ?? 0) * (p0?.q[a] ?? 0) * (p0?.notQ[rest] ?? 0);
    if (pA === 0) continue;
    const maxTies = Math.floor(rest / a);
    const width = maxTies + 1;
    // dp[r·width + t]: probability that r votes remain for the answers not yet placed and t of
    // the placed ones tie with answer 0 at a votes, every placed one having at most a.
    let dp = new Float64Array((rest + 1) * width);
    dp[rest * width] = 1;
    for (let j = 1; j < m - 1; j++) {
      const pw = powers[j];
      const next = new Float64Array(dp.length);
      for (let r = 0; r <= rest; r++) {
        const row = binom[r] ?? [];
        for (let t = 0; t < width; t++) {
          const mass = dp[r * width + t] ?? 0;
          if (mass === 0) continue;
          for (let c = 0; c <= Math.min(a, r); c++) {
            const pc = (row[c] ?? 0) * (pw?.q[c] ?? 0) * (pw?.notQ[r - c] ?? 0);
            const idx = (r - c) * width + (c === a ? t + 1 : t);
            next[idx] = (next[idx] ?? 0) + mass * pc;
          }
        }
      }
      dp = next;
    }
    // The last answer takes every remaining vote; the split counts only if that is at most a.
    let won = 0;
    for (let r = 0; r <= Math.min(a, rest); r++) {
      for (let t = 0; t < width; t++) {
        const mass = dp[r * width + t] ?? 0;
        if (mass !== 0) won += mass / (1 + t + (r === a ? 1 : 0));
      }
    }
    total += pA * won;
  }
  return Math.min(1, Math.max(0, total));
}
