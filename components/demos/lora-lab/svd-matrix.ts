/**
 * The weight update the SVD tab decomposes: a small matrix drawn from a seed with lib's `createRng`
 * (Mulberry32), so a seed always gives the same matrix on the server, in the browser and in a
 * shared link. Not a formula the page teaches, only sample data. Pure, without `ml-matrix`
 * (tests/unit/demos/lora-lab-svd.test.ts).
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { createRng } from '@/lib/decoding/rng';
import { standardNormal } from '@/lib/decoding/weights';

/** The update's shape: d = 12 outputs, k = 10 inputs, so its rank is at most 10. */
export const SVD_ROWS = 12;
export const SVD_COLS = 10;
export const SVD_MAX_RANK = Math.min(SVD_ROWS, SVD_COLS);

export const SPECTRA = ['decaying', 'noise'] as const;
export type Spectrum = (typeof SPECTRA)[number];

/**
 * 'decaying': four rank-1 terms whose weights halve (6, 3, 1.5, 0.75) plus Gaussian noise of
 * standard deviation 0.05, the "low intrinsic rank" LoRA assumes; 'noise': Gaussian entries of
 * standard deviation 0.5 and no structure, whose singular values fall slowly.
 */
const SPECTRUM_SHAPE: Record<Spectrum, { weights: readonly number[]; noise: number }> = {
  decaying: { weights: [6, 3, 1.5, 0.75], noise: 0.05 },
  noise: { weights: [], noise: 0.5 },
};

export interface SvdDraft {
  readonly seed: string;
  readonly spectrum: Spectrum;
  readonly rank: string;
}

export const DEFAULT_SVD: SvdDraft = { seed: '7', spectrum: 'decaying', rank: '2' };

function unitVector(rng: () => number, length: number): number[] {
  const v = Array.from({ length }, () => standardNormal(rng));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/**
 * The 12 × 10 update for a seed: Σⱼ wⱼ uⱼ vⱼᵀ with random unit vectors uⱼ, vⱼ, plus noise.
 *
 * @throws {RangeError} from `createRng` when the seed is not finite.
 * @example sampleUpdate(7, 'decaying').length // 12
 */
export function sampleUpdate(seed: number, spectrum: Spectrum): number[][] {
  const rng = createRng(seed);
  const { weights, noise } = SPECTRUM_SHAPE[spectrum];
  const terms = weights.map((w) => ({ w, u: unitVector(rng, SVD_ROWS), v: unitVector(rng, SVD_COLS) }));
  return Array.from({ length: SVD_ROWS }, (_, i) =>
    Array.from(
      { length: SVD_COLS },
      (_, j) =>
        terms.reduce((sum, { w, u, v }) => sum + w * (u[i] ?? 0) * (v[j] ?? 0), 0) +
        noise * standardNormal(rng),
    ),
  );
}

export type SvdField = 'seed' | 'rank';

/** Why the typed seed or rank is not usable before lib sees it. */
export type SvdFieldError = { field: SvdField; error: FieldError };

/**
 * Reads the seed and the rank as numbers (the range checks are lib's: `createRng` for the seed,
 * `lowRankApproximation` for the rank).
 *
 * @example readSvdFields(DEFAULT_SVD) // { ok: true, seed: 7, rank: 2 }
 */
export function readSvdFields(
  draft: SvdDraft,
): { ok: true; seed: number; rank: number } | { ok: false; error: SvdFieldError } {
  const seed = parseField(draft.seed);
  if (!seed.ok) return { ok: false, error: { field: 'seed', error: seed.error } };
  const rank = parseField(draft.rank);
  if (!rank.ok) return { ok: false, error: { field: 'rank', error: rank.error } };
  return { ok: true, seed: seed.value, rank: rank.value };
}

/** Why the SVD tab's seed or rank cannot be used before the SVD runs. */
export type SvdInputError =
  { kind: 'field'; field: SvdField; error: FieldError } | { kind: 'lib'; field: 'seed'; message: string };

export type SvdInput =
  { ok: true; seed: number; rank: number; matrix: number[][] } | { ok: false; error: SvdInputError };

/**
 * The typed seed and rank as numbers and the update they give. A non-finite seed is refused by
 * lib's `createRng` (its message is returned); the rank is checked later by `lowRankApproximation`.
 *
 * @example readSvdInput(DEFAULT_SVD).ok // true
 */
export function readSvdInput(draft: SvdDraft): SvdInput {
  const fields = readSvdFields(draft);
  if (!fields.ok) return { ok: false, error: { kind: 'field', ...fields.error } };
  try {
    return {
      ok: true,
      seed: fields.seed,
      rank: fields.rank,
      matrix: sampleUpdate(fields.seed, draft.spectrum),
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, error: { kind: 'lib', field: 'seed', message: e.message } };
  }
}
