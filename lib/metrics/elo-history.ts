import { checkObject } from '@/lib/utils/validate';
import { type Battle, checkBattles } from './battles';
import { type EloOptions, eloExpectedScore, eloRatings } from './elo';

/** One battle of {@link eloHistory}: what Elo expected before it and the ratings after it. */
export interface EloStep {
  /** the battle, `[modelA, modelB, winner]` */
  readonly battle: Battle;
  /** model A's expected score E_A from the ratings just before this battle */
  readonly expectedA: number;
  /** every model seen so far, rated after this battle (order of first appearance) */
  readonly ratings: Readonly<Record<string, number>>;
}

/**
 * Online Elo battle by battle: for each battle, model A's expected score before it and all ratings
 * after it — the trajectory whose last step is {@link eloRatings}.
 *
 * Formula: step t holds E_A = 1/(1 + base^((R_B − R_A)/scale)) with the ratings after battles
 * 1 … t−1 (a model not yet seen is at `initRating`), and `eloRatings(battles[0..t])`, so every
 * step is bit-identical to FastChat's `compute_elo` on that prefix
 * (https://github.com/lm-sys/FastChat/blob/main/fastchat/serve/monitor/elo_analysis.py).
 * Re-running each prefix costs O(n²) updates: nothing for a demo's few hundred battles.
 *
 * @param battles `[modelA, modelB, winner]` triples, two different models each.
 * @param options `{ k = 4, base = 10, scale = 400, initRating = 1000 }`, as for `eloRatings`.
 * @throws {TypeError} when `battles` is malformed (see `checkBattles`) or `options` is not an
 *   object of numbers.
 * @throws {RangeError} as `eloRatings` does: an unknown winner, a model battling itself, `k` not
 *   finite and ≥ 0, `initRating` not finite, or an invalid scale.
 * @example eloHistory([['a', 'b', 'model_a'], ['a', 'b', 'model_b']], { k: 32 })
 *   // [{ expectedA: 0.5, ratings: { a: 1016, b: 984 } },
 *   //  { expectedA: 0.5459…, ratings: { a: 998.53…, b: 1001.46… } }] (plus each battle)
 */
export function eloHistory(battles: readonly Battle[], options: EloOptions = {}): EloStep[] {
  const list = checkBattles(battles);
  const opts = checkObject('options', options) as EloOptions;
  // Validates every option even when there is no battle to play.
  eloRatings([], opts);
  const init = opts.initRating ?? 1000;
  const steps: EloStep[] = [];
  let before: Readonly<Record<string, number>> = {};
  list.forEach((battle, i) => {
    const [a, b] = battle;
    const expectedA = eloExpectedScore(before[a] ?? init, before[b] ?? init, opts);
    before = eloRatings(list.slice(0, i + 1), opts);
    steps.push({ battle, expectedA, ratings: before });
  });
  return steps;
}
