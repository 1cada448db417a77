import { describeValue } from '@/lib/utils/validate';

/**
 * The outcome of a pairwise battle, as FastChat's `clean_battle_data` writes it: `'tie'` for a
 * tie vote and `'tie (bothbad)'` for "both are bad", which every rating counts as a tie.
 */
export type BattleWinner = 'model_a' | 'model_b' | 'tie' | 'tie (bothbad)';

/** One battle: `[modelA, modelB, winner]`. */
export type Battle = readonly [modelA: string, modelB: string, winner: BattleWinner];

const WINNERS: readonly string[] = ['model_a', 'model_b', 'tie', 'tie (bothbad)'];

/**
 * Model A's score in a battle.
 *
 * Formula: 1 for `'model_a'`, 0 for `'model_b'`, ½ for `'tie'` and `'tie (bothbad)'` (FastChat
 * `compute_elo`, https://github.com/lm-sys/FastChat/blob/main/fastchat/serve/monitor/elo_analysis.py).
 *
 * @throws never (the winner is checked by {@link checkBattles}).
 * @example scoreOfA('tie (bothbad)') // 0.5
 */
export function scoreOfA(winner: BattleWinner): number {
  if (winner === 'model_a') return 1;
  if (winner === 'model_b') return 0;
  return 0.5;
}

/**
 * Returns `value` as a list of battles: each a `[modelA, modelB, winner]` array of two different
 * model names and one of the {@link BattleWinner} strings.
 *
 * @throws {TypeError} when `value` is not an array, a battle is not an array of length 3, or a
 *   model name or the winner is not a string.
 * @throws {RangeError} when a winner is not one of the four strings, or a model battles itself.
 * @example checkBattles([['a', 'b', 'tie']]) // [['a', 'b', 'tie']]
 */
export function checkBattles(value: unknown): readonly Battle[] {
  if (!Array.isArray(value)) throw new TypeError(`battles must be an array, got ${describeValue(value)}`);
  value.forEach((battle: unknown, i) => {
    if (!Array.isArray(battle) || battle.length !== 3) {
      throw new TypeError(`battles[${i}] must be [modelA, modelB, winner], got ${describeValue(battle)}`);
    }
    const [a, b, winner] = battle as unknown[];
    if (typeof a !== 'string')
      throw new TypeError(`battles[${i}][0] must be a string, got ${describeValue(a)}`);
    if (typeof b !== 'string')
      throw new TypeError(`battles[${i}][1] must be a string, got ${describeValue(b)}`);
    if (typeof winner !== 'string') {
      throw new TypeError(`battles[${i}][2] must be a string, got ${describeValue(winner)}`);
    }
    if (!WINNERS.includes(winner)) {
      throw new RangeError(
        `battles[${i}][2] must be 'model_a', 'model_b', 'tie' or 'tie (bothbad)', ` +
          `got ${describeValue(winner)}`,
      );
    }
    if (a === b)
      throw new RangeError(`battles[${i}] must pit two different models, got ${describeValue(a)} twice`);
  });
  return value as readonly Battle[];
}
