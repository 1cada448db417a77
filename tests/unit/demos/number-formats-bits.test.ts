import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatBits } from '@/components/demos/number-formats/bits';
import type { FloatFormat } from '@/lib/training';

const hex = (value: number, format: FloatFormat) => floatBits(value, format).hex;

/** A code's value by the format definition (IEEE 754 §3.4, OCP OFP8 §4), independent of floatBits. */
function decode(code: number, eb: number, mb: number, e4m3fn: boolean): number {
  const bias = 2 ** (eb - 1) - 1;
  const sign = Math.floor(code / 2 ** (eb + mb)) === 1 ? -1 : 1;
  const exponent = Math.floor(code / 2 ** mb) % 2 ** eb;
  const fraction = code % 2 ** mb;
  const allOnes = exponent === 2 ** eb - 1;
  if (e4m3fn ? allOnes && fraction === 2 ** mb - 1 : allOnes && fraction !== 0) return Number.NaN;
  if (!e4m3fn && allOnes) return sign * Infinity;
  if (exponent === 0) return sign * fraction * 2 ** (1 - bias - mb);
  return sign * (1 + fraction / 2 ** mb) * 2 ** (exponent - bias);
}

describe('floatBits', () => {
  it('gives the published encodings of 1/3, 0.1 and the limits', () => {
    // bfloat16 is the top half of binary32: sign, 8 exponent bits (bias 127), 7 mantissa bits.
    // 0.333984375 = 1.0101011₂ × 2^−2 (lib test: bf16 of 1/3) → 0 01111101 0101011 = 3eab;
    // max (2 − 2^−7)·2^127 → 0 11111110 1111111 = 7f7f
    expect(floatBits(0.333984375, 'bf16')).toEqual({
      sign: '0',
      exponent: '01111101',
      mantissa: '0101011',
      kind: 'normal',
      hex: '0x3EAB',
      power: -2,
    });
    expect(hex(3.3895313892515355e38, 'bf16')).toBe('0x7F7F');
    // IEEE binary16 as the Arm Compiler armcc guide lays it out ("Half-precision floating-point
    // format": S bit 15, E bits 14:10, T bits 9:0; E = 31, T = 0 is ±∞; E = 0 is 2^−14·T/1024):
    // 0 01101 0101010101 = 3555 ≈ 1/3, 7bff = 65504, 0400 = 2^−14, 0001 = 2^−24, 3c00 = 1,
    // c000 = −2, 7c00 = ∞, fc00 = −∞, 8000 = −0
    expect(hex(0.333251953125, 'fp16')).toBe('0x3555');
    expect(hex(65504, 'fp16')).toBe('0x7BFF');
    expect(hex(2 ** -14, 'fp16')).toBe('0x0400');
    expect(floatBits(2 ** -24, 'fp16')).toMatchObject({ hex: '0x0001', kind: 'subnormal', power: -14 });
    expect(hex(1, 'fp16')).toBe('0x3C00');
    expect(hex(-2, 'fp16')).toBe('0xC000');
    expect(floatBits(Infinity, 'fp16')).toMatchObject({ hex: '0x7C00', kind: 'infinity' });
    expect(hex(-Infinity, 'fp16')).toBe('0xFC00');
    expect(floatBits(-0, 'fp16')).toMatchObject({ hex: '0x8000', kind: 'zero', sign: '1' });
    // IEEE 754 binary32 (the bytes DataView writes for a float32): 0.1f = 3dcccccd, 1 = 3f800000,
    // max (2 − 2^−23)·2^127 = 7f7fffff, smallest subnormal 2^−149 = 00000001
    expect(hex(Math.fround(0.1), 'fp32')).toBe('0x3DCCCCCD');
    expect(hex(1, 'fp32')).toBe('0x3F800000');
    expect(hex(3.4028234663852886e38, 'fp32')).toBe('0x7F7FFFFF');
    expect(hex(2 ** -149, 'fp32')).toBe('0x00000001');
  });

  it('encodes OCP FP8: E4M3 max 448 = S.1111.110, E5M2 max 57344 = S.11110.11', () => {
    // OCP OFP8 rev. 1.0, table 1
    expect(floatBits(448, 'fp8-e4m3')).toMatchObject({ exponent: '1111', mantissa: '110', hex: '0x7E' });
    expect(hex(2 ** -9, 'fp8-e4m3')).toBe('0x01');
    expect(hex(2 ** -6, 'fp8-e4m3')).toBe('0x08');
    expect(floatBits(Number.NaN, 'fp8-e4m3')).toMatchObject({ hex: '0x7F', kind: 'nan' });
    expect(floatBits(57344, 'fp8-e5m2')).toMatchObject({ exponent: '11110', mantissa: '11', hex: '0x7B' });
    expect(hex(Infinity, 'fp8-e5m2')).toBe('0x7C');
    expect(hex(2 ** -16, 'fp8-e5m2')).toBe('0x01');
    expect(floatBits(Number.NaN, 'fp16').hex).toBe('0x7E00');
  });

  it('round-trips every code of fp16, bf16, E4M3 and E5M2', () => {
    const layouts: [FloatFormat, number, number, boolean][] = [
      ['fp16', 5, 10, false],
      ['bf16', 8, 7, false],
      ['fp8-e4m3', 4, 3, true],
      ['fp8-e5m2', 5, 2, false],
    ];
    const failures: string[] = [];
    for (const [format, eb, mb, fn] of layouts) {
      const width = 1 + eb + mb;
      for (let code = 0; code < 2 ** width; code++) {
        const value = decode(code, eb, mb, fn);
        if (Number.isNaN(value)) continue;
        const expected = `0x${code
          .toString(16)
          .toUpperCase()
          .padStart(width / 4, '0')}`;
        if (hex(value, format) !== expected) failures.push(`${format} ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('matches the binary32 bits of every float (property)', () => {
    const view = new DataView(new ArrayBuffer(4));
    fc.assert(
      fc.property(fc.float({ noNaN: true }), (x) => {
        view.setFloat32(0, x);
        const expected = `0x${view.getUint32(0).toString(16).toUpperCase().padStart(8, '0')}`;
        expect(hex(x, 'fp32')).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses values the format cannot hold', () => {
    expect(() => floatBits(0.1, 'fp16')).toThrow(new RangeError('0.1 is not a value of fp16'));
    expect(() => floatBits(70000, 'fp16')).toThrow(RangeError);
    expect(() => floatBits(480, 'fp8-e4m3')).toThrow(RangeError);
    expect(() => floatBits(Infinity, 'fp8-e4m3')).toThrow(new RangeError('fp8-e4m3 has no infinity'));
    expect(() => floatBits(2 ** -26, 'fp16')).toThrow(RangeError);
  });
});
