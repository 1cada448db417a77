import { normalizeAnswer, squadExactMatch, squadF1Details, type SquadF1Details } from './squad';
import { checkString, checkStringArray } from './text-validate';

/** The gold answer behind a SQuAD score, with the tokens the two answers share marked. */
export interface SquadBestGold {
  /** Index in `goldAnswers` of the answer that gives the best F1, or null when none counts. */
  readonly goldIndex: number | null;
  readonly exact: 0 | 1;
  readonly details: SquadF1Details;
  /** Per prediction token: is it one of the `numSame` shared tokens. */
  readonly predictionCommon: readonly boolean[];
  /** Per gold token: is it one of the `numSame` shared tokens. */
  readonly goldCommon: readonly boolean[];
}

/** Marks, in order, the tokens of `tokens` that the multiset `other` can pair up. */
function markShared(tokens: readonly string[], other: readonly string[]): boolean[] {
  const left = new Map<string, number>();
  for (const t of other) left.set(t, (left.get(t) ?? 0) + 1);
  return tokens.map((t) => {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n > 0;
  });
}

/**
 * The gold answer that sets a prediction's SQuAD F1, for a demo to show: its index, the
 * normalised tokens of both answers and which of them are shared.
 *
 * Formula: keep the gold answers whose normalisation is non-empty (none left → compare with '',
 * goldIndex null), as `squadScore` does; take the first with the largest F1, and on a tie in F1
 * the first with exact match 1. Shared tokens are the multiset intersection: the first min(count
 * in prediction, count in gold) occurrences of each token on either side, so exactly `numSame`
 * are marked on each side (`compute_f1` in SQuAD's `evaluate-v2.0.py`,
 * https://rajpurkar.github.io/SQuAD-explorer/). Its `details.f1` and `exact` are `squadScore`'s.
 *
 * @param prediction the model's answer.
 * @param goldAnswers the gold answers; may be empty.
 * @throws {TypeError} when `prediction` is not a string or `goldAnswers` not an array of strings.
 * @example squadBestGold('the Broncos', ['Denver', 'Denver Broncos']).goldIndex // 1 (F1 2/3 beats 0)
 * @example squadBestGold('the the cat', ['a cat']).predictionCommon // [true] (tokens: ['cat'])
 */
export function squadBestGold(prediction: string, goldAnswers: readonly string[]): SquadBestGold {
  checkString('prediction', prediction);
  const answers = checkStringArray('goldAnswers', goldAnswers);
  const candidates = answers
    .map((answer, index) => ({ answer, index }))
    .filter(({ answer }) => normalizeAnswer(answer) !== '');
  const pool: { answer: string; index: number | null }[] =
    candidates.length > 0 ? candidates : [{ answer: '', index: null }];
  let best: { index: number | null; exact: 0 | 1; details: SquadF1Details } | null = null;
  for (const { answer, index } of pool) {
    const details = squadF1Details(prediction, answer);
    const exact = squadExactMatch(prediction, answer);
    if (
      best === null ||
      details.f1 > best.details.f1 ||
      (details.f1 === best.details.f1 && exact > best.exact)
    ) {
      best = { index, exact, details };
    }
  }
  // pool is never empty, so best is set.
  const { index, exact, details } = best as NonNullable<typeof best>;
  return {
    goldIndex: index,
    exact,
    details,
    predictionCommon: markShared(details.predictionTokens, details.goldTokens),
    goldCommon: markShared(details.goldTokens, details.predictionTokens),
  };
}
