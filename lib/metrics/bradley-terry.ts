import { checkInteger, checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { type Battle, checkBattles, scoreOfA } from './battles';
import { type EloScale, resolveEloScale } from './elo';

/** Options of {@link bradleyTerryRatings}. */
export interface BradleyTerryOptions extends EloScale {
  /** the mean rating of the models (default 1000), unless `anchor` is given */
  readonly initRating?: number;
  /** pin one model's rating instead of the mean, as FastChat pins mixtral-8x7b-instruct-v0.1 at 1114 */
  readonly anchor?: { readonly model: string; readonly rating: number };
  /** virtual tie games per model against an opponent of natural rating 0; finite, > 0 (default 1e-6) */
  readonly prior?: number;
  /** most Newton steps, an integer ≥ 1 (default 100) */
  readonly iterations?: number;
  /** stop once no rating moves by more than this many points in a step, finite and ≥ 0 (default 1e-8) */
  readonly tolerance?: number;
}

/** Aggregated results between two models i < j: `games` played, `score` of i (wins + ½ ties). */
interface Pair {
  readonly i: number;
  readonly j: number;
  readonly games: number;
  readonly score: number;
}

/** σ(x) = 1/(1 + e^−x) without overflow. */
function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log σ(x) without overflow or cancellation. */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/** Models sorted by name, so the fit's arithmetic does not depend on the order of the battles. */
function aggregate(battles: readonly Battle[]): { names: string[]; pairs: Pair[] } {
  const names = [...new Set(battles.flatMap(([a, b]) => [a, b]))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const totals = new Map<number, { games: number; score: number }>();
  for (const [a, b, winner] of battles) {
    const [ia, ib] = [index.get(a) ?? 0, index.get(b) ?? 0];
    const [i, j, s] = ia < ib ? [ia, ib, scoreOfA(winner)] : [ib, ia, 1 - scoreOfA(winner)];
    const key = i * names.length + j;
    const t = totals.get(key) ?? { games: 0, score: 0 };
    totals.set(key, { games: t.games + 1, score: t.score + s });
  }
  const pairs = [...totals.entries()]
    .sort(([x], [y]) => x - y)
    .map(([key, t]) => ({ i: Math.floor(key / names.length), j: key % names.length, ...t }));
  return { names, pairs };
}

/**
 * Penalised log-likelihood in natural units θ (P(i beats j) = σ(θᵢ − θⱼ)): ties count ½ a win
 * each, the prior adds `prior` virtual ties against θ = 0, and −½(Σθ)² fixes the free shift.
 */
function objective(theta: readonly number[], pairs: readonly Pair[], prior: number): number {
  let value = 0;
  for (const { i, j, games, score } of pairs) {
    const d = (theta[i] ?? 0) - (theta[j] ?? 0);
    value += score * logSigmoid(d) + (games - score) * logSigmoid(-d);
  }
  let sum = 0;
  for (const t of theta) {
    value += prior * 0.5 * (logSigmoid(t) + logSigmoid(-t));
    sum += t;
  }
  return value - 0.5 * sum * sum;
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky); null if A is not. */
function solveSpd(A: readonly number[][], b: readonly number[]): number[] | null {
  const n = b.length;
  const L = A.map((row) => row.map(() => 0));
  for (let r = 0; r < n; r++) {
    const Lr = L[r] ?? [];
    for (let c = 0; c <= r; c++) {
      const Lc = L[c] ?? [];
      let s = A[r]?.[c] ?? 0;
      for (let q = 0; q < c; q++) s -= (Lr[q] ?? 0) * (Lc[q] ?? 0);
      if (r === c) {
        if (!(s > 0)) return null;
        Lr[c] = Math.sqrt(s);
      } else Lr[c] = s / (Lc[c] ?? 1);
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let r = 0; r < n; r++) {
    let s = b[r] ?? 0;
    for (let q = 0; q < r; q++) s -= (L[r]?.[q] ?? 0) * (y[q] ?? 0);
    y[r] = s / (L[r]?.[r] ?? 1);
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = y[r] ?? 0;
    for (let q = r + 1; q < n; q++) s -= (L[q]?.[r] ?? 0) * (x[q] ?? 0);
    x[r] = s / (L[r]?.[r] ?? 1);
  }
  return x;
}

/** Newton's method with a backtracking line search on the strictly concave {@link objective}. */
function fit(m: number, pairs: readonly Pair[], prior: number, maxSteps: number, tol: number): number[] {
  let theta = new Array<number>(m).fill(0);
  for (let step = 0; step < maxSteps; step++) {
    const grad = new Array<number>(m).fill(0);
    // −Hessian; the all-ones block comes from −½(Σθ)².
    const A = Array.from({ length: m }, () => new Array<number>(m).fill(1));
    const sum = theta.reduce((s, t) => s + t, 0);
    for (const { i, j, games, score } of pairs) {
      const d = (theta[i] ?? 0) - (theta[j] ?? 0);
      // σ(d) and σ(−d) separately, so p(1 − p) stays positive when p rounds to 1.
      const [p, q] = [sigmoid(d), sigmoid(-d)];
      const g = score * q - (games - score) * p;
      const h = games * p * q;
      grad[i] = (grad[i] ?? 0) + g;
      grad[j] = (grad[j] ?? 0) - g;
      const [Ai, Aj] = [A[i] ?? [], A[j] ?? []];
      Ai[i] = (Ai[i] ?? 0) + h;
      Aj[j] = (Aj[j] ?? 0) + h;
      Ai[j] = (Ai[j] ?? 0) - h;
      Aj[i] = (Aj[i] ?? 0) - h;
    }
    theta.forEach((t, i) => {
      const [p, q] = [sigmoid(t), sigmoid(-t)];
      grad[i] = (grad[i] ?? 0) + prior * 0.5 * (q - p) - sum;
      const Ai = A[i] ?? [];
      Ai[i] = (Ai[i] ?? 0) + prior * p * q;
    });
    const delta = solveSpd(A, grad);
    if (delta === null) break;
    const slope = delta.reduce((s, d, i) => s + d * (grad[i] ?? 0), 0);
    const current = objective(theta, pairs, prior);
    let t = 1;
    let next = theta;
    // Armijo backtracking: a full Newton step can overshoot far from the optimum.
    for (let halvings = 0; halvings < 60; halvings++, t /= 2) {
      const candidate = theta.map((x, i) => x + t * (delta[i] ?? 0));
      if (objective(candidate, pairs, prior) >= current + 1e-4 * t * slope) {
        next = candidate;
        break;
      }
    }
    if (next === theta) break;
    const moved = next.reduce((mx, x, i) => Math.max(mx, Math.abs(x - (theta[i] ?? 0))), 0);
    theta = next;
    if (moved <= tol) break;
  }
  return theta;
}

/**
 * Bradley–Terry ratings: the maximum-likelihood fit of a fixed rating per model to all battles at
 * once, so, unlike online Elo, the order of the battles does not matter.
 *
 * Formula: P(A beats B) = 1 / (1 + base^((R_B − R_A)/scale)); the ratings maximise
 * Σ_battles [S_A log P(A beats B) + (1 − S_A) log P(B beats A)], a tie counting as half a win for
 * each side — the fit FastChat's `compute_mle_elo` obtains by logistic regression and
 * `compute_bt` by L-BFGS
 * (https://github.com/lm-sys/FastChat/blob/main/fastchat/serve/monitor/rating_systems.py;
 * Bradley & Terry 1952; Hunter 2004, "MM algorithms for generalized Bradley–Terry models",
 * https://doi.org/10.1214/aos/1079120141). Solved here by Newton's method with a backtracking
 * line search, deterministic and quadratically convergent; models are indexed by sorted name
 * and results aggregated per pair, so shuffling the battles gives bit-identical ratings.
 * The likelihood fixes only differences: the ratings are shifted so that their mean is
 * `initRating` (FastChat's fits start at 0 and keep that mean), or so that `anchor.model` has
 * `anchor.rating`. A model that never loses (or never wins) has no finite maximum-likelihood
 * rating: FastChat's optimiser just stops after 100 iterations. Here each model also plays
 * `prior` virtual tie games against an opponent of natural rating 0, a Bayesian prior that keeps
 * every rating finite: such a model ends up about scale·log_base(2·games/prior) points above its
 * opponents (400·log10(2/1e-6) ≈ 2520 for a single win at the default), which shows the
 * divergence without breaking the chart, while ratings that do have a finite fit move by
 * O(prior / games) (3e-5 points on the unit tests' 15-battle arena). Stops when no rating moves
 * by more than `tolerance` points, or after `iterations` steps (returning the last iterate, as
 * FastChat's `maxiter=100` does). Each step solves a dense models × models system, O(models³):
 * fine for a demo (30 models and 3000 battles take tens of milliseconds), not for thousands.
 *
 * @param battles `[modelA, modelB, winner]` triples, two different models each.
 * @param options `{ base = 10, scale = 400, initRating = 1000, anchor?, prior = 1e-6,
 *   iterations = 100, tolerance = 1e-8 }`.
 * @throws {TypeError} when `battles` is malformed (see `checkBattles`), `options` is not an object,
 *   an option has the wrong type, or `anchor` is not `{ model: string, rating: number }`.
 * @throws {RangeError} when a winner is unknown, a model battles itself, the scale is invalid (see
 *   `eloExpectedScore`), `initRating` or `anchor.rating` is not finite, `anchor.model` played no
 *   battle, `prior` is not finite and > 0, `iterations` is not an integer ≥ 1, or `tolerance`
 *   is not finite and ≥ 0.
 * @example bradleyTerryRatings([['a', 'b', 'model_a'], ['a', 'b', 'model_a'], ['a', 'b', 'model_b']])
 *   // { a: 1060.20599, b: 939.79401 } to 5 decimals: P(a beats b) = 2/3, a gap of 400·log10 2 = 120.412
 */
export function bradleyTerryRatings(
  battles: readonly Battle[],
  options: BradleyTerryOptions = {},
): Record<string, number> {
  const list = checkBattles(battles);
  const opts = checkObject('options', options);
  const { base, scale } = resolveEloScale(opts);
  const finite = (x: number) => Number.isFinite(x);
  const init = checkNumber('options.initRating', opts.initRating ?? 1000, finite, 'finite');
  const prior = checkNumber('options.prior', opts.prior ?? 1e-6, (x) => finite(x) && x > 0, 'finite and > 0');
  const iterations = checkInteger('options.iterations', opts.iterations ?? 100, 1);
  const tolerance = checkNumber(
    'options.tolerance',
    opts.tolerance ?? 1e-8,
    (x) => finite(x) && x >= 0,
    'finite and >= 0',
  );
  const { names, pairs } = aggregate(list);
  const anchor = opts.anchor === undefined ? undefined : checkObject('options.anchor', opts.anchor);
  if (anchor !== undefined) {
    if (typeof anchor.model !== 'string') {
      throw new TypeError(`options.anchor.model must be a string, got ${describeValue(anchor.model)}`);
    }
    checkNumber('options.anchor.rating', anchor.rating, finite, 'finite');
    if (!names.includes(anchor.model)) {
      throw new RangeError(
        `options.anchor.model must be a model in battles, got ${describeValue(anchor.model)}`,
      );
    }
  }
  const pointsPerUnit = scale / Math.log(base);
  const theta = fit(names.length, pairs, prior, iterations, tolerance / pointsPerUnit);
  const offset =
    anchor === undefined
      ? init - (pointsPerUnit * theta.reduce((s, t) => s + t, 0)) / Math.max(names.length, 1)
      : (anchor.rating as number) - pointsPerUnit * (theta[names.indexOf(anchor.model as string)] ?? 0);
  const byName = new Map(names.map((name, i) => [name, offset + pointsPerUnit * (theta[i] ?? 0)]));
  // Report models in order of first appearance, as `eloRatings` does.
  const order = [...new Set(list.flatMap(([a, b]) => [a, b]))];
  return Object.fromEntries(order.map((name) => [name, byName.get(name) ?? init]));
}
