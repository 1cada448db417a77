import { checkNumber } from '@/lib/utils/validate';
import { ropeInverseFrequencies } from './rope-frequencies';
import { checkChoice, checkVector, readOptions } from './validate';

/** Which elements {@link applyRope} rotates together. */
export type RopeLayout = 'half' | 'interleaved';

/** Options of {@link applyRope}. */
export interface ApplyRopeOptions {
  /** RoPE base, used only when `invFreq` is absent (default 10000) */
  readonly base?: number;
  /** `'half'` (default): i with i + d/2; `'interleaved'`: 2i with 2i + 1 */
  readonly layout?: RopeLayout;
  /** d/2 inverse frequencies, e.g. from {@link ropeInverseFrequencies} with a scaling */
  readonly invFreq?: readonly number[];
}

const LAYOUTS = ['half', 'interleaved'] as const;

/**
 * Rotary position embedding of one query or key vector: each pair of elements is rotated by the
 * angle position · invFreq[i], so that q·k after rotation depends only on the positions' offset.
 *
 * Formula: for pair i with elements (a, b) and θᵢ = position · invFreq[i]:
 * a' = a·cos θᵢ − b·sin θᵢ, b' = b·cos θᵢ + a·sin θᵢ (Su et al. 2021, RoFormer, eq. 34,
 * https://arxiv.org/abs/2104.09864). `layout: 'half'` pairs element i with i + d/2: HF `rotate_half`
 * and `apply_rotary_pos_emb` (q·cos + rotate_half(q)·sin, LLaMA and GPT-NeoX in transformers);
 * `'interleaved'` pairs 2i with 2i + 1: RoFormer, GPT-J and Meta's LLaMA reference code
 * (`torch.view_as_complex`). The two layouts give the same attention scores once the weights are
 * permuted to match — which is why HF's LLaMA conversion script permutes q/k projections.
 *
 * @param vector the vector, an even length ≥ 2, finite entries.
 * @param position the token position, a finite number (integers in practice).
 * @param options `{ base = 10000, layout = 'half', invFreq? }`; base is checked even when invFreq is
 *   given (then unused); invFreq defaults to
 *   `ropeInverseFrequencies(vector.length, { base })` and must hold vector.length / 2 finite numbers.
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `vector` is empty, of odd length or not finite, `position` is not
 *   finite, `layout` is unknown, `base` is not finite and > 0, or `invFreq` has the wrong length.
 * @example applyRope([1, 0], 1) // [0.5403023058681398, 0.8414709848078965] (cos 1, sin 1)
 * @example applyRope([1, 0, 0, 0], 1, { layout: 'interleaved' }) // [0.5403023058681398, 0.8414709848078965, 0, 0]
 */
export function applyRope(vector: readonly number[], position: number, options?: ApplyRopeOptions): number[] {
  const x = checkVector('vector', vector);
  if (x.length % 2 !== 0) throw new RangeError(`vector must have an even length, got ${x.length}`);
  const pos = checkNumber('position', position, Number.isFinite, 'finite');
  const { base = 10000, layout = 'half', invFreq } = readOptions(options);
  const kind = checkChoice('layout', layout, LAYOUTS);
  const theta = checkNumber('base', base, (b) => Number.isFinite(b) && b > 0, 'finite and > 0');
  const half = x.length / 2;
  let freqs: readonly number[];
  if (invFreq === undefined) {
    freqs = ropeInverseFrequencies(x.length, { base: theta });
  } else {
    freqs = checkVector('invFreq', invFreq);
    if (freqs.length !== half) {
      throw new RangeError(`invFreq must have length ${half} (vector.length / 2), got ${freqs.length}`);
    }
  }
  const out = new Array<number>(x.length).fill(0);
  for (let i = 0; i < half; i++) {
    const angle = pos * freqs[i]!;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const ia = kind === 'half' ? i : 2 * i;
    const ib = kind === 'half' ? i + half : 2 * i + 1;
    const a = x[ia]!;
    const b = x[ib]!;
    out[ia] = a * cos - b * sin;
    out[ib] = b * cos + a * sin;
  }
  return out;
}
