import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax } from '@/lib/decoding';

describe('argmax', () => {
  it('returns the index of the largest entry (numpy.argmax docstring)', () => {
    // numpy.argmax docs: a = np.arange(6).reshape(2, 3) + 10; np.argmax(a) -> 5 (flattened)
    expect(argmax([10, 11, 12, 13, 14, 15])).toBe(5);
  });

  it('returns the first index on a tie (numpy.argmax docstring)', () => {
    // numpy.argmax docs: b = np.arange(6); b[1] = 5; np.argmax(b) -> 1 ("Only the first occurrence")
    expect(argmax([0, 5, 2, 3, 4, 5])).toBe(1);
  });

  it('orders ±Infinity like numbers and gives 0 for an all -Infinity vector', () => {
    // np.argmax([-inf, inf, inf]) -> 1; np.argmax([-inf, -inf]) -> 0
    expect(argmax([-Infinity, Infinity, Infinity])).toBe(1);
    expect(argmax([-Infinity, -Infinity])).toBe(0);
    expect(argmax([-Infinity, -3])).toBe(1);
  });

  it('rejects invalid arguments', () => {
    expect(() => argmax([])).toThrow(new RangeError('values must be non-empty, got an empty array'));
    expect(() => argmax([1, Number.NaN])).toThrow(new RangeError('values[1] must not be NaN, got NaN'));
    expect(() => argmax('12' as unknown as number[])).toThrow(TypeError);
    expect(() => argmax([1, '2'] as unknown as number[])).toThrow(TypeError);
  });

  it('points at a maximum with no equal entry before it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 20 }), (xs) => {
        const i = argmax(xs);
        const best = xs[i] ?? Number.NaN;
        for (const x of xs) expect(x <= best).toBe(true);
        expect(xs.slice(0, i).includes(best)).toBe(false);
      }),
    );
  });
});
