/**
 * The bit pattern of a value that a format can hold: sign, biased exponent and trailing
 * significand ("mantissa") fields, read off the value with the format's parameters from
 * `floatFormatInfo` (lib/training). Pure; tested against published encodings.
 */
import { floatFormatInfo, type FloatFormat } from '@/lib/training/float-format';

/** What kind of value a bit pattern encodes. */
export type BitKind = 'zero' | 'subnormal' | 'normal' | 'infinity' | 'nan';

/** A value's encoding, each field as a string of '0'/'1', most significant bit first. */
export interface FloatBits {
  readonly sign: string;
  readonly exponent: string;
  readonly mantissa: string;
  readonly kind: BitKind;
  /** The whole pattern as hexadecimal, `0x3EAB`. */
  readonly hex: string;
  /** The unbiased exponent e of a normal value 1.m × 2^e, or 1 − bias for a subnormal; null otherwise. */
  readonly power: number | null;
}

const bitsOf = (n: number, width: number) => n.toString(2).padStart(width, '0');

/** 2^n exactly, for the integer exponents of the five formats (|n| ≤ 160). */
function pow2(n: number): number {
  let p = 1;
  const step = n < 0 ? 0.5 : 2;
  for (let i = 0; i < Math.abs(n); i++) p *= step;
  return p;
}

/**
 * The encoding of `value` in `format`. `value` must already be one of the format's values (the
 * output of `roundToFloat`). Exponent field 0 holds zero and the subnormals (0.m × 2^(1 − bias));
 * the all-ones exponent holds ±Infinity (mantissa 0) and NaN (quiet NaN, mantissa 10…0) in the
 * IEEE-style formats. E4M3FN (OCP OFP8) has no infinity and keeps only S.1111.111 for NaN.
 *
 * @throws {RangeError} when the format cannot hold `value` exactly (or at all: Infinity in E4M3).
 * @example floatBits(0.333984375, 'bf16') // { sign: '0', exponent: '01111101', mantissa: '0101011', kind: 'normal', hex: '0x3EAB', power: -2 }
 * @example floatBits(448, 'fp8-e4m3').hex // '0x7E'
 */
export function floatBits(value: number, format: FloatFormat): FloatBits {
  const { exponentBits: eb, mantissaBits: mb, bias, minNormal } = floatFormatInfo(format);
  const noInfinity = format === 'fp8-e4m3';
  const ones = (2 ** eb - 1) >>> 0;
  const negative = value < 0 || Object.is(value, -0);
  const make = (exp: number, man: number, kind: BitKind, power: number | null): FloatBits => {
    const sign = negative && kind !== 'nan' ? '1' : '0';
    const exponent = bitsOf(exp, eb);
    const mantissa = bitsOf(man, mb);
    const digits = Math.ceil((1 + eb + mb) / 4);
    const hex = parseInt(sign + exponent + mantissa, 2)
      .toString(16)
      .toUpperCase()
      .padStart(digits, '0');
    return { sign, exponent, mantissa, kind, hex: `0x${hex}`, power };
  };
  if (Number.isNaN(value)) return make(ones, noInfinity ? 2 ** mb - 1 : 2 ** (mb - 1), 'nan', null);
  const magnitude = Math.abs(value);
  if (magnitude === Infinity) {
    if (noInfinity) throw new RangeError(`${format} has no infinity`);
    return make(ones, 0, 'infinity', null);
  }
  if (magnitude === 0) return make(0, 0, 'zero', null);
  const fail = () => new RangeError(`${value} is not a value of ${format}`);
  if (magnitude < minNormal) {
    const units = magnitude / pow2(1 - bias - mb);
    if (!Number.isInteger(units)) throw fail();
    return make(0, units, 'subnormal', 1 - bias);
  }
  let e = Math.floor(Math.log2(magnitude));
  // log2 can land one off next to a power of two; fix e so that 1 ≤ magnitude / 2^e < 2.
  if (pow2(e) > magnitude) e -= 1;
  else if (pow2(e + 1) <= magnitude) e += 1;
  const fraction = (magnitude / pow2(e) - 1) * 2 ** mb;
  const biased = e + bias;
  const maxBiased = noInfinity ? ones : ones - 1;
  if (
    !Number.isInteger(fraction) ||
    biased > maxBiased ||
    (noInfinity && biased === ones && fraction === 2 ** mb - 1)
  )
    throw fail();
  return make(biased, fraction, 'normal', e);
}
