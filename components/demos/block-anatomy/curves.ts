/**
 * The activation curves the demo plots, sampled from lib/transformer (ReLU, GELU exact and tanh, SiLU).
 */
import { gelu, relu, silu } from '@/lib/transformer/activations';

export const CURVE_KEYS = ['relu', 'gelu', 'geluTanh', 'silu'] as const;
export type CurveKey = (typeof CURVE_KEYS)[number];

export const ACTIVATION: Record<CurveKey, (x: number) => number> = {
  relu,
  gelu: (x) => gelu(x),
  geluTanh: (x) => gelu(x, 'tanh'),
  silu,
};

/** x from −4 to 4 in steps of 0.1, each written as (i − 40)/10 so that 0.3 is 0.3. */
export const SAMPLE_XS: readonly number[] = Array.from({ length: 81 }, (_, i) => (i - 40) / 10);

/**
 * Each curve at every x of `SAMPLE_XS`, as [x, y] points.
 *
 * @example sampleCurves().gelu[50] // [1, 0.8413447460685429]
 */
export function sampleCurves(): Record<CurveKey, [number, number][]> {
  const out = {} as Record<CurveKey, [number, number][]>;
  for (const key of CURVE_KEYS) out[key] = SAMPLE_XS.map((x) => [x, ACTIVATION[key](x)]);
  return out;
}
