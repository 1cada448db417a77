import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerNorm, rmsNorm } from '@/lib/transformer';

describe('rmsNorm', () => {
  it('divides by the root mean square', () => {
    // [3, 4]: mean square (9 + 16)/2 = 12.5; 3/√12.5 = 0.848528…, 4/√12.5 = 1.131370…
    const y = rmsNorm([3, 4], { eps: 0 });
    expect(y[0]).toBeCloseTo(0.848528137423857, 15);
    expect(y[1]).toBeCloseTo(1.131370849898476, 15);
  });

  it("uses HF LlamaRMSNorm's eps 1e-6 by default and multiplies by the weight", () => {
    // mpmath x/√(7.5 + 1e-6) for x = [1, 2, 3, 4]
    const y = rmsNorm([1, 2, 3, 4]);
    [0.3651483473268884, 0.7302966946537768, 1.0954450419806652, 1.4605933893075536].forEach((e, i) =>
      expect(y[i]).toBeCloseTo(e, 15),
    );
    // weight · x̂: [3, 4]/√12.5 times [2, 0.5]
    const w = rmsNorm([3, 4], { weight: [2, 0.5], eps: 0 });
    expect(w[0]).toBeCloseTo(2 * 0.848528137423857, 15);
    expect(w[1]).toBeCloseTo(0.5 * 1.131370849898476, 15);
  });

  it('rejects bad vectors, mismatched weights, bad eps and 0/0', () => {
    expect(() => rmsNorm([])).toThrow(RangeError);
    expect(() => rmsNorm([1, Number.NaN])).toThrow(new RangeError('x[1] must be finite, got NaN'));
    expect(() => rmsNorm([1, 2], { weight: [1, 2, 3] })).toThrow(
      new RangeError('options.weight must have the length of x (2), got 3'),
    );
    expect(() => rmsNorm([1, 2], { eps: Infinity })).toThrow(RangeError);
    expect(() => rmsNorm([0, 0], { eps: 0 })).toThrow(
      new RangeError('x is all zeros and eps is 0: the normalisation divides 0 by 0'),
    );
    expect(() => rmsNorm([1e200, 1e200])).toThrow(
      new RangeError('x is too large: its mean square overflows float64'),
    );
    expect(() => rmsNorm([1, 2], 3 as unknown as object)).toThrow(TypeError);
    expect(rmsNorm([0, 0])).toEqual([0, 0]);
  });

  it('has unit RMS, ignores positive scale and equals layerNorm on zero-mean input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 16 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, scale) => {
          fc.pre(x.some((v) => Math.abs(v) > 1e-3));
          const y = rmsNorm(x, { eps: 0 });
          expect(y.reduce((a, v) => a + v * v, 0) / y.length).toBeCloseTo(1, 10);
          rmsNorm(
            x.map((v) => v * scale),
            { eps: 0 },
          ).forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 9));
          const centred = [...x, ...x.map((v) => -v)];
          const a = rmsNorm(centred, { eps: 1e-5 });
          layerNorm(centred, { eps: 1e-5 }).forEach((v, i) => expect(v).toBeCloseTo(a[i]!, 9));
        },
      ),
    );
  });
});
