import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOAT_FORMATS, floatFormatInfo, roundToFloat, type FloatFormat } from '@/lib/training';

/**
 * Decodes a bit pattern by the format's definition (IEEE 754 §3.4; OCP OFP8 rev. 1.0 §4): sign,
 * biased exponent, trailing significand; exponent 0 is subnormal; the all-ones exponent is
 * Inf/NaN, except in E4M3FN where only S.1111.111 is NaN. An independent reference for the tests.
 */
function decode(code: number, exponentBits: number, mantissaBits: number, e4m3fn = false): number {
  const bias = 2 ** (exponentBits - 1) - 1;
  const sign = code >> (exponentBits + mantissaBits) ? -1 : 1;
  const exponent = (code >> mantissaBits) & (2 ** exponentBits - 1);
  const fraction = code & (2 ** mantissaBits - 1);
  const allOnes = exponent === 2 ** exponentBits - 1;
  if (e4m3fn && allOnes && fraction === 2 ** mantissaBits - 1) return Number.NaN;
  if (!e4m3fn && allOnes) return fraction === 0 ? sign * Infinity : Number.NaN;
  if (exponent === 0) return sign * fraction * 2 ** (1 - bias - mantissaBits);
  return sign * (1 + fraction / 2 ** mantissaBits) * 2 ** (exponent - bias);
}

/** All finite non-negative values of a format, ascending, with their codes. */
function positiveValues(exponentBits: number, mantissaBits: number, e4m3fn = false): [number, number][] {
  const out: [number, number][] = [];
  for (let code = 0; code < 2 ** (exponentBits + mantissaBits); code++) {
    const v = decode(code, exponentBits, mantissaBits, e4m3fn);
    if (Number.isFinite(v)) out.push([code, v]);
  }
  return out;
}

const LAYOUTS: [FloatFormat, number, number, boolean][] = [
  ['fp16', 5, 10, false],
  ['bf16', 8, 7, false],
  ['fp8-e4m3', 4, 3, true],
  ['fp8-e5m2', 5, 2, false],
];

describe('floatFormatInfo', () => {
  it('gives the IEEE 754 binary16 and binary32 limits', () => {
    // IEEE 754-2019 binary16: emax 15, p = 11; max (2 − 2^−10)·2^15 = 65504, min normal 2^−14,
    // min subnormal 2^−24 (≈ 5.96e-8); numpy.finfo(float16): eps 0.000977, tiny 6.104e-05
    expect(floatFormatInfo('fp16')).toEqual({
      exponentBits: 5,
      mantissaBits: 10,
      bias: 15,
      maxFinite: 65504,
      minNormal: 0.00006103515625,
      minSubnormal: 5.960464477539063e-8,
      epsilon: 0.0009765625,
    });
    // binary32: numpy.finfo(float32) max 3.4028235e+38, tiny 1.1754944e-38, eps 1.1920929e-07;
    // min subnormal 2^−149 ≈ 1.4e-45
    expect(floatFormatInfo('fp32')).toEqual({
      exponentBits: 8,
      mantissaBits: 23,
      bias: 127,
      maxFinite: 3.4028234663852886e38,
      minNormal: 1.1754943508222875e-38,
      minSubnormal: 1.401298464324817e-45,
      epsilon: 1.1920928955078125e-7,
    });
  });

  it('gives the bfloat16 and OCP FP8 limits', () => {
    // torch.finfo(torch.bfloat16): max 3.3895313892515355e+38, tiny 1.1754943508222875e-38, eps 0.0078125
    expect(floatFormatInfo('bf16')).toMatchObject({
      exponentBits: 8,
      mantissaBits: 7,
      bias: 127,
      maxFinite: 3.3895313892515355e38,
      minNormal: 1.1754943508222875e-38,
      minSubnormal: 9.183549615799121e-41,
      epsilon: 0.0078125,
    });
    // OCP OFP8 rev. 1.0 table 1 and the P3109 extremal-values table (P3109/Public,
    // Value Tables/latex/tbl-extremalvalues.tex): ocp_e4m3 min subnormal 2^−9, min normal 2^−6,
    // max 7/4·2^8 = 448; ocp_e5m2 min subnormal 2^−16, min normal 2^−14, max 7/4·2^15 = 57344
    expect(floatFormatInfo('fp8-e4m3')).toEqual({
      exponentBits: 4,
      mantissaBits: 3,
      bias: 7,
      maxFinite: 448,
      minNormal: 0.015625,
      minSubnormal: 0.001953125,
      epsilon: 0.125,
    });
    expect(floatFormatInfo('fp8-e5m2')).toEqual({
      exponentBits: 5,
      mantissaBits: 2,
      bias: 15,
      maxFinite: 57344,
      minNormal: 0.00006103515625,
      minSubnormal: 0.0000152587890625,
      epsilon: 0.25,
    });
  });

  it('agrees with the largest and smallest codes of each bit layout', () => {
    for (const [format, eb, mb, fn] of LAYOUTS) {
      const values = positiveValues(eb, mb, fn).map(([, v]) => v);
      const info = floatFormatInfo(format);
      expect(values.at(-1)).toBe(info.maxFinite);
      expect(values[1]).toBe(info.minSubnormal);
      expect(values[2 ** mb]).toBe(info.minNormal);
      // epsilon: the gap after 1
      expect(values[values.indexOf(1) + 1]).toBe(1 + info.epsilon);
    }
  });

  it('returns a fresh object and rejects unknown formats', () => {
    const a = floatFormatInfo('fp16');
    expect(a).not.toBe(floatFormatInfo('fp16'));
    expect(() => floatFormatInfo('fp8' as FloatFormat)).toThrow(
      new RangeError(`format must be one of 'fp32', 'fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2', got "fp8"`),
    );
    expect(() => floatFormatInfo(16 as unknown as FloatFormat)).toThrow(TypeError);
  });
});

