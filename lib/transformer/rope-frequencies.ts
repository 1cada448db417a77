import { checkInteger, checkNumber, describeValue } from '@/lib/utils/validate';
import { checkChoice, readOptions } from './validate';

/** Position interpolation: every inverse frequency divided by `factor` (kaiokendev; Chen et al. 2023). */
export interface LinearRopeScaling {
  readonly type: 'linear';
  readonly factor: number;
}

/** Dynamic NTK scaling: a larger base once the sequence outgrows the trained context. */
export interface DynamicRopeScaling {
  readonly type: 'dynamic';
  readonly factor: number;
  /** the current sequence length */
  readonly seqLen: number;
  /** the context length the model was trained on */
  readonly maxPositionEmbeddings: number;
}

/** Llama 3.1's band-wise scaling: low frequencies ÷ factor, high ones kept, a ramp between. */
export interface Llama3RopeScaling {
  readonly type: 'llama3';
  readonly factor: number;
  readonly lowFreqFactor: number;
  readonly highFreqFactor: number;
  readonly originalMaxPositionEmbeddings: number;
}

/** One of the RoPE scalings {@link ropeInverseFrequencies} knows. */
export type RopeScaling = LinearRopeScaling | DynamicRopeScaling | Llama3RopeScaling;

/** Options of {@link ropeInverseFrequencies}. */
export interface RopeFrequencyOptions {
  /** θ, the RoPE base ("rope_theta"), finite and > 0 (default 10000) */
  readonly base?: number;
  readonly scaling?: RopeScaling;
}

const SCALING_TYPES = ['linear', 'dynamic', 'llama3'] as const;

const positive = (name: string, value: unknown): number =>
  checkNumber(name, value, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');

/** base^(−2i/d) for i = 0 … d/2 − 1, as 1 / base^(2i/d) like HF. */
function defaultInvFreq(headDim: number, base: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < headDim; i += 2) out.push(1 / base ** (i / headDim));
  return out;
}

/** HF `_compute_llama3_parameters` applied to default frequencies. */
function llama3(invFreq: readonly number[], s: Readonly<Record<string, unknown>>): number[] {
  const factor = positive('scaling.factor', s.factor);
  const low = positive('scaling.lowFreqFactor', s.lowFreqFactor);
  const high = positive('scaling.highFreqFactor', s.highFreqFactor);
  const oldContext = positive('scaling.originalMaxPositionEmbeddings', s.originalMaxPositionEmbeddings);
  if (!(high > low)) {
    throw new RangeError(
      `scaling.highFreqFactor must be > scaling.lowFreqFactor (${low}), got ${describeValue(high)}`,
    );
  }
  const lowFreqWavelen = oldContext / low;
  const highFreqWavelen = oldContext / high;
  return invFreq.map((f) => {
    const wavelen = (2 * Math.PI) / f;
    if (wavelen < highFreqWavelen) return f;
    if (wavelen > lowFreqWavelen) return f / factor;
    const smooth = (oldContext / wavelen - low) / (high - low);
    return ((1 - smooth) * f) / factor + smooth * f;
  });
}

/**
 * The inverse frequencies θᵢ of rotary position embeddings (RoPE), one per rotated pair, with the
 * optional context-extension scalings of HF transformers.
 *
 * Formula: default invFreq[i] = base^(−2i/d), i = 0 … d/2 − 1 (HF `_compute_default_rope_parameters`
 * in `modeling_rope_utils.py`, https://github.com/huggingface/transformers; Su et al. 2021,
 * https://arxiv.org/abs/2104.09864). Scalings:
 * - `linear` (position interpolation, `_compute_linear_scaling_rope_parameters`): invFreq ÷ factor.
 * - `dynamic` (NTK-aware, `_compute_dynamic_ntk_parameters`): when seqLen > maxPositionEmbeddings the
 *   base becomes base·((factor·seqLen/maxPositionEmbeddings) − (factor − 1))^(d/(d−2)); otherwise
 *   nothing changes.
 * - `llama3` (`_compute_llama3_parameters`): with wavelength λ = 2π/f, λ < L/highFreqFactor keeps f,
 *   λ > L/lowFreqFactor gives f/factor, and between them (1 − s)·f/factor + s·f with
 *   s = (L/λ − lowFreqFactor)/(highFreqFactor − lowFreqFactor), L = originalMaxPositionEmbeddings.
 * Computed in float64; HF computes in float32, so its values differ by ~1e-7 relative.
 *
 * @param headDim the rotated dimension, an even integer ≥ 2 (≥ 4 with `'dynamic'`).
 * @param options `{ base = 10000, scaling? }`.
 * @throws {TypeError} when an argument or a field has the wrong type.
 * @throws {RangeError} for an odd or too small `headDim`, a non-positive `base` or `factor`, an
 *   unknown `scaling.type`, `seqLen` or `maxPositionEmbeddings` not an integer ≥ 1, or
 *   `highFreqFactor ≤ lowFreqFactor`.
 * @example ropeInverseFrequencies(4) // [1, 0.01]
 * @example ropeInverseFrequencies(4, { scaling: { type: 'linear', factor: 2 } }) // [0.5, 0.005]
 */
export function ropeInverseFrequencies(headDim: number, options?: RopeFrequencyOptions): number[] {
  const d = checkNumber(
    'headDim',
    headDim,
    (x) => Number.isInteger(x) && x >= 2 && x % 2 === 0,
    'an even integer >= 2',
  );
  const { base = 10000, scaling } = readOptions(options);
  const theta = positive('base', base);
  if (scaling === undefined) return defaultInvFreq(d, theta);
  const s = readOptions(scaling, 'scaling');
  const type = checkChoice('scaling.type', s.type, SCALING_TYPES);
  if (type === 'linear') {
    const factor = positive('scaling.factor', s.factor);
    return defaultInvFreq(d, theta).map((f) => f / factor);
  }
  if (type === 'dynamic') {
    if (d < 4) throw new RangeError(`headDim must be an even integer >= 4 with 'dynamic' scaling, got ${d}`);
    const factor = positive('scaling.factor', s.factor);
    const seqLen = checkInteger('scaling.seqLen', s.seqLen, 1);
    const maxPos = checkInteger('scaling.maxPositionEmbeddings', s.maxPositionEmbeddings, 1);
    if (seqLen <= maxPos) return defaultInvFreq(d, theta);
    const grown = theta * ((factor * seqLen) / maxPos - (factor - 1)) ** (d / (d - 2));
    return defaultInvFreq(d, grown);
  }
  return llama3(defaultInvFreq(d, theta), s);
}
