import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctCount, quantizationGrid, quantize } from '@/lib/decoding';

describe('quantizationGrid', () => {
  it('lists S · (k + Z) over the integer range of each scheme', () => {
    // asymmetric 2-bit: k = 0 … 3, S = 1, Z = −1 → −1, 0, 1, 2 (the grid of quantize([−1, 0, 1, 2]))
    expect(quantizationGrid({ bits: 2, scheme: 'asymmetric' }, 1, -1)).toEqual([-1, 0, 1, 2]);
    // symmetric 2-bit restricted range: k = −1 … 1, S = 0.5 → −0.5, 0, 0.5
    expect(quantizationGrid({ bits: 2, scheme: 'symmetric' }, 0.5, 0)).toEqual([-0.5, 0, 0.5]);
    // 2^4 − 1 = 15 symmetric levels, 2^4 = 16 asymmetric ones; 8-bit: 255 and 256
    expect(quantizationGrid({ bits: 4, scheme: 'symmetric' }, 1, 0)).toHaveLength(15);
    expect(quantizationGrid({ bits: 4, scheme: 'asymmetric' }, 1, 0)).toHaveLength(16);
    expect(quantizationGrid({ bits: 8, scheme: 'symmetric' }, 1 / 127, 0)).toHaveLength(255);
  });

  it('contains every dequantized value of its group (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 16 }),
        fc.constantFrom(2, 3, 4, 8),
        fc.constantFrom('symmetric' as const, 'asymmetric' as const),
        (x, bits, scheme) => {
          const r = quantize(x, { bits, scheme });
          const grid = quantizationGrid({ bits, scheme }, r.scale[0] ?? 1, r.zeroPoint[0] ?? 0);
          r.dequantized.forEach((v) => expect(grid).toContain(v));
        },
      ),
    );
  });

  it('rejects invalid arguments', () => {
    expect(() => quantizationGrid({ bits: 1, scheme: 'symmetric' }, 1, 0)).toThrow(
      new RangeError('bits must be an integer in [2, 16], got 1'),
    );
    expect(() => quantizationGrid({ bits: 4, scheme: 'x' as 'symmetric' }, 1, 0)).toThrow(RangeError);
    expect(() => quantizationGrid({ bits: 4, scheme: 'symmetric' }, 0, 0)).toThrow(RangeError);
    expect(() => quantizationGrid({ bits: 4, scheme: 'symmetric' }, 1, 0.5)).toThrow(RangeError);
    expect(() => quantizationGrid({ bits: 4, scheme: 'symmetric' }, '1' as unknown as number, 0)).toThrow(
      TypeError,
    );
  });
});

describe('distinctCount', () => {
  it('counts different values, 0 and −0 as one', () => {
    expect(distinctCount([0.5, 0.5, -0, 0, 1])).toBe(3);
    expect(distinctCount([])).toBe(0);
  });

  it('shows an outlier collapsing small weights onto few levels', () => {
    // 4-bit symmetric per tensor: S = 7 / 7 = 1, so 0.1 … 0.4 all round to 0 → levels {0, 7};
    // without the outlier S = 0.4 / 7 and the four values land on 2, 4, 5, 7 (by hand: 1.75 → 2,
    // 3.5 → 4, 5.25 → 5, 7)
    expect(
      distinctCount(quantize([0.1, 0.2, 0.3, 0.4, 7], { bits: 4, scheme: 'symmetric' }).dequantized),
    ).toBe(2);
    expect(distinctCount(quantize([0.1, 0.2, 0.3, 0.4], { bits: 4, scheme: 'symmetric' }).q)).toBe(4);
  });

  it('rejects non-finite values', () => {
    expect(() => distinctCount([1, Number.NaN])).toThrow(new RangeError('values[1] must be finite, got NaN'));
    expect(() => distinctCount('1' as unknown as number[])).toThrow(TypeError);
  });
});
