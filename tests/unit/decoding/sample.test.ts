import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, sampleIndex } from '@/lib/decoding';

const constant = (u: number) => () => u;
const justBelowOne = 1 - 2 ** -53;

describe('sampleIndex', () => {
  it('inverts the CDF', () => {
    // CDF of [0.2, 0, 0.8]: 0.2 at index 0, then 1.0 at index 2 (inverse-CDF definition)
    expect(sampleIndex([0.2, 0, 0.8], constant(0))).toBe(0);
    expect(sampleIndex([0.2, 0, 0.8], constant(0.1999))).toBe(0);
    expect(sampleIndex([0.2, 0, 0.8], constant(0.2))).toBe(2);
    expect(sampleIndex([0.2, 0, 0.8], constant(0.5))).toBe(2);
  });

  it("matches numpy's Generator.choice at exact CDF boundaries", () => {
    // numpy: cdf = cumsum([0.1, 0.2, 0.7]) / cdf[-1] = [0.1, 0.30000000000000004, 1.0];
    // cdf.searchsorted(u, side='right') -> u = 0.1 gives 1, u = 0.3 gives 1, u = 0.30000000000000004 gives 2
    expect(sampleIndex([0.1, 0.2, 0.7], constant(0.1))).toBe(1);
    expect(sampleIndex([0.1, 0.2, 0.7], constant(0.3))).toBe(1);
    expect(sampleIndex([0.1, 0.2, 0.7], constant(0.30000000000000004))).toBe(2);
  });

  it('copes with probabilities whose sum overflows', () => {
    // [MAX, MAX] is [0.5, 0.5] unnormalised; the raw sum is Infinity
    expect(sampleIndex([Number.MAX_VALUE, Number.MAX_VALUE], constant(0.49))).toBe(0);
    expect(sampleIndex([Number.MAX_VALUE, Number.MAX_VALUE], constant(0.51))).toBe(1);
  });

  it('accepts probabilities that do not sum to 1', () => {
    // [1, 3] is [0.25, 0.75] unnormalised
    expect(sampleIndex([1, 3], constant(0.24))).toBe(0);
    expect(sampleIndex([1, 3], constant(0.26))).toBe(1);
  });

  it('never lands on a trailing zero-probability token, even for u just below 1', () => {
    expect(sampleIndex([0.3, 0.7, 0, 0], constant(justBelowOne))).toBe(1);
    expect(sampleIndex([0, 0.1, 0.2, 0.7, 0], constant(justBelowOne))).toBe(3);
  });

  it('matches the probabilities in frequency with a seeded rng', () => {
    // Law of large numbers: 20 000 draws put each frequency within ~4 standard errors (0.014)
    const rng = createRng(2024);
    const probs = [0.2, 0.3, 0.5];
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) {
      const k = sampleIndex(probs, rng);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    counts.forEach((c, i) => expect(Math.abs(c / 20000 - (probs[i] ?? Number.NaN))).toBeLessThan(0.014));
  });

  it('rejects an invalid rng or rng() value', () => {
    expect(() => sampleIndex([1], 0.5 as unknown as () => number)).toThrow(TypeError);
    expect(() => sampleIndex([1], constant(1))).toThrow(new RangeError('rng() must be in [0, 1), got 1'));
    expect(() => sampleIndex([1], constant(-0.1))).toThrow(RangeError);
    expect(() => sampleIndex([1], constant(Number.NaN))).toThrow(RangeError);
    expect(() => sampleIndex([1], (() => '0.5') as unknown as () => number)).toThrow(TypeError);
  });

  it('rejects invalid probabilities', () => {
    expect(() => sampleIndex([], constant(0))).toThrow(RangeError);
    expect(() => sampleIndex([0, 0], constant(0))).toThrow(RangeError);
    expect(() => sampleIndex([-1, 2], constant(0))).toThrow(RangeError);
    expect(() => sampleIndex([Infinity], constant(0))).toThrow(RangeError);
    expect(() => sampleIndex(undefined as unknown as number[], constant(0))).toThrow(TypeError);
  });

  it('never picks a zero-probability index and never mutates its input (property)', () => {
    const probs = fc
      .array(fc.oneof(fc.constant(0), fc.double({ min: 5e-324, max: 1e300, noNaN: true })), {
        minLength: 1,
        maxLength: 20,
      })
      .filter((ps) => ps.some((p) => p > 0));
    const u = fc.oneof(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.constant(justBelowOne),
    );
    fc.assert(
      fc.property(probs, u, (ps, draw) => {
        const copy = [...ps];
        const i = sampleIndex(ps, constant(draw));
        expect(ps).toEqual(copy);
        expect(ps[i]).toBeGreaterThan(0);
      }),
    );
  });
});
