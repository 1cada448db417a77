import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annealProbs } from '@/lib/decoding';

const probVector = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })), {
    minLength: 1,
    maxLength: 20,
  })
  .filter((ps) => ps.some((p) => p > 0));
const temperature = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-8, max: 1e8, noNaN: true }),
  fc.constant(Infinity),
);

describe('annealProbs', () => {
  it('reproduces the CS324 table', () => {
    // Stanford CS324, lecture "Introduction": p(cheese) = 0.4, p(mouse) = 0.6
    const p = [0.4, 0.6];
    const [c05, m05] = annealProbs(p, 0.5);
    expect(c05).toBeCloseTo(0.31, 2);
    expect(m05).toBeCloseTo(0.69, 2);
    const [c02, m02] = annealProbs(p, 0.2);
    expect(c02).toBeCloseTo(0.12, 2);
    expect(m02).toBeCloseTo(0.88, 2);
    expect(annealProbs(p, 0)).toEqual([0, 1]);
  });

  it('matches the CS324 values worked by hand to full precision', () => {
    // T = 0.5: 0.4^2 = 0.16, 0.6^2 = 0.36, 0.16 / 0.52 = 0.307692…
    expect(annealProbs([0.4, 0.6], 0.5)[0]).toBeCloseTo(0.16 / (0.16 + 0.36), 12);
    // T = 0.2: 0.4^5 = 0.01024, 0.6^5 = 0.07776, 0.01024 / 0.088 = 0.116363…
    expect(annealProbs([0.4, 0.6], 0.2)[0]).toBeCloseTo(0.01024 / (0.01024 + 0.07776), 12);
  });

  it('is the identity at T = 1 after normalising', () => {
    // CS324: T = 1 samples "normally" from the pure language model
    expect(annealProbs([2, 6], 1)).toEqual([0.25, 0.75]);
    expect(annealProbs([0.4, 0.6], 1)).toEqual([0.4, 0.6]);
  });

  it('normalises probabilities that do not sum to 1', () => {
    // [4, 6] is [0.4, 0.6] scaled by 10; p^(1/T) / Σ is scale-free
    expect(annealProbs([4, 6], 0.5)[0]).toBeCloseTo(0.16 / 0.52, 12);
  });

  it('copes with probabilities whose sum overflows', () => {
    // [MAX, MAX] is [0.5, 0.5] unnormalised; the raw sum is Infinity
    expect(annealProbs([Number.MAX_VALUE, Number.MAX_VALUE], 1)).toEqual([0.5, 0.5]);
    expect(annealProbs([Number.MAX_VALUE, Number.MAX_VALUE], 0.3)).toEqual([0.5, 0.5]);
  });

  it('splits T = 0 evenly over tied maxima', () => {
    // CONTRACT.md: T = 0 → uniform over the tied maxima
    expect(annealProbs([0.4, 0.2, 0.4], 0)).toEqual([0.5, 0, 0.5]);
  });

  it('is uniform over the support at T = Infinity, leaving zeros at 0', () => {
    // CS324: T = ∞ samples uniformly; CONTRACT.md restricts it to the support (p > 0)
    expect(annealProbs([0.1, 0, 0.6, 0.3], Infinity)).toEqual([1 / 3, 0, 1 / 3, 1 / 3]);
  });

  it('does not underflow at tiny temperatures', () => {
    // 0.4^(1e6) underflows to 0 in direct arithmetic; log space gives the one-hot limit
    expect(annealProbs([0.4, 0.6], 1e-6)).toEqual([0, 1]);
    expect(annealProbs([0.4, 0.6], 1e-300)).toEqual([0, 1]);
    // (1e-300)^1000 = 0 in floating point, yet the ratio (1/2)^1000 = 2^-1000 survives
    const [tiny, rest] = annealProbs([1e-300, 2e-300], 0.001);
    expect((tiny ?? Number.NaN) / 2 ** -1000).toBeCloseTo(1, 6);
    expect(rest).toBe(1);
  });

  it('rejects invalid probabilities', () => {
    expect(() => annealProbs('0.5' as unknown as number[], 1)).toThrow(TypeError);
    expect(() => annealProbs([], 1)).toThrow(/probs must be non-empty/);
    expect(() => annealProbs([0.5, -0.1], 1)).toThrow(/probs\[1\] must be finite and >= 0, got -0.1/);
    expect(() => annealProbs([0.5, Number.NaN], 1)).toThrow(RangeError);
    expect(() => annealProbs([0.5, Infinity], 1)).toThrow(RangeError);
    expect(() => annealProbs([0, 0], 1)).toThrow(/positive sum/);
  });

  it('rejects a negative or NaN temperature', () => {
    expect(() => annealProbs([0.4, 0.6], -1)).toThrow(
      new RangeError('temperature must be >= 0 (Infinity allowed), got -1'),
    );
    expect(() => annealProbs([0.4, 0.6], Number.NaN)).toThrow(RangeError);
    expect(() => annealProbs([0.4, 0.6], '1' as unknown as number)).toThrow(TypeError);
  });

  it('returns a distribution, keeps zeros at 0 and never mutates its input (property)', () => {
    fc.assert(
      fc.property(probVector, temperature, (ps, t) => {
        const copy = [...ps];
        const q = annealProbs(ps, t);
        expect(ps).toEqual(copy);
        expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        q.forEach((qi, i) => {
          expect(qi).toBeGreaterThanOrEqual(0);
          if (ps[i] === 0) expect(qi).toBe(0);
        });
      }),
    );
  });

  it('preserves the order of probabilities (property)', () => {
    fc.assert(
      fc.property(probVector, temperature, (ps, t) => {
        const q = annealProbs(ps, t);
        ps.forEach((pi, i) =>
          ps.forEach((pj, j) => {
            const [qi, qj] = [q[i] ?? Number.NaN, q[j] ?? Number.NaN];
            if (pi === pj) expect(qi).toBe(qj);
            if (pi < pj) expect(qi).toBeLessThanOrEqual(qj);
          }),
        );
      }),
    );
  });

  it('never raises the top probability as T increases (property)', () => {
    fc.assert(
      fc.property(probVector, temperature, temperature, (ps, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const top = ps.indexOf(ps.reduce((a, b) => Math.max(a, b)));
        const atLo = annealProbs(ps, lo)[top] ?? Number.NaN;
        const atHi = annealProbs(ps, hi)[top] ?? Number.NaN;
        expect(atHi).toBeLessThanOrEqual(atLo + 1e-12);
      }),
    );
  });
});
