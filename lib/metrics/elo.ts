import { checkNumber, checkObject } from '@/lib/utils/validate';
import { type Battle, checkBattles, scoreOfA } from './battles';

/** The logistic curve of a rating scale: a gap of `scale` points multiplies the odds by `base`. */
export interface EloScale {
  /** odds ratio per `scale` points, finite and > 1 (default 10) */
  readonly base?: number;
  /** rating points per factor `base` in the odds, finite and > 0 (default 400) */
  readonly scale?: number;
}

/** Options of {@link eloRatings}. */
export interface EloOptions extends EloScale {
  /** step size (K-factor), finite and ≥ 0 (default 4, FastChat's) */
  readonly k?: number;
  /** every model's rating before its first battle, finite (default 1000) */
  readonly initRating?: number;
}

const finite = (x: number) => Number.isFinite(x);

/**
 * Reads `base` and `scale` from an options bag, with FastChat's defaults 10 and 400.
 *
 * @throws {TypeError} when `options` is not an object or a value is not a number.
 * @throws {RangeError} when `base` is not finite and > 1 or `scale` not finite and > 0.
 * @example resolveEloScale({ scale: 173.7 }) // { base: 10, scale: 173.7 }
 */
export function resolveEloScale(options: unknown): { base: number; scale: number } {
  const { base = 10, scale = 400 } = checkObject('options', options);
  return {
    base: checkNumber('options.base', base, (x) => finite(x) && x > 1, 'finite and > 1'),
    scale: checkNumber('options.scale', scale, (x) => finite(x) && x > 0, 'finite and > 0'),
  };
}

/**
 * The expected score of player A against player B under the Elo model (the probability that A
 * wins, a tie counting ½).
 *
 * Formula: E_A = 1 / (1 + base^((R_B − R_A) / scale)), with base 10 and scale 400 by default, so
 * a 400-point lead means 10:1 odds (FastChat `compute_elo`,
 * https://github.com/lm-sys/FastChat/blob/main/fastchat/serve/monitor/elo_analysis.py).
 *
 * @param ra rating of A, finite.
 * @param rb rating of B, finite.
 * @param options `{ base = 10, scale = 400 }`.
 * @throws {TypeError} when a rating is not a number or `options` is not an object of numbers.
 * @throws {RangeError} when a rating is not finite, `base` is not finite and > 1, or `scale` is
 *   not finite and > 0.
 * @example eloExpectedScore(1400, 1000) // 0.9090909090909091 (= 10/11: 10:1 odds)
 */
export function eloExpectedScore(ra: number, rb: number, options: EloScale = {}): number {
  const a = checkNumber('ra', ra, finite, 'finite');
  const b = checkNumber('rb', rb, finite, 'finite');
  const { base, scale } = resolveEloScale(options);
  return 1 / (1 + base ** ((b - a) / scale));
}

/**
 * Online Elo ratings from battles played in order, as the first Chatbot Arena leaderboard
 * computed them.
 *
 * Formula: every model starts at `initRating`; for each battle in order, with E_A =
 * 1/(1 + base^((R_B − R_A)/scale)), E_B = 1/(1 + base^((R_A − R_B)/scale)) and S_A = 1, 0 or ½
 * (`'model_a'`, `'model_b'`, `'tie'` or `'tie (bothbad)'`): R_A += k(S_A − E_A) and
 * R_B += k(1 − S_A − E_B). This is FastChat's `compute_elo`
 * (https://github.com/lm-sys/FastChat/blob/main/fastchat/serve/monitor/elo_analysis.py as of
 * 2024; it now lives in `rating_systems.py` and computes one update k(S_A − E_A) via
 * exp(α(R_B − R_A)), α = ln(base)/scale, added to A and subtracted from B — equal up to
 * rounding). E_A + E_B = 1,
 * so each battle moves as many points to one side as it takes from the other. The result
 * depends on the order of the battles; see `bradleyTerryRatings` for an order-free fit. Models
 * are listed in order of first appearance.
 *
 * @param battles `[modelA, modelB, winner]` triples, two different models each.
 * @param options `{ k = 4, base = 10, scale = 400, initRating = 1000 }`.
 * @throws {TypeError} when `battles` is malformed (see `checkBattles`) or `options` is not an
 *   object of numbers.
 * @throws {RangeError} when a winner is unknown, a model battles itself, `k` is not finite and
 *   ≥ 0, `initRating` is not finite, or the scale is invalid (see {@link eloExpectedScore}).
 * @example eloRatings([['a', 'b', 'model_a']]) // { a: 1002, b: 998 } (E_A = ½, so ±4·½)
 */
export function eloRatings(battles: readonly Battle[], options: EloOptions = {}): Record<string, number> {
  const list = checkBattles(battles);
  const opts = checkObject('options', options);
  const { base, scale } = resolveEloScale(opts);
  const k = checkNumber('options.k', opts.k ?? 4, (x) => finite(x) && x >= 0, 'finite and >= 0');
  const init = checkNumber('options.initRating', opts.initRating ?? 1000, finite, 'finite');
  const rating = new Map<string, number>();
  for (const [a, b, winner] of list) {
    const ra = rating.get(a) ?? init;
    const rb = rating.get(b) ?? init;
    const ea = 1 / (1 + base ** ((rb - ra) / scale));
    const eb = 1 / (1 + base ** ((ra - rb) / scale));
    const sa = scoreOfA(winner);
    rating.set(a, ra + k * (sa - ea));
    rating.set(b, rb + k * (1 - sa - eb));
  }
  return Object.fromEntries(rating);
}
