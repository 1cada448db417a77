import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax } from '@/lib/decoding';

/** Every entry within `rel` of the expected value, relative to its magnitude. */
function expectAllClose(actual: readonly number[], expected: readonly number[], rel: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i] ?? Number.NaN;
    expect(Math.abs(a - e)).toBeLessThanOrEqual(rel * Math.abs(e));
  });
}

const logitVector = fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), {
  minLength: 1,
  maxLength: 30,
});

describe('softmax', () => {
  it('matches the scipy.special.softmax docstring, row by row (axis=1)', () => {
    // scipy.special.softmax docstring, "along the second axis (i.e., the rows)", printed to 6 digits
    expectAllClose(softmax([1, 0.5, 0.2, 3]), [1.05877e-1, 6.42177e-2, 4.75736e-2, 7.82332e-1], 1e-5);
    expectAllClose(softmax([1, -1, 7, 3]), [2.42746e-3, 3.28521e-4, 9.79307e-1, 1.79366e-2], 1e-5);
    expectAllClose(softmax([2, 12, 13, 3]), [1.22094e-5, 2.68929e-1, 7.31025e-1, 3.31885e-5], 1e-5);
  });

  it('matches the scipy.special.softmax docstring over the whole array (axis=None)', () => {
    // scipy.special.softmax docstring, "over the entire array"
    const x = [1, 0.5, 0.2, 3, 1, -1, 7, 3, 2, 12, 13, 3];
    const expected = [
      4.48309e-6, 2.71913e-6, 2.01438e-6, 3.31258e-5, 4.48309e-6, 6.0672e-7, 1.80861e-3, 3.31258e-5,
      1.21863e-5, 2.68421e-1, 7.29644e-1, 3.31258e-5,
    ];
    expectAllClose(softmax(x), expected, 1e-5);
  });

  it('is stable for large logits (Stanford CS224n assignment 1, q1_softmax tests)', () => {
    // CS224n q1_softmax test_softmax_basic: softmax([1001, 1002]) and softmax([-1001, -1002])
    expectAllClose(softmax([1001, 1002]), [0.26894142, 0.73105858], 1e-7);
    expectAllClose(softmax([-1001, -1002]), [0.73105858, 0.26894142], 1e-7);
    // CS224n q1_softmax test2: logits spanning 100 units, tiny probabilities stay representable
    expectAllClose(
      softmax([0.1, 2, 4, 0.03, 10, 100]),
      [4.11132e-44, 2.74879e-43, 2.03109e-42, 3.83337e-44, 8.19401e-40, 1.0],
      1e-5,
    );
  });

  it('gives a -Infinity logit (a removed token) probability exactly 0', () => {
    // CONTRACT.md: "-Infinity → 0"
    expect(softmax([0, -Infinity, 0])).toEqual([0.5, 0, 0.5]);
  });

  it('rejects invalid logits with a TypeError or RangeError naming the parameter', () => {
    expect(() => softmax('1,2' as unknown as number[])).toThrow(TypeError);
    expect(() => softmax([1, '2'] as unknown as number[])).toThrow(/logits\[1\] must be a number/);
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([1, Number.NaN])).toThrow(/logits\[1\] must be finite or -Infinity, got NaN/);
    expect(() => softmax([1, Infinity])).toThrow(/logits\[1\] must be finite or -Infinity, got Infinity/);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/at least one finite value/);
  });

  it('sums to 1, is >= 0, and never mutates its input (property)', () => {
    fc.assert(
      fc.property(logitVector, (logits) => {
        const copy = [...logits];
        const p = softmax(logits);
        expect(logits).toEqual(copy);
        expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
        expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12 * logits.length + 1e-15);
      }),
    );
  });
});

describe('logSoftmax', () => {
  it('matches the scipy.special.log_softmax docstring where log(softmax) underflows', () => {
    // scipy.special.log_softmax docstring: log_softmax([1000.0, 1.0]) -> [0., -999.]
    expect(logSoftmax([1000, 1])).toEqual([0, -999]);
  });

  it('keeps -Infinity logits at -Infinity', () => {
    // log 0 = -Infinity, the log of softmax's "−Infinity → 0" (CONTRACT.md)
    expect(logSoftmax([0, -Infinity, 0])).toEqual([-Math.LN2, -Infinity, -Math.LN2]);
  });

  it('rejects invalid logits like softmax does', () => {
    expect(() => logSoftmax({} as unknown as number[])).toThrow(TypeError);
    expect(() => logSoftmax([])).toThrow(RangeError);
    expect(() => logSoftmax([Number.NaN])).toThrow(RangeError);
    expect(() => logSoftmax([-Infinity])).toThrow(RangeError);
  });

  it('exponentiates to softmax and never mutates its input (property)', () => {
    fc.assert(
      fc.property(logitVector, (logits) => {
        const copy = [...logits];
        const logP = logSoftmax(logits);
        const p = softmax(logits);
        expect(logits).toEqual(copy);
        logP.forEach((l, i) => expect(Math.abs(Math.exp(l) - (p[i] ?? Number.NaN))).toBeLessThan(1e-12));
        expect(logP.every((l) => l <= 0)).toBe(true);
      }),
    );
  });
});
