import { describeValue } from '@/lib/utils/validate';

function checkSequence(name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${describeValue(value)}`);
  return value;
}

/**
 * The dynamic-programming table of longest-common-subsequence lengths between two sequences.
 *
 * Formula: t[0][·] = t[·][0] = 0; t[i][j] = t[i−1][j−1] + 1 if a[i−1] = b[j−1], else
 * max(t[i−1][j], t[i][j−1]); the LCS length is t[|a|][|b|]. Items compare with `===`. rouge-score
 * `rouge_scorer._lcs_table`
 * (https://github.com/google-research/google-research/blob/master/rouge/rouge_scorer.py).
 *
 * @param a first sequence (rouge-score's `ref`, the target); not mutated.
 * @param b second sequence (`can`, the prediction); not mutated.
 * @throws {TypeError} when `a` or `b` is not an array.
 * @example lcsTable([1, 2, 3, 4, 5], [2, 5, 3, 4]).at(-1)?.at(-1) // 3 (rouge-score testLcsTable)
 */
export function lcsTable<T>(a: readonly T[], b: readonly T[]): number[][] {
  checkSequence('a', a);
  checkSequence('b', b);
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1) {
    const row = table[i] as number[];
    const prev = table[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] =
        a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, row[j - 1] as number);
    }
  }
  return table;
}

/** Positions of one longest common subsequence in each of the two sequences. */
export interface LcsIndices {
  /** Indices into the first sequence (target), ascending. */
  readonly target: readonly number[];
  /** Indices into the second sequence (prediction), ascending, paired with `target`. */
  readonly prediction: readonly number[];
}

/**
 * One longest common subsequence of two sequences, as index pairs, so a demo can highlight it.
 *
 * Formula: walk back from t[|a|][|b|] of `lcsTable(a, b)`: on equal items take the pair and step
 * diagonally; otherwise step left (j − 1) if t[i][j−1] > t[i−1][j], else up (i − 1). This is
 * rouge-score's `_backtrack_norec`, which returns the `target` indices; the matching `prediction`
 * indices are recorded on the same walk
 * (https://github.com/google-research/google-research/blob/master/rouge/rouge_scorer.py).
 *
 * @param target first sequence; not mutated.
 * @param prediction second sequence; not mutated.
 * @throws {TypeError} when either is not an array.
 * @example lcsIndices([1, 2, 3, 4, 5], [2, 5, 3, 4]) // { target: [1, 2, 3], prediction: [0, 2, 3] }
 */
export function lcsIndices<T>(target: readonly T[], prediction: readonly T[]): LcsIndices {
  const table = lcsTable(target, prediction);
  const at = (i: number, j: number) => table[i]?.[j] ?? 0;
  const t: number[] = [];
  const p: number[] = [];
  let i = target.length;
  let j = prediction.length;
  while (i > 0 && j > 0) {
    if (target[i - 1] === prediction[j - 1]) {
      t.push(i - 1);
      p.push(j - 1);
      i -= 1;
      j -= 1;
    } else if (at(i, j - 1) > at(i - 1, j)) {
      j -= 1;
    } else {
      i -= 1;
    }
  }
  return { target: t.reverse(), prediction: p.reverse() };
}
