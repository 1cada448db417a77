import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeProbs } from '@/lib/decoding';

describe('normalizeProbs', () => {
  it('divides by the sum', () => {
    // by hand: 5 + 3 + 2 = 10 → 0.5, 0.3, 0.2; 1 + 3 = 4 → 0.25, 0.75
    expect(normalizeProbs([5, 3, 2])).toEqual([0.5, 0.3, 0.2]);
    expect(normalizeProbs([1, 3])).toEqual([0.25, 0.75]);
    expect(normalizeProbs([0, 2, 0])).toEqual([0, 1, 0]);
  });

  it('stays finite when the sum overflows', () => {
    // MAX + MAX overflows to Infinity; dividing by the max first gives [1, 1] → [0.5, 0.5]
    expect(normalizeProbs([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([0.5, 0.5]);
  });

  it('rejects what is not a set of weights', () => {
    expect(() => normalizeProbs([0, 0])).toThrow(
      new RangeError('weights must have a positive sum, got all zeros'),
    );
    expect(() => normalizeProbs([1, -1])).toThrow(RangeError);
    expect(() => normalizeProbs([1, Number.NaN])).toThrow(RangeError);
    expect(() => normalizeProbs([])).toThrow(RangeError);
    expect(() => normalizeProbs(['1'] as unknown as number[])).toThrow(TypeError);
  });

  it('sums to 1 and keeps the ratios (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 })
          .filter((ws) => ws.some((w) => w > 1e-9)),
        (ws) => {
          const p = normalizeProbs(ws);
          expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          p.forEach((pi) => expect(pi).toBeGreaterThanOrEqual(0));
        },
      ),
    );
  });
});
