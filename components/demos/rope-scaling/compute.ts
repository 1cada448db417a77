/**
 * The RoPE-scaling explorer's numbers: the inverse frequencies of every method from
 * `ropeInverseFrequencies` (lib/transformer, HF `modeling_rope_utils` semantics), turned into
 * wavelengths 2π/θᵢ, and per frequency how much a method stretched it. Pure; tested in
 * tests/unit/demos/rope-scaling-compute.test.ts.
 */
import { parseIntegerField, type FieldError } from '@/components/demos/attention-lab/parse';
import { ropeInverseFrequencies, type RopeScaling } from '@/lib/transformer/rope-frequencies';

export const METHODS = ['linear', 'dynamic', 'llama3'] as const;
export type Method = (typeof METHODS)[number];
/** The lines of the chart: the unscaled frequencies, then each method. */
export const SERIES = ['original', ...METHODS] as const;
export type Series = (typeof SERIES)[number];

/** Scale factors s the slider visits. */
export const FACTORS = [2, 4, 8, 16, 32, 64] as const;
/** Training context lengths L (Llama 2: 4,096; Llama 3: 8,192). */
export const LENGTHS = [2048, 4096, 8192, 16384, 32768] as const;
/** RoPE bases θ ("rope_theta"): 10,000 (RoFormer, Llama 2) and 500,000 (Llama 3). */
export const BASES = [10000, 500000] as const;
/** Current sequence lengths for dynamic NTK, as multiples of L. */
export const CURRENT_MULTIPLES = [1, 2, 4, 8, 16, 32, 64] as const;
/** Head dimensions the chart can draw. */
export const MAX_HEAD_DIM = 1024;

/**
 * Llama 3.1's `rope_scaling` apart from the factor and the original length, which are controls:
 * low_freq_factor 1 and high_freq_factor 4 (HF `_compute_llama3_parameters`, whose comments give
 * factor 8, 1, 4 and original length 8192 as the values of Meta's implementation).
 */
export const LLAMA3_FREQ_FACTORS = { lowFreqFactor: 1, highFreqFactor: 4 } as const;

export interface RopeParams {
  readonly headDim: number;
  readonly base: number;
  readonly factor: number;
  /** the training context length L */
  readonly originalLength: number;
  /** the current sequence length n for dynamic NTK */
  readonly currentLength: number;
}

/**
 * The `scaling` option of `ropeInverseFrequencies` for a method, or undefined for the original.
 *
 * @example scalingFor('linear', params) // { type: 'linear', factor: params.factor }
 */
export function scalingFor(series: Series, p: RopeParams): RopeScaling | undefined {
  switch (series) {
    case 'original':
      return undefined;
    case 'linear':
      return { type: 'linear', factor: p.factor };
    case 'dynamic':
      return {
        type: 'dynamic',
        factor: p.factor,
        seqLen: p.currentLength,
        maxPositionEmbeddings: p.originalLength,
      };
    case 'llama3':
      return {
        type: 'llama3',
        factor: p.factor,
        ...LLAMA3_FREQ_FACTORS,
        originalMaxPositionEmbeddings: p.originalLength,
      };
  }
}

/**
 * Wavelength of each rotated pair: λᵢ = 2π/θᵢ, the number of positions one full turn takes.
 *
 * @example wavelengths([1, 0.01]) // [6.283185307179586, 628.3185307179587]
 */
export function wavelengths(invFreq: readonly number[]): number[] {
  return invFreq.map((f) => (2 * Math.PI) / f);
}

/** Every series' inverse frequencies and wavelengths, index i = 0 … d/2 − 1. */
export type RopeTable = Record<
  Series,
  { readonly invFreq: readonly number[]; readonly wavelength: readonly number[] }
>;

/**
 * The four series for one set of parameters, each from `ropeInverseFrequencies`.
 *
 * @throws {RangeError} from lib for an odd or too small head dimension or a bad length.
 */
export function ropeTable(p: RopeParams): RopeTable {
  const one = (series: Series) => {
    const scaling = scalingFor(series, p);
    const invFreq = ropeInverseFrequencies(p.headDim, scaling ? { base: p.base, scaling } : { base: p.base });
    return { invFreq, wavelength: wavelengths(invFreq) };
  };
  return { original: one('original'), linear: one('linear'), dynamic: one('dynamic'), llama3: one('llama3') };
}

/**
 * What a method did to one frequency, from the wavelength ratio r = λ′/λ: `kept` when it moved by
 * at most 1 %, `scaled` when it stretched by (nearly) the full factor s or more, `between` otherwise
 * (llama3's ramp, most of dynamic NTK).
 *
 * @example band(1, 8) // 'kept'
 * @example band(8, 8) // 'scaled'
 * @example band(1.21, 8) // 'between'
 */
export type Band = 'kept' | 'between' | 'scaled';
export const CHANGE_TOLERANCE = 0.01;

export function band(ratio: number, factor: number): Band {
  if (Math.abs(ratio - 1) <= CHANGE_TOLERANCE) return 'kept';
  if (ratio >= factor * (1 - CHANGE_TOLERANCE)) return 'scaled';
  return 'between';
}

export interface MethodSummary {
  /** λ′ᵢ / λᵢ per frequency */
  readonly ratios: readonly number[];
  readonly bands: readonly Band[];
  /** frequencies whose wavelength moved by more than 1 % */
  readonly changed: number;
  readonly counts: Readonly<Record<Band, number>>;
  /** the longest wavelength after scaling */
  readonly longest: number;
}

/**
 * How a method changed the original wavelengths.
 *
 * @example summarize([6.28, 628], [6.28, 5024], 8) // { ratios: [1, 8], bands: ['kept', 'scaled'], changed: 1, … longest: 5024 }
 */
export function summarize(
  original: readonly number[],
  scaled: readonly number[],
  factor: number,
): MethodSummary {
  const ratios = scaled.map((w, i) => w / (original[i] ?? w));
  const bands = ratios.map((r) => band(r, factor));
  const counts = { kept: 0, between: 0, scaled: 0 };
  for (const b of bands) counts[b] += 1;
  return { ratios, bands, changed: counts.between + counts.scaled, counts, longest: Math.max(...scaled) };
}

/** Why the head-dimension field cannot be used. */
export type HeadDimError =
  FieldError | { kind: 'lib'; value: number } | { kind: 'range'; value: number; max: number };

/**
 * The head dimension: a whole number, at most `MAX_HEAD_DIM`, that lib accepts for every method
 * (even, and ≥ 4 for dynamic NTK: `ropeInverseFrequencies` throws a RangeError otherwise).
 *
 * @example readHeadDim('128') // { ok: true, value: 128 }
 * @example readHeadDim('127') // { ok: false, error: { kind: 'lib', value: 127 } }
 */
export function readHeadDim(text: string): { ok: true; value: number } | { ok: false; error: HeadDimError } {
  const parsed = parseIntegerField(text, Number.MAX_SAFE_INTEGER);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  // Checked before lib, which would happily compute half a billion frequencies for 1e9.
  if (value > MAX_HEAD_DIM) return { ok: false, error: { kind: 'range', value, max: MAX_HEAD_DIM } };
  try {
    ropeInverseFrequencies(value, {
      scaling: { type: 'dynamic', factor: 2, seqLen: 2, maxPositionEmbeddings: 1 },
    });
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError)
      return { ok: false, error: { kind: 'lib', value } };
    throw e;
  }
  return { ok: true, value };
}
