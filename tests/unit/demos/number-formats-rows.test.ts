import { describe, expect, it } from 'vitest';
import { approxText, exactText, limitText, superscript } from '@/components/demos/number-formats/display';
import { formatRow, formatRows, scaleGradient } from '@/components/demos/number-formats/rows';
import {
  decodeState,
  encodeState,
  type NumberFormatsState,
} from '@/components/demos/number-formats/url-state';

describe('formatRow', () => {
  it('rounds 1/3 and 0.1 to their published neighbours, with the error', () => {
    // bfloat16 0x3EAB = 0.333984375 (Wikipedia "bfloat16 floating-point format")
    const third = formatRow(1 / 3, 'bf16');
    expect(third).toMatchObject({ stored: 0.333984375, flags: [] });
    expect(third.bits.hex).toBe('0x3EAB');
    // 0.333984375 − 1/3 = 1/1536
    expect(third.absError).toBeCloseTo(1 / 1536, 15);
    expect(third.relError).toBeCloseTo(3 / 1536, 15);
    // fp16: 0.1 = 1.6·2^−4, 0.6·1024 = 614.4 → 614: (1024 + 614)/16384 = 0.0999755859375
    expect(formatRow(0.1, 'fp16').stored).toBe(0.0999755859375);
    expect(formatRow(0.1, 'fp16').absError).toBe(0.1 - 0.0999755859375);
  });

  it('marks exact values, overflow and E4M3 saturation', () => {
    // IEEE 754 binary16: max 65504; 65520 is the midpoint to 2^16 and rounds to Infinity
    expect(formatRow(65504, 'fp16').flags).toEqual(['exact']);
    const over = formatRow(65520, 'fp16');
    expect(over).toMatchObject({
      stored: Infinity,
      absError: Infinity,
      relError: Infinity,
      flags: ['overflow'],
    });
    expect(formatRow(70000, 'fp16').flags).toEqual(['overflow']);
    // OCP E4M3 max 448, saturating cast; E5M2: 500 lies between 448 and 512 (spacing 64), nearer 512
    expect(formatRow(500, 'fp8-e4m3')).toMatchObject({ stored: 448, flags: ['saturated'] });
    expect(formatRow(-70000, 'fp8-e4m3')).toMatchObject({ stored: -448, flags: ['saturated'] });
    expect(formatRow(500, 'fp8-e5m2')).toMatchObject({ stored: 512, flags: [] });
    expect(formatRow(70000, 'fp8-e5m2').flags).toEqual(['overflow']);
    // 70000 fits bf16's range: spacing 2^(16−7) = 512, 70000/512 = 136.7 → 137·512 = 70144
    expect(formatRow(70000, 'bf16')).toMatchObject({ stored: 70144, flags: [] });
  });

  it('marks underflow to zero and subnormals', () => {
    // 2e-8 is below half of FP16's smallest subnormal 2^−24 ≈ 5.96e-8 → 0; BF16 keeps 8 bits of it
    expect(formatRow(2e-8, 'fp16')).toMatchObject({ stored: 0, relError: 1, flags: ['underflow'] });
    expect(formatRow(2e-8, 'bf16').flags).toEqual([]);
    expect(formatRow(2e-8, 'bf16').stored).toBeCloseTo(2e-8, 10);
    // 1e-5 is below FP16's smallest normal 2^−14: 1e-5/2^−24 = 167.77 → 168 units of 2^−24
    expect(formatRow(1e-5, 'fp16')).toMatchObject({ stored: 168 * 2 ** -24, flags: ['subnormal'] });
    expect(formatRow(2 ** -24, 'fp16').flags).toEqual(['exact', 'subnormal']);
    expect(formatRow(0, 'fp16')).toMatchObject({ stored: 0, relError: null, flags: ['exact'] });
  });

  it('gives every format in order', () => {
    expect(formatRows(1).map((r) => r.format)).toEqual(['fp32', 'fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2']);
    expect(formatRows(1).every((r) => r.flags.includes('exact'))).toBe(true);
  });
});

