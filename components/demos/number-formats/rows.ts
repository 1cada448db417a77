/**
 * What the number-format explorer shows for one typed value: the value each format stores
 * (`roundToFloat`), its bits, the rounding error and what happened on the way (overflow,
 * saturation, subnormal, underflow), judged against the limits of `floatFormatInfo`. Also the
 * loss-scaling walk-through: scale a gradient by S, store it in FP16, unscale it in FP32.
 * Pure; tested in tests/unit/demos/number-formats-rows.test.ts.
 */
import { FLOAT_FORMATS, floatFormatInfo, roundToFloat, type FloatFormat } from '@/lib/training/float-format';
import { floatBits, type FloatBits } from './bits';

/**
 * What rounding did to a value: `exact` (nothing), `overflow` (became ±Infinity), `saturated`
 * (clamped to ±max, E4M3 only), `subnormal` (stored with fewer significant bits), `underflow`
 * (became zero).
 */
export type Flag = 'exact' | 'overflow' | 'saturated' | 'subnormal' | 'underflow';

export interface FormatRow {
  readonly format: FloatFormat;
  readonly stored: number;
  readonly bits: FloatBits;
  /** |stored − x| (Infinity after an overflow). */
  readonly absError: number;
  /** |stored − x| / |x|; null for x = 0. */
  readonly relError: number | null;
  readonly flags: readonly Flag[];
}

/**
 * One format's row for the value x (a finite double).
 *
 * @example formatRow(1 / 3, 'bf16').stored // 0.333984375
 * @example formatRow(70000, 'fp16').flags // ['overflow']
 */
export function formatRow(x: number, format: FloatFormat): FormatRow {
  const info = floatFormatInfo(format);
  const stored = roundToFloat(x, format);
  const absError = Math.abs(stored - x);
  const flags: Flag[] = [];
  if (stored === x) flags.push('exact');
  if (!Number.isFinite(stored)) flags.push('overflow');
  // The lib saturates E4M3 instead of overflowing: anything beyond ±max is stored as ±max.
  if (format === 'fp8-e4m3' && Math.abs(x) > info.maxFinite) flags.push('saturated');
  if (stored === 0 && x !== 0) flags.push('underflow');
  if (stored !== 0 && Math.abs(stored) < info.minNormal) flags.push('subnormal');
  return {
    format,
    stored,
    bits: floatBits(stored, format),
    absError,
    relError: x === 0 ? null : absError / Math.abs(x),
    flags,
  };
}

/** Every format's row for x, in the order of `FLOAT_FORMATS` (fp32, fp16, bf16, E4M3, E5M2). */
export function formatRows(x: number): FormatRow[] {
  return FLOAT_FORMATS.map((format) => formatRow(x, format));
}

/** The fate of a scaled gradient in FP16: lost (0), subnormal, fine, or overflowed to Infinity. */
export type ScaledStatus = 'lost' | 'subnormal' | 'ok' | 'overflow';

export interface ScaledGradient {
  /** S = 2^exponent */
  readonly scale: number;
  /** S·g, exact (a power-of-two scale only moves the exponent) */
  readonly scaled: number;
  /** S·g stored in FP16, as the backward pass holds it */
  readonly fp16: number;
  /** fp16 / S in FP32, the gradient the optimiser receives (Infinity if it overflowed) */
  readonly unscaled: number;
  /** |unscaled − g| / |g|; null for g = 0 */
  readonly relError: number | null;
  readonly status: ScaledStatus;
}

/** Loss-scale exponents the demo offers: S = 2^0 … 2^24. */
export const LOSS_SCALE_EXPONENTS = Array.from({ length: 25 }, (_, k) => k);

/**
 * Static loss scaling of one gradient g by S = 2^exponent (Micikevicius et al. 2018, §3.2): the
 * backward pass produces S·g in FP16; before the update it is divided by S in FP32.
 *
 * @throws {RangeError} when exponent is not an integer in [0, 24].
 * @example scaleGradient(2e-8, 0).status // 'lost': 2e-8 is below half of FP16's smallest subnormal 2^−24
 * @example scaleGradient(1, 16).status // 'overflow': 65536 > 65504
 */
export function scaleGradient(g: number, exponent: number): ScaledGradient {
  if (!LOSS_SCALE_EXPONENTS.includes(exponent))
    throw new RangeError(`exponent must be an integer in [0, 24], got ${exponent}`);
  const scale = 2 ** exponent;
  const scaled = g * scale;
  const fp16 = roundToFloat(scaled, 'fp16');
  const unscaled = roundToFloat(fp16 / scale, 'fp32');
  const status: ScaledStatus = !Number.isFinite(fp16)
    ? 'overflow'
    : fp16 === 0 && g !== 0
      ? 'lost'
      : Math.abs(fp16) < floatFormatInfo('fp16').minNormal && fp16 !== 0
        ? 'subnormal'
        : 'ok';
  return {
    scale,
    scaled,
    fp16,
    unscaled,
    relError: g === 0 ? null : Math.abs(unscaled - g) / Math.abs(g),
    status,
  };
}
