import { checkTopK, routerProbabilities, topKExperts } from './moe-route';

/**
 * The load-balancing auxiliary loss of a mixture-of-experts router, without its coefficient.
 *
 * Formula: E · Σₖ Σᵢ fₖᵢ · Pᵢ, with E experts, fₖᵢ the share of tokens whose k-th choice is expert
 * i and Pᵢ the mean router probability of expert i over the tokens — HF `load_balancing_loss_func`
 * (Mixtral, Qwen2-MoE: `tokens_per_expert = mean(one_hot(topk))`, `router_prob_per_expert =
 * mean(softmax)`, `sum(…) * num_experts`), before `router_aux_loss_coef`. Perfectly balanced
 * routing gives topK (HF's Mixtral test expects 2 for top-2); for topK = 1 this is Switch
 * Transformer eq. 4 (Fedus et al. 2021, https://arxiv.org/abs/2101.03961), minimised at 1.
 * Megatron-Core divides by topK, so that balanced gives 1 for every topK. Choices as
 * {@link moeRoute} (ties to the lower index).
 *
 * @param routerLogits tokens × experts logits, finite or `-Infinity`, one finite per row.
 * @param topK experts per token, an integer in [1, experts].
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when the matrix is empty, ragged or invalid, or `topK` is out of range.
 * @example moeAuxLoss([[0, 0, 0, 0], [0, 0, 0, 0]], 2) // 2 (uniform router: balanced)
 * @example moeAuxLoss([[Math.log(3), 0], [Math.log(3), 0]], 1) // 1.4999999999999998 (1.5: both tokens on expert 0)
 */
export function moeAuxLoss(routerLogits: readonly (readonly number[])[], topK: number): number {
  const probs = routerProbabilities(routerLogits);
  const tokens = probs.length;
  const experts = probs[0]!.length;
  const k = checkTopK(topK, experts);
  const assignments = new Array<number>(experts).fill(0);
  const probSum = new Array<number>(experts).fill(0);
  for (const p of probs) {
    for (const e of topKExperts(p, k)) assignments[e] = assignments[e]! + 1;
    p.forEach((pi, i) => {
      probSum[i] = probSum[i]! + pi;
    });
  }
  let loss = 0;
  for (let i = 0; i < experts; i++) loss += (assignments[i]! / tokens) * (probSum[i]! / tokens);
  return experts * loss;
}
