/**
 * Everything the moe-router demo shows, from lib/transformer: router probabilities, top-k routing
 * with and without expert capacity, the capacity itself and the load-balancing loss. Pure, so it
 * is tested without React.
 */
import { moeAuxLoss } from '@/lib/transformer/moe-aux-loss';
import { moeCapacity, moeRoute, routerProbabilities, type MoeRouting } from '@/lib/transformer/moe-route';
import { ALPHA } from './presets';

export interface RouterView {
  /** The settings this view was routed with. */
  readonly topK: number;
  readonly capacityFactor: number | null;
  /** Per token, the softmax over experts. */
  readonly probs: number[][];
  /** The routing under capacity (all kept when there is no capacity limit). */
  readonly routing: MoeRouting;
  /** Assignments per expert before capacity: what the router asked for. */
  readonly requested: number[];
  /** Dropped assignments per expert. */
  readonly droppedPerExpert: number[];
  /** Expert capacity C, or null without a limit. */
  readonly capacity: number | null;
  /** E · Σₖ Σᵢ fₖᵢ Pᵢ, the loss before its coefficient (1 when balanced at top-1, k at top-k). */
  readonly balance: number;
  /** α times `balance`: the term added to the training loss (Switch Transformer eq. 4). */
  readonly auxLoss: number;
}

/**
 * Routes the tokens: `routerProbabilities`, `moeRoute` (without and with capacity), `moeCapacity`
 * and `moeAuxLoss`. lib/ returns the loss without its coefficient; Switch Transformer's eq. 4
 * multiplies it by α = 10⁻², so the balanced value of the term is α (top-1).
 *
 * @throws the RangeError or TypeError of lib/ for bad logits, top-k or capacity factor.
 * @example routeTokens([[0, 0], [0, 0]], 1, false, null).auxLoss // 0.01 (uniform: α)
 */
export function routeTokens(
  logits: readonly (readonly number[])[],
  topK: number,
  normalize: boolean,
  capacityFactor: number | null,
): RouterView {
  const probs = routerProbabilities(logits);
  const unlimited = moeRoute(logits, { topK, normalize });
  const routing = capacityFactor === null ? unlimited : moeRoute(logits, { topK, normalize, capacityFactor });
  const experts = probs[0]?.length ?? 0;
  const capacity = capacityFactor === null ? null : moeCapacity(logits.length, topK, experts, capacityFactor);
  const droppedPerExpert = new Array<number>(experts).fill(0);
  for (const [, e] of routing.dropped) droppedPerExpert[e] = (droppedPerExpert[e] ?? 0) + 1;
  const balance = moeAuxLoss(logits, topK);
  return {
    topK,
    capacityFactor,
    probs,
    routing,
    requested: unlimited.load,
    droppedPerExpert,
    capacity,
    balance,
    auxLoss: ALPHA * balance,
  };
}
