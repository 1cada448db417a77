import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerNorm } from '@/lib/transformer';

const vector = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 16 });
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('layerNorm', () => {
  it('normalises [1, 2, 3, 4] to ±3/√5, ±1/√5 with eps 0', () => {
    // mean 2.5, biased variance 1.25 = 5/4: (x − 2.5)/√(5/4) = [−3, −1, 1, 3]/√5
    expect(layerNorm([1, 2, 3, 4], { eps: 0 })).toEqual([
      -1.3416407864998738, -0.4472135954999579, 0.4472135954999579, 1.3416407864998738,
    ]);
  });

  it("matches torch nn.LayerNorm's default eps 1e-5", () => {
    // mpmath (x − 2.5)/√(1.25 + 1e-5); torch prints tensor([-1.3416, -0.4472, 0.4472, 1.3416])
    const y = layerNorm([1, 2, 3, 4]);
    [-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269].forEach((e, i) =>
      expect(y[i]).toBeCloseTo(e, 15),
    );
  });

  it('uses the biased variance (the 1.1547 = √(4/3) "prefactor" of the PyTorch forum)', () => {
    // discuss.pytorch.org "What is the prefactor of nn.LayerNorm": for x = arange(4),
    // LayerNorm(x)·x.std() / (x − mean) = 1.1547 because x.std() is unbiased and LayerNorm's is not
    const x = [0, 1, 2, 3];
    const unbiasedStd = Math.sqrt(5 / 3);
    expect((layerNorm(x)[3]! * unbiasedStd) / 1.5).toBeCloseTo(1.1547, 4);
  });

  it('applies the gain and the shift after normalising', () => {
    // y = x̂·γ + β with x̂ = [−1, 1] for x = [0, 2], eps 0
    expect(layerNorm([0, 2], { weight: [2, 3], bias: [10, 20], eps: 0 })).toEqual([8, 23]);
  });

  it('rejects bad vectors, mismatched parameters, bad eps and 0/0', () => {
    expect(() => layerNorm([])).toThrow(new RangeError('x must be non-empty, got an empty array'));
    expect(() => layerNorm([1, Infinity])).toThrow(new RangeError('x[1] must be finite, got Infinity'));
    expect(() => layerNorm([1, 2], { weight: [1] })).toThrow(
      new RangeError('options.weight must have the length of x (2), got 1'),
    );
    expect(() => layerNorm([1, 2], { bias: [1, Number.NaN] })).toThrow(RangeError);
    expect(() => layerNorm([1, 2], { eps: -1 })).toThrow(
      new RangeError('options.eps must be finite and >= 0, got -1'),
    );
    expect(() => layerNorm([3, 3], { eps: 0 })).toThrow(
      new RangeError('x is constant and eps is 0: the normalisation divides 0 by 0'),
    );
    expect(() => layerNorm([1e308, -1e308])).toThrow(RangeError);
    expect(() => layerNorm('x' as unknown as number[])).toThrow(TypeError);
    expect(() => layerNorm([1, 2], { eps: '0' as unknown as number })).toThrow(TypeError);
    // a constant vector with eps > 0 is fine: all zeros
    expect(layerNorm([3, 3])).toEqual([0, 0]);
  });

  it('gives mean 0 and variance 1, invariant to shift and positive scale (property)', () => {
    fc.assert(
      fc.property(
        vector,
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        (x, shift, scale) => {
          fc.pre(Math.max(...x) - Math.min(...x) > 1e-3);
          const y = layerNorm(x, { eps: 0 });
          expect(mean(y)).toBeCloseTo(0, 10);
          expect(mean(y.map((v) => v * v))).toBeCloseTo(1, 10);
          const moved = layerNorm(
            x.map((v) => v * scale + shift),
            { eps: 0 },
          );
          moved.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 8));
        },
      ),
    );
  });
});
