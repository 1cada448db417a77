import { softmax } from '@/lib/decoding/softmax';
import { checkInteger, checkNumber, describeValue } from '@/lib/utils/validate';
import { checkMatrix, checkScores, readOptions } from './validate';

/** Options of {@link moeRoute}. */
export interface MoeRouteOptions {
  /** experts per token, an integer in [1, experts] */
  readonly topK: number;
  /** renormalise the chosen probabilities to sum 1 (default true, as Mixtral) */
  readonly normalize?: boolean;
  /** when set, each expert takes at most ⌈capacityFactor·tokens·topK/experts⌉ assignments */
  readonly capacityFactor?: number;
}

/** The routing of every token, as {@link moeRoute} returns it. */
export interface MoeRouting {
  /** per token, the topK chosen experts, by weight descending */
  readonly experts: number[][];
  /** per token, their gate weights (renormalised when normalize), same order */
  readonly weights: number[][];
  /** [token, expert] assignments over capacity, in fill order */
  readonly dropped: [token: number, expert: number][];
  /** kept assignments per expert */
  readonly load: number[];
}

/**
 * Router probabilities of every token: the softmax of each row of router logits.
 *
 * @throws {TypeError} when `routerLogits` is not an array of arrays of numbers.
 * @throws {RangeError} when it is empty or ragged, or a row is empty, holds NaN or +Infinity, or
 *   is all `-Infinity`.
 * @example routerProbabilities([[0, Math.log(3)]]) // [[0.25, 0.7499999999999999]]
 */
export function routerProbabilities(routerLogits: readonly (readonly number[])[]): number[][] {
  return checkMatrix('routerLogits', routerLogits, {}, checkScores).map((row) => softmax(row));
}

/**
 * The topK experts of one token: indices of the largest probabilities, larger first, ties to the
 * lower index (our rule; `torch.topk` leaves the order of ties unspecified). Arguments are assumed
 * valid (see {@link checkTopK}).
 *
 * @throws never.
 * @example topKExperts([0.25, 0.5, 0.25], 2) // [1, 0]
 */
export function topKExperts(probs: readonly number[], topK: number): number[] {
  return probs
    .map((p, i) => i)
    .sort((a, b) => probs[b]! - probs[a]! || a - b)
    .slice(0, topK);
}

/**
 * Reads topK, an integer in [1, experts].
 *
 * @throws {TypeError} when it is not a number.
 * @throws {RangeError} otherwise.
 * @example checkTopK(2, 8) // 2
 */
export function checkTopK(topK: unknown, experts: number): number {
  return checkNumber(
    'topK',
    topK,
    (x) => Number.isInteger(x) && x >= 1 && x <= experts,
    `an integer in [1, experts = ${experts}]`,
  );
}

/**
 * Expert capacity ⌈capacityFactor·tokens·topK/experts⌉. The product is snapped to the nearest
 * integer when within 1e-9 of it, so that 1.1·10 (= 11.000000000000002 in floating point) gives
 * 11 as in exact arithmetic; a plain float `math.ceil`, as DeepSpeed and Megatron write it, would
 * give 12.
 *
 * @param tokens an integer ≥ 1.
 * @param topK an integer ≥ 1.
 * @param experts an integer ≥ 1.
 * @param capacityFactor finite and > 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is out of range.
 * @example moeCapacity(8, 2, 4, 1.25) // 5
 * @example moeCapacity(10, 1, 1, 1.1) // 11
 */
export function moeCapacity(tokens: number, topK: number, experts: number, capacityFactor: number): number {
  const t = checkInteger('tokens', tokens, 1);
  const k = checkInteger('topK', topK, 1);
  const e = checkInteger('experts', experts, 1);
  const cf = checkNumber(
    'capacityFactor',
    capacityFactor,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );
  const raw = (cf * t * k) / e;
  const nearest = Math.round(raw);
  return Math.abs(raw - nearest) <= 1e-9 * Math.max(1, nearest) ? nearest : Math.ceil(raw);
}

/**
 * Top-k routing of a mixture-of-experts layer, with optional expert capacity.
 *
 * Formula: per token, p = softmax(router logits); the topK largest p (ties to the lower index);
 * weights = those p, divided by their sum when normalize (HF `MixtralSparseMoeBlock`: `softmax`,
 * `torch.topk`, `routing_weights /= routing_weights.sum(-1)`; Qwen2-MoE's `norm_topk_prob` defaults
 * to false; Switch top-1 keeps the raw probability, i.e. normalize false). With capacityFactor,
 * each expert keeps at most C = ⌈capacityFactor·tokens·topK/experts⌉ assignments (DeepSpeed,
 * Megatron; flaxformer uses round(cf·T/E) with a minimum of 4), filled first-choices-first: every
 * token's 1st choice in token order, then every 2nd choice, … (GShard, flaxformer); the rest go to
 * `dropped` in fill order and the kept weights are not renormalised. `experts`/`weights` always
 * list all topK choices as routed.
 *
 * @param routerLogits tokens × experts logits, finite or `-Infinity`, one finite per row.
 * @param options `{ topK, normalize = true, capacityFactor? }`.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when the matrix is empty, ragged or invalid, `topK` is not an integer in
 *   [1, experts], or `capacityFactor` is not finite and > 0.
 * @example moeRoute([[0, Math.log(2), Math.log(3), Math.log(4)]], { topK: 2 }).weights // [[0.5714285714285715, 0.4285714285714286]] (4/7, 3/7)
 */
export function moeRoute(routerLogits: readonly (readonly number[])[], options: MoeRouteOptions): MoeRouting {
  const probs = routerProbabilities(routerLogits);
  const numExperts = probs[0]!.length;
  const opts = readOptions(options);
  const topK = checkTopK(opts.topK, numExperts);
  const { normalize = true } = opts;
  if (typeof normalize !== 'boolean') {
    throw new TypeError(`options.normalize must be a boolean, got ${describeValue(normalize)}`);
  }
  const capacity =
    opts.capacityFactor === undefined
      ? Infinity
      : moeCapacity(probs.length, topK, numExperts, opts.capacityFactor as number);
  // `as number`: moeCapacity checks the type and throws a TypeError naming capacityFactor.

  const experts = probs.map((p) => topKExperts(p, topK));
  const weights = experts.map((chosen, t) => {
    const raw = chosen.map((e) => probs[t]![e]!);
    if (!normalize) return raw;
    const sum = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => w / sum);
  });
  const load = new Array<number>(numExperts).fill(0);
  const dropped: [number, number][] = [];
  for (let rank = 0; rank < topK; rank++) {
    experts.forEach((chosen, token) => {
      const e = chosen[rank]!;
      if (load[e]! < capacity) load[e] = load[e]! + 1;
      else dropped.push([token, e]);
    });
  }
  return { experts, weights, dropped, load };
}