describe('roundToFloat', () => {
  it('rounds at the top of fp16 as IEEE 754 says', () => {
    // 65504 + half an ulp (16) = 65520 is the overflow threshold: below it → 65504, at it → Infinity
    expect(roundToFloat(65519.99, 'fp16')).toBe(65504);
    expect(roundToFloat(65520, 'fp16')).toBe(Infinity);
    expect(roundToFloat(-65520, 'fp16')).toBe(-Infinity);
    // bf16 spacing at 2^19 is 2^12 = 4096; 10^6/4096 = 244.14… → 244·4096
    expect(roundToFloat(1e6, 'bf16')).toBe(999424);
  });

  it('rounds 1/3 and 0.1 to the published neighbours', () => {
    // bfloat16 0x3EAB = 0.333984375 ≈ 1/3 (Wikipedia "bfloat16 floating-point format", examples):
    // 1/3 = 1.0101010|1010…₂ × 2^−2, the dropped bits exceed half → 1.0101011₂ × 2^−2 = 171/512
    expect(roundToFloat(1 / 3, 'bf16')).toBe(0.333984375);
    // binary16 0x3555 = 0.333251953125 ≈ 1/3 (Wikipedia "Half-precision floating-point format"):
    // 1.0101010101|0101…₂ × 2^−2, the dropped bits are below half → 1365/4096
    expect(roundToFloat(1 / 3, 'fp16')).toBe(0.333251953125);
    // OCP E4M3 (P3109 value table): 0x1c = 0.09375, 0x1d = 0.1015625; 0.1 is 0.0015625 from 0x1d
    expect(roundToFloat(0.1, 'fp8-e4m3')).toBe(0.1015625);
    // OCP E5M2 (P3109 value table): 0x2e = 0.09375, 0x2f = 0.109375; 0.1 is 0.00625 from 0x2e
    expect(roundToFloat(0.1, 'fp8-e5m2')).toBe(0.09375);
    expect(roundToFloat(0.1, 'fp32')).toBe(0.10000000149011612);
  });

  it('saturates E4M3 at ±448 and overflows E5M2 to ±Infinity', () => {
    // E4M3FN: 0x7e = S.1111.110 = 448 is the largest value; 464 is half way to the (absent) 480,
    // and ties go to the even significand 110 → 448
    expect(roundToFloat(448, 'fp8-e4m3')).toBe(448);
    expect(roundToFloat(464, 'fp8-e4m3')).toBe(448);
    expect(roundToFloat(1e9, 'fp8-e4m3')).toBe(448);
    expect(roundToFloat(Infinity, 'fp8-e4m3')).toBe(448);
    expect(roundToFloat(-Infinity, 'fp8-e4m3')).toBe(-448);
    // E5M2: 57344 = S.11110.11; 61440 is half way to 65536 (even significand 00) → overflow
    expect(roundToFloat(61439, 'fp8-e5m2')).toBe(57344);
    expect(roundToFloat(61440, 'fp8-e5m2')).toBe(Infinity);
    expect(roundToFloat(-Infinity, 'fp8-e5m2')).toBe(-Infinity);
    expect(roundToFloat(Number.NaN, 'fp8-e4m3')).toBeNaN();
  });

  it('rounds once from the double, never through fp32', () => {
    // x = 1 + 2^−8 + 2^−30 lies just above the bf16 midpoint 1 + 2^−8 → 1 + 2^−7 = 1.0078125.
    // Through fp32 first, 2^−30 is lost (fp32 ulp at 1 is 2^−23), the tie 1 + 2^−8 goes to even: 1.
    const x = 1 + 2 ** -8 + 2 ** -30;
    expect(Math.fround(x)).toBe(1 + 2 ** -8);
    expect(roundToFloat(x, 'bf16')).toBe(1.0078125);
    expect(roundToFloat(Math.fround(x), 'bf16')).toBe(1);
    // the same for fp16: 1 + 2^−11 + 2^−40 → 1 + 2^−10
    expect(roundToFloat(1 + 2 ** -11 + 2 ** -40, 'fp16')).toBe(1.0009765625);
  });

  it('keeps subnormals and ties them to even', () => {
    // fp16 min subnormal 2^−24: half of it is a tie with 0 (even) → 0; 1.5 units is a tie → 2 units
    expect(roundToFloat(2 ** -25, 'fp16')).toBe(0);
    expect(roundToFloat(3 * 2 ** -26, 'fp16')).toBe(2 ** -24);
    expect(roundToFloat(3 * 2 ** -25, 'fp16')).toBe(2 ** -23);
    // E4M3 subnormals are multiples of 2^−9 = 0.001953125 (P3109 table 0x01…0x07)
    expect(roundToFloat(0.005, 'fp8-e4m3')).toBe(0.005859375);
    expect(roundToFloat(0.0009765625, 'fp8-e4m3')).toBe(0);
    // underflow keeps the sign of zero
    expect(Object.is(roundToFloat(-1e-50, 'fp16'), -0)).toBe(true);
    expect(Object.is(roundToFloat(-0, 'bf16'), -0)).toBe(true);
    expect(roundToFloat(Number.MIN_VALUE, 'fp32')).toBe(0);
  });

  it('equals Math.fround for fp32 on every double (property)', () => {
    // ECMAScript Math.fround: roundTiesToEven conversion to IEEE binary32
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(Object.is(roundToFloat(x, 'fp32'), Math.fround(x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the round-to-nearest-even bit trick for bf16 of fp32 inputs (property)', () => {
    // PyTorch c10 round_to_nearest_even: bits + 0x7FFF + ((bits >> 16) & 1), keep the top 16 bits
    const view = new DataView(new ArrayBuffer(4));
    fc.assert(
      fc.property(fc.float({ noNaN: true }), (x) => {
        view.setFloat32(0, x);
        const bits = view.getUint32(0);
        const rounded = (bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16;
        view.setUint32(0, (rounded << 16) >>> 0);
        expect(Object.is(roundToFloat(x, 'bf16'), view.getFloat32(0))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every value of fp16, bf16, E4M3 and E5M2 and sends each midpoint to the even code', () => {
    const failures: string[] = [];
    for (const [format, eb, mb, fn] of LAYOUTS) {
      const values = positiveValues(eb, mb, fn);
      values.forEach(([code, v], i) => {
        if (roundToFloat(v, format) !== v || roundToFloat(-v, format) !== -v) failures.push(`${format} ${v}`);
        const next = values[i + 1];
        if (next) {
          // the midpoint is exact in a double; ties go to the even code (last significand bit 0)
          const mid = (v + next[1]) / 2;
          if (roundToFloat(mid, format) !== (code % 2 === 0 ? v : next[1]))
            failures.push(`${format} mid ${mid}`);
        }
      });
    }
    expect(failures).toEqual([]);
  });

  it('is monotone, odd and idempotent in every format (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true }),
        fc.constantFrom(...FLOAT_FORMATS),
        (a, b, format) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(roundToFloat(lo, format)).toBeLessThanOrEqual(roundToFloat(hi, format));
          expect(roundToFloat(-a, format)).toBe(-roundToFloat(a, format));
          const r = roundToFloat(a, format);
          expect(roundToFloat(r, format)).toBe(r);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects a non-number and unknown formats', () => {
    expect(() => roundToFloat('1' as unknown as number, 'fp16')).toThrow(
      new TypeError('x must be a number, got "1"'),
    );
    expect(() => roundToFloat(1, 'fp64' as FloatFormat)).toThrow(RangeError);
    expect(() => roundToFloat(1, undefined as unknown as FloatFormat)).toThrow(TypeError);
  });
});
