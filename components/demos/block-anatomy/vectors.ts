/**
 * The short vectors of the norms and activations views: the examples, and the parser for what a
 * learner types. Range checks (empty, not finite, lengths that differ) are lib/'s.
 */
import { parseNumberList } from '@/lib/format/parse';

/** At most this many numbers in a typed vector: enough to see the effect, short enough to read. */
export const MAX_VECTOR = 16;

export const NORM_PRESET_KEYS = ['sample', 'shifted', 'scaled', 'constant'] as const;
export type NormPresetKey = (typeof NORM_PRESET_KEYS)[number];

/** One vector, then the same shifted by 100, scaled by 10, and a constant vector (the ε case). */
export const NORM_PRESETS: Record<NormPresetKey, readonly number[]> = {
  sample: [1, 2, 3, 4, 10],
  shifted: [101, 102, 103, 104, 110],
  scaled: [10, 20, 30, 40, 100],
  constant: [3, 3, 3, 3],
};

/** The gated-FFN example: gate values across the SiLU bend, up values of both signs. */
export const GATE_DEFAULT: readonly number[] = [-2, -0.5, 0.5, 2];
export const UP_DEFAULT: readonly number[] = [1.5, -1, 2, 0.5];

export type VectorError = { kind: 'notNumber'; text: string } | { kind: 'tooMany'; count: number };

export type VectorResult = { ok: true; values: number[] } | { ok: false; error: VectorError };

/**
 * Reads numbers separated by commas, spaces or Chinese commas; the Unicode minus counts as "-".
 * An empty text gives an empty vector, which lib/ then rejects by name.
 *
 * @example parseVector('1, −2  3') // { ok: true, values: [1, -2, 3] }
 * @example parseVector('1, x') // { ok: false, error: { kind: 'notNumber', text: 'x' } }
 */
export function parseVector(text: string, max = MAX_VECTOR): VectorResult {
  const list = parseNumberList(text.replace(/\u2212/g, '-'));
  if (!list.ok) return { ok: false, error: { kind: 'notNumber', text: list.bad } };
  if (list.values.length > max) return { ok: false, error: { kind: 'tooMany', count: list.values.length } };
  return { ok: true, values: list.values };
}

/** The words for a rejected vector, in the page's language. */
export function vectorMessage(
  error: VectorError,
  t: { notNumber: (text: string) => string; tooMany: (n: number, max: number) => string },
): string {
  return error.kind === 'notNumber' ? t.notNumber(error.text) : t.tooMany(error.count, MAX_VECTOR);
}

/** A vector as the text of its field. */
export function formatVector(values: readonly number[]): string {
  return values.join(', ');
}