describe('scaleGradient', () => {
  it('loses 2e-8 in FP16 unscaled and keeps it once S·g is a normal FP16 number', () => {
    expect(scaleGradient(2e-8, 0)).toMatchObject({
      scale: 1,
      fp16: 0,
      unscaled: 0,
      relError: 1,
      status: 'lost',
    });
    // 2^10·2e-8 = 2.048e-5 < 2^−14 ≈ 6.1e-5: a subnormal; 2^12·2e-8 = 8.192e-5: normal
    expect(scaleGradient(2e-8, 10).status).toBe('subnormal');
    const ok = scaleGradient(2e-8, 12);
    expect(ok).toMatchObject({ scale: 4096, scaled: 8.192e-5, status: 'ok' });
    // a normal FP16 value is off by at most half an ulp: 2^−11 relative
    expect(ok.relError!).toBeLessThanOrEqual(2 ** -11);
  });

  it('overflows once S·g reaches 65520', () => {
    // 2^15·1 = 32768 fits; 2^16·1 = 65536 > 65504 overflows (torch GradScaler's init_scale is 2^16)
    expect(scaleGradient(1, 15)).toMatchObject({ fp16: 32768, unscaled: 1, status: 'ok', relError: 0 });
    expect(scaleGradient(1, 16)).toMatchObject({ fp16: Infinity, unscaled: Infinity, status: 'overflow' });
    expect(scaleGradient(0, 24)).toMatchObject({ fp16: 0, relError: null, status: 'ok' });
  });

  it('accepts only the exponents 0 … 24', () => {
    expect(() => scaleGradient(1, 25)).toThrow(
      new RangeError('exponent must be an integer in [0, 24], got 25'),
    );
    expect(() => scaleGradient(1, 1.5)).toThrow(RangeError);
    expect(() => scaleGradient(1, -1)).toThrow(RangeError);
  });
});

describe('number display', () => {
  it('prints stored values in full', () => {
    expect(exactText(0.333984375)).toBe('0.333984375');
    expect(exactText(2e-8)).toBe('2 × 10⁻⁸');
    expect(exactText(1e21)).toBe('1 × 10²¹');
    expect(exactText(-0.5)).toBe('−0.5');
    expect(exactText(Infinity)).toBe('∞');
    expect(exactText(-Infinity)).toBe('−∞');
    expect(superscript(-24)).toBe('⁻²⁴');
  });

  it('prints errors to three digits and limits as powers of two', () => {
    expect(approxText(0.000244140625)).toBe('2.44 × 10⁻⁴');
    expect(approxText(null)).toBe('—');
    expect(approxText(Infinity)).toBe('∞');
    expect(limitText(65504)).toBe('65504');
    expect(limitText(448)).toBe('448');
    expect(limitText(2 ** -24)).toBe('2⁻²⁴ ≈ 5.96 × 10⁻⁸');
    expect(limitText(2 ** -9)).toBe('2⁻⁹ = 0.001953125');
    // numpy.finfo(float32).max = 3.4028235e+38
    expect(limitText(3.4028234663852886e38)).toBe('3.4028 × 10³⁸');
  });
});

describe('number-formats URL state', () => {
  const start: NumberFormatsState = { x: '0.1', format: 'fp16', exponent: 0, largest: '1' };

  it('round-trips through the query string under a per-preset prefix', () => {
    const state: NumberFormatsState = { x: '1/3', format: 'bf16', exponent: 12, largest: '4' };
    const params = encodeState('underflow', state);
    expect(params).toEqual({ 'nf-u.x': '1/3', 'nf-u.f': 'bf16', 'nf-u.s': '12', 'nf-u.g': '4' });
    const query = `?${new URLSearchParams(params as Record<string, string>).toString()}`;
    expect(decodeState(query, 'underflow', start)).toEqual(state);
    // another instance on the same page ignores these keys
    expect(decodeState(query, 'default', start)).toBeNull();
    expect(encodeState('default', state)).toEqual({
      'nf.x': '1/3',
      'nf.f': 'bf16',
      'nf.s': null,
      'nf.g': null,
    });
  });

  it('keeps the fallback for missing or invalid keys', () => {
    expect(decodeState('', 'default', start)).toBeNull();
    expect(decodeState('?other=1', 'default', start)).toBeNull();
    expect(decodeState('?nf.f=fp64&nf.x=2', 'default', start)).toEqual({ ...start, x: '2' });
    expect(decodeState(`?nf.x=${'9'.repeat(200)}`, 'default', start)).toEqual(start);
    expect(decodeState('?nf-u.s=30', 'underflow', start)).toEqual(start);
  });
});
