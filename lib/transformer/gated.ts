import { gelu, silu, type GeluApproximate } from './activations';
import { checkChoice, checkSameLength, checkVector } from './validate';

/** Checks gate and up: non-empty, finite, equal lengths. */
function checkPair(gate: unknown, up: unknown): [readonly number[], readonly number[]] {
  const g = checkVector('gate', gate);
  const u = checkVector('up', up);
  checkSameLength('gate', g, 'up', u);
  return [g, u];
}

/**
 * The SwiGLU gate of a gated feed-forward layer: the SiLU of the gate projection times the up
 * projection, element-wise (the product then goes through the down projection).
 *
 * Formula: swiglu(g, u)ᵢ = SiLU(gᵢ)·uᵢ (Shazeer 2020, "GLU Variants Improve Transformer",
 * https://arxiv.org/abs/2002.05202; HF `LlamaMLP`: `down_proj(act_fn(gate_proj(x)) * up_proj(x))`
 * with `hidden_act = "silu"`).
 *
 * @param gate the gate projection, a non-empty vector of finite numbers.
 * @param up the up projection, same length.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when a vector is empty or not finite, or the lengths differ.
 * @example swiglu([1, 0], [2, 5]) // [1.4621171572600098, 0] (2·σ(1), 0)
 */
export function swiglu(gate: readonly number[], up: readonly number[]): number[] {
  const [g, u] = checkPair(gate, up);
  return g.map((x, i) => silu(x) * u[i]! + 0);
}

/**
 * The GEGLU gate: the GELU of the gate projection times the up projection, element-wise.
 *
 * Formula: geglu(g, u)ᵢ = GELU(gᵢ)·uᵢ, GELU exact or its tanh form (Shazeer 2020; T5 v1.1's
 * "gated-gelu" and Gemma's `gelu_pytorch_tanh` use the tanh form).
 *
 * @param gate the gate projection, a non-empty vector of finite numbers.
 * @param up the up projection, same length.
 * @param approximate `'none'` (default) or `'tanh'`, as in {@link gelu}.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when a vector is empty or not finite, the lengths differ, or `approximate`
 *   is unknown.
 * @example geglu([1], [2]) // [1.6826894921370859] (2·Φ(1))
 */
export function geglu(
  gate: readonly number[],
  up: readonly number[],
  approximate: GeluApproximate = 'none',
): number[] {
  const [g, u] = checkPair(gate, up);
  const form = checkChoice('approximate', approximate, ['none', 'tanh'] as const);
  return g.map((x, i) => gelu(x, form) * u[i]! + 0);
}
