import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, sampleIndex, sampleMany } from '@/lib/decoding';

describe('sampleMany', () => {
  it('counts n seeded draws of sampleIndex with createRng(seed)', () => {
    // the histogram is exactly n calls of sampleIndex on one createRng(seed) stream
    const rng = createRng(7);
    const expected = [0, 0, 0];
    for (let t = 0; t < 500; t++) {
      const i = sampleIndex([0.2, 0.3, 0.5], rng);
      expected[i] = (expected[i] ?? 0) + 1;
    }
    expect(sampleMany([0.2, 0.3, 0.5], 500, 7)).toEqual(expected);
  });

  it('approaches the probabilities as n grows', () => {
    // Law of large numbers: 20 000 draws put each frequency within ~4 standard errors (0.014)
    const counts = sampleMany([0.2, 0.3, 0.5], 20000, 2024);
    [0.2, 0.3, 0.5].forEach((p, i) => expect(Math.abs((counts[i] ?? 0) / 20000 - p)).toBeLessThan(0.014));
  });

  it('never draws a zero-probability token and returns zeros for n = 0', () => {
    expect(sampleMany([0, 1, 0], 5, 42)).toEqual([0, 5, 0]);
    expect(sampleMany([0.5, 0.5], 0, 1)).toEqual([0, 0]);
  });

  it('rejects invalid arguments', () => {
    expect(() => sampleMany([0.5, 0.5], -1, 1)).toThrow(new RangeError('n must be an integer >= 0, got -1'));
    expect(() => sampleMany([0.5, 0.5], 1.5, 1)).toThrow(RangeError);
    expect(() => sampleMany([0.5, 0.5], 1e8, 1)).toThrow(/n must be an integer in \[0, 10000000\]/);
    expect(() => sampleMany([0.5, 0.5], 10, Number.NaN)).toThrow(RangeError);
    expect(() => sampleMany([0, 0], 10, 1)).toThrow(RangeError);
    expect(() => sampleMany([0.5, 0.5], '10' as unknown as number, 1)).toThrow(TypeError);
  });

  it('is deterministic per seed, sums to n, and never mutates (property)', () => {
    const probs = fc
      .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 8,
      })
      .filter((ps) => ps.some((p) => p > 0));
    fc.assert(
      fc.property(probs, fc.integer({ min: 0, max: 200 }), fc.integer(), (ps, n, seed) => {
        const copy = [...ps];
        const counts = sampleMany(ps, n, seed);
        expect(ps).toEqual(copy);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
        counts.forEach((c, i) => {
          if (ps[i] === 0) expect(c).toBe(0);
        });
        expect(sampleMany(ps, n, seed)).toEqual(counts);
      }),
    );
  });
});
