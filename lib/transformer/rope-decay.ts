import { checkNumber } from '@/lib/utils/validate';
import { ropeInverseFrequencies } from './rope-frequencies';

/** Longest curve {@link ropeDecayBound} computes (its cost is distances × d/2). */
export const MAX_DECAY_DISTANCE = 65536;

/**
 * RoFormer's relative upper bound on the RoPE attention score at every integer distance
 * 0 … maxDistance: B(Δ) = (1/(d/2)) Σ_{j=1}^{d/2} |S_j| with S_j = Σ_{k=0}^{j−1} e^{iΔθ_k}. After
 * Abel summation, |q′·k′| ≤ max_i |h_{i+1} − h_i| · (d/2) · B(Δ), and B decays as Δ grows
 * (Su et al. 2021, RoFormer §3.4.3, https://arxiv.org/abs/2104.09864). θ_k come from
 * `ropeInverseFrequencies(headDim, { base })`. B(0) = (d/2 + 1)/2. It bounds the score; it does
 * not say any particular score decays.
 *
 * @param headDim even, ≥ 2 (as `ropeInverseFrequencies` requires).
 * @param base the RoPE base (10000 in RoFormer, 500000 in Llama 3).
 * @param maxDistance an integer in [0, 65536].
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} for an odd or too small headDim, a bad base, or maxDistance out of range.
 * @example ropeDecayBound(4, 10000, 2)[0] // 1.5 = (1 + 2)/2
 */
export function ropeDecayBound(headDim: number, base: number, maxDistance: number): number[] {
  const max = checkNumber(
    'maxDistance',
    maxDistance,
    (x) => Number.isInteger(x) && x >= 0 && x <= MAX_DECAY_DISTANCE,
    `an integer in [0, ${MAX_DECAY_DISTANCE}]`,
  );
  const theta = ropeInverseFrequencies(headDim, { base });
  const half = theta.length;
  const out: number[] = [];
  for (let delta = 0; delta <= max; delta++) {
    let re = 0;
    let im = 0;
    let total = 0;
    for (let k = 0; k < half; k++) {
      const angle = delta * theta[k]!;
      re += Math.cos(angle);
      im += Math.sin(angle);
      total += Math.hypot(re, im);
    }
    out.push(total / half);
  }
  return out;
}
