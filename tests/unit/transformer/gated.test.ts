import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geglu, gelu, silu, swiglu } from '@/lib/transformer';

describe('swiglu', () => {
  it('multiplies SiLU(gate) by up, element-wise (HF LlamaMLP)', () => {
    // scipy.special.expit(1) = 0.7310585786300049; silu(−1) = −expit(−1) = −0.2689414213699951
    const y = swiglu([1, -1, 0], [2, 3, 7]);
    expect(y[0]).toBeCloseTo(2 * 0.7310585786300049, 15);
    expect(y[1]).toBeCloseTo(3 * -0.2689414213699951, 15);
    expect(y[2]).toBe(0);
  });

  it('rejects mismatched or invalid vectors', () => {
    expect(() => swiglu([1, 2], [1])).toThrow(new RangeError('up must have the length of gate (2), got 1'));
    expect(() => swiglu([], [])).toThrow(RangeError);
    expect(() => swiglu([Infinity], [1])).toThrow(new RangeError('gate[0] must be finite, got Infinity'));
    expect(() => swiglu([1], 'a' as unknown as number[])).toThrow(TypeError);
  });

  it('is silu(gate)·up at every index (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -20, max: 20, noNaN: true }),
            fc.double({ min: -20, max: 20, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (pairs) => {
          const gate = pairs.map(([g]) => g);
          const up = pairs.map(([, u]) => u);
          swiglu(gate, up).forEach((y, i) => expect(y).toBeCloseTo(silu(gate[i]!) * up[i]!, 12));
          geglu(gate, up).forEach((y, i) => expect(y).toBeCloseTo(gelu(gate[i]!) * up[i]!, 12));
        },
      ),
    );
  });
});

describe('geglu', () => {
  it('multiplies GELU(gate) by up, exact or tanh', () => {
    // torch gelu(1) = 0.8413447460685429; mpmath tanh form at 1 = 0.8411919906082767
    expect(geglu([1], [2])[0]).toBeCloseTo(2 * 0.8413447460685429, 15);
    expect(geglu([1], [2], 'tanh')[0]).toBeCloseTo(2 * 0.8411919906082767, 15);
    expect(geglu([0, 1], [5, 0])).toEqual([0, 0]);
  });

  it('rejects mismatched vectors and unknown approximations', () => {
    expect(() => geglu([1], [1, 2])).toThrow(RangeError);
    expect(() => geglu([1], [1], 'fast' as 'tanh')).toThrow(
      new RangeError(`approximate must be one of 'none', 'tanh', got "fast"`),
    );
  });
});
