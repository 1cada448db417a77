import { checkChoice, checkNumber } from '@/lib/utils/validate';

/** The floating-point formats of {@link roundToFloat} and {@link floatFormatInfo}. */
export const FLOAT_FORMATS = ['fp32', 'fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2'] as const;

/** One of {@link FLOAT_FORMATS}. */
export type FloatFormat = (typeof FLOAT_FORMATS)[number];

/** The parameters and limits of a binary floating-point format. */
export interface FloatFormatInfo {
  /** Bits of the exponent field. */
  readonly exponentBits: number;
  /** Bits of the stored (trailing) significand; the precision is mantissaBits + 1. */
  readonly mantissaBits: number;
  /** Exponent bias: a normal number is 1.f × 2^(e − bias). */
  readonly bias: number;
  /** Largest finite value. */
  readonly maxFinite: number;
  /** Smallest positive normal value, 2^(1 − bias). */
  readonly minNormal: number;
  /** Smallest positive subnormal value, 2^(1 − bias − mantissaBits). */
  readonly minSubnormal: number;
  /** Machine epsilon, the gap between 1 and the next value: 2^−mantissaBits. */
  readonly epsilon: number;
}

// Values as in the IEEE 754-2019 table 3.5 (binary16, binary32), Google's bfloat16 (binary32's
// exponent with 7 stored significand bits) and the OCP 8-bit Floating Point Specification (OFP8)
// rev. 1.0, table 1 (E4M3: max normal S.1111.110 = 1.75 × 2^8; E5M2: max normal S.11110.11 = 1.75 × 2^15).
const INFO: Readonly<Record<FloatFormat, FloatFormatInfo>> = Object.freeze({
  fp32: Object.freeze({
    exponentBits: 8,
    mantissaBits: 23,
    bias: 127,
    maxFinite: (2 - 2 ** -23) * 2 ** 127,
    minNormal: 2 ** -126,
    minSubnormal: 2 ** -149,
    epsilon: 2 ** -23,
  }),
  fp16: Object.freeze({
    exponentBits: 5,
    mantissaBits: 10,
    bias: 15,
    maxFinite: 65504,
    minNormal: 2 ** -14,
    minSubnormal: 2 ** -24,
    epsilon: 2 ** -10,
  }),
  bf16: Object.freeze({
    exponentBits: 8,
    mantissaBits: 7,
    bias: 127,
    maxFinite: (2 - 2 ** -7) * 2 ** 127,
    minNormal: 2 ** -126,
    minSubnormal: 2 ** -133,
    epsilon: 2 ** -7,
  }),
  'fp8-e4m3': Object.freeze({
    exponentBits: 4,
    mantissaBits: 3,
    bias: 7,
    maxFinite: 448,
    minNormal: 2 ** -6,
    minSubnormal: 2 ** -9,
    epsilon: 2 ** -3,
  }),
  'fp8-e5m2': Object.freeze({
    exponentBits: 5,
    mantissaBits: 2,
    bias: 15,
    maxFinite: 57344,
    minNormal: 2 ** -14,
    minSubnormal: 2 ** -16,
    epsilon: 2 ** -2,
  }),
});

/**
 * The exponent width, significand width, bias and limits of a floating-point format.
 *
 * Formula: minNormal = 2^(1 − bias), minSubnormal = 2^(1 − bias − mantissaBits), epsilon =
 * 2^−mantissaBits; maxFinite = (2 − 2^−mantissaBits)·2^(2^exponentBits − 2 − bias) for the IEEE-style
 * formats (fp32, fp16, bf16, E5M2), and 1.75 × 2^8 = 448 for E4M3FN, which gives up infinities and
 * keeps only S.1111.111 for NaN (IEEE 754-2019 §3.6; OCP OFP8 rev. 1.0, table 1).
 *
 * @throws {TypeError} when `format` is not a string.
 * @throws {RangeError} when `format` is not one of {@link FLOAT_FORMATS}.
 * @example floatFormatInfo('fp16').maxFinite // 65504
 * @example floatFormatInfo('fp8-e4m3') // { exponentBits: 4, mantissaBits: 3, bias: 7, maxFinite: 448, minNormal: 0.015625, minSubnormal: 0.001953125, epsilon: 0.125 }
 */
export function floatFormatInfo(format: FloatFormat): FloatFormatInfo {
  return { ...INFO[checkChoice('format', format, FLOAT_FORMATS)] };
}

/** 2^n for an integer n in the normal double range [−1022, 1023], exactly (n = 1024 gives Infinity). */
function pow2(n: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint16(0, (n + 1023) << 4);
  return view.getFloat64(0);
}

/** The integer nearest to y ≥ 0, ties to the even one. */
function roundHalfEven(y: number): number {
  const floor = Math.floor(y);
  const fraction = y - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The value of a floating-point format nearest to x: round to nearest, ties to even, subnormals
 * included, rounded once straight from the double x (no double rounding through fp32).
 *
 * Formula: with e = ⌊log₂|x|⌋ and q = 2^(max(e, 1 − bias) − mantissaBits), the result is
 * q · roundHalfEven(x/q), rounded as if the exponent range were unbounded; a magnitude above
 * maxFinite then becomes ±Infinity (fp32, fp16, bf16, E5M2: IEEE 754-2019 §4.3.1 and §7.4, so fp16
 * 65519.99 → 65504 and 65520 → Infinity) or saturates to ±448 for E4M3, ±Infinity included, as the
 * saturating casts of FP8 training recipes do (OCP OFP8 rev. 1.0, §5 "saturating conversion";
 * Micikevicius et al. 2022, https://arxiv.org/abs/2209.05433). E4M3FN has no infinity: before PyTorch 2.12
 * a plain cast `x.to(torch.float8_e4m3fn)` rounded every |x| > 464 into the code S.1111.111 where 480
 * would be, which is NaN (PyTorch PR #178817 made finite overflow saturate). NaN stays NaN and the
 * sign of zero is kept.
 *
 * @param x any number.
 * @param format one of {@link FLOAT_FORMATS}.
 * @throws {TypeError} when x is not a number or format is not a string.
 * @throws {RangeError} when format is unknown.
 * @example roundToFloat(1 / 3, 'bf16') // 0.333984375
 * @example roundToFloat(65520, 'fp16') // Infinity
 * @example roundToFloat(0.1, 'fp8-e4m3') // 0.1015625
 */
export function roundToFloat(x: number, format: FloatFormat): number {
  const value = checkNumber('x', x, () => true, 'a number');
  const info = INFO[checkChoice('format', format, FLOAT_FORMATS)];
  const saturate = format === 'fp8-e4m3';
  if (Number.isNaN(value) || value === 0) return value;
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  if (magnitude === Infinity) return saturate ? sign * info.maxFinite : value;

  const eMin = 1 - info.bias;
  // Below minNormal every value shares the subnormal quantum; above it, find e exactly.
  let e = eMin;
  if (magnitude >= info.minNormal) {
    e = Math.floor(Math.log2(magnitude));
    if (pow2(e) > magnitude) e -= 1;
    else if (pow2(e + 1) <= magnitude) e += 1;
  }
  const qExp = e - info.mantissaBits;
  // Scaling by powers of two is exact here: the quotient stays below 2^(mantissaBits + 1).
  const rounded = roundHalfEven(magnitude * pow2(-qExp)) * pow2(qExp);
  if (rounded > info.maxFinite) return saturate ? sign * info.maxFinite : sign * Infinity;
  return sign * rounded;
}
