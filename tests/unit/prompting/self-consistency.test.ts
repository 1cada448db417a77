import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CONSISTENCY_LIMITS, selfConsistencyAccuracy } from '@/lib/prompting';

/**
 * Brute force: walks every one of the mᵐ… sequences of n answers, multiplies its probability,
 * and credits answer 0 with 1/(number of answers tied at the top) when it is among them.
 */
function bruteForce(p: readonly number[], n: number): number {
  const m = p.length;
  let total = 0;
  const counts = new Array<number>(m).fill(0);
  const walk = (depth: number, prob: number): void => {
    if (prob === 0) return;
    if (depth === n) {
      const top = Math.max(...counts);
      if (counts[0] === top) total += prob / counts.filter((c) => c === top).length;
      return;
    }
    for (let j = 0; j < m; j++) {
      counts[j] = (counts[j] ?? 0) + 1;
      walk(depth + 1, prob * (p[j] ?? 0));
      counts[j] = (counts[j] ?? 0) - 1;
    }
  };
  walk(0, 1);
  return total;
}

/** A random distribution over 2–maxAnswers answers. */
const distribution = (maxAnswers: number) =>
  fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: maxAnswers })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => {
      const sum = ws.reduce((s, w) => s + w, 0);
      return ws.map((w) => w / sum);
    });

describe('selfConsistencyAccuracy', () => {
  it('equals p₀ for a single sample', () => {
    // n = 1: the vote is the one sample
    expect(selfConsistencyAccuracy([0.3, 0.7], 1)).toBe(0.3);
    expect(selfConsistencyAccuracy([0.5, 0.3, 0.2], 1)).toBe(0.5);
  });

  it('matches hand-computed small cases', () => {
    // Two answers, n = 3: 0.6³ + 3·0.6²·0.4 = 0.216 + 0.432 = 0.648
    expect(selfConsistencyAccuracy([0.6, 0.4], 3)).toBeCloseTo(0.648, 15);
    // n = 2: both right 0.36, a 1–1 split 2·0.6·0.4 = 0.48 won half the time → 0.36 + 0.24 = 0.6 = p₀
    expect(selfConsistencyAccuracy([0.6, 0.4], 2)).toBeCloseTo(0.6, 15);
    // n = 4: 0.6⁴ + 4·0.6³·0.4 + ½·6·0.6²·0.4² = 0.1296 + 0.3456 + 0.1728 = 0.648, the same as n = 3
    expect(selfConsistencyAccuracy([0.6, 0.4], 4)).toBeCloseTo(0.648, 15);
    // Three answers [0.5, 0.3, 0.2], n = 2: 0.25 + ½·2·0.5·0.5 = 0.5
    expect(selfConsistencyAccuracy([0.5, 0.3, 0.2], 2)).toBeCloseTo(0.5, 15);
    // n = 3: (3,0,0) 0.125 + (2,1,0) 3·0.25·0.3 = 0.225 + (2,0,1) 3·0.25·0.2 = 0.15
    //        + (1,1,1) 6·0.5·0.3·0.2 = 0.18, a three-way tie won a third of the time → 0.56
    expect(selfConsistencyAccuracy([0.5, 0.3, 0.2], 3)).toBeCloseTo(0.56, 15);
    // A plurality that is not a majority still wins more often with more votes: [0.4, 0.3, 0.3], n = 3:
    // 0.064 + 3·0.16·0.6 = 0.288 + ⅓·6·0.4·0.3·0.3 = 0.072 → 0.424
    expect(selfConsistencyAccuracy([0.4, 0.3, 0.3], 3)).toBeCloseTo(0.424, 15);
  });

  it('agrees with brute-force enumeration of every answer sequence', () => {
    const cases: [number[], number][] = [
      [[0.45, 0.35, 0.2], 7],
      [[0.3, 0.3, 0.2, 0.2], 6],
      [[0.2, 0.25, 0.15, 0.1, 0.1, 0.1, 0.05, 0.05], 4],
      [[0.52, 0.48], 12],
      [[0.34, 0.33, 0.33], 8],
    ];
    for (const [p, n] of cases) expect(selfConsistencyAccuracy(p, n)).toBeCloseTo(bruteForce(p, n), 13);
  });

  it('matches exact rational sums over count vectors for larger n', () => {
    // Python fractions.Fraction: Σ over (c₀…c_{m−1}) of n!·Π pᵢ^cᵢ/cᵢ! · [c₀ = max]/#ties, then float()
    expect(selfConsistencyAccuracy([0.4, 0.3, 0.2, 0.1], 15)).toBeCloseTo(0.62185565569024, 13);
    expect(selfConsistencyAccuracy([0.35, 0.25, 0.2, 0.1, 0.1], 12)).toBeCloseTo(0.5566003433523476, 13);
    expect(selfConsistencyAccuracy([0.4, 0.3, 0.3], 40)).toBeCloseTo(0.6574035746502318, 13);
  });

  it('agrees with brute force on random distributions (property)', () => {
    fc.assert(
      fc.property(distribution(4), fc.integer({ min: 1, max: 6 }), (p, n) => {
        expect(selfConsistencyAccuracy(p, n)).toBeCloseTo(bruteForce(p, n), 13);
      }),
      { numRuns: 60 },
    );
  });

  it('gives 1/m for equally likely answers and sums to 1 over the answers (property)', () => {
    fc.assert(
      fc.property(distribution(8), fc.integer({ min: 1, max: 99 }), (p, n) => {
        // answer i wins with the accuracy of the distribution that lists it first
        let sum = 0;
        for (let i = 0; i < p.length; i++) {
          const reordered = [p[i] ?? 0, ...p.slice(0, i), ...p.slice(i + 1)];
          const acc = selfConsistencyAccuracy(reordered, n);
          expect(acc).toBeGreaterThanOrEqual(0);
          expect(acc).toBeLessThanOrEqual(1);
          sum += acc;
        }
        expect(sum).toBeCloseTo(1, 10);
        const uniform = new Array<number>(p.length).fill(1 / p.length);
        expect(selfConsistencyAccuracy(uniform, n)).toBeCloseTo(1 / p.length, 10);
      }),
      { numRuns: 25 },
    );
  });

  it('tends to 1 when the correct answer is the strict plurality, and to 0 when it is not', () => {
    expect(selfConsistencyAccuracy([0.4, 0.3, 0.3], 99)).toBeGreaterThan(0.75);
    expect(selfConsistencyAccuracy([0.4, 0.3, 0.3], 99)).toBeGreaterThan(
      selfConsistencyAccuracy([0.4, 0.3, 0.3], 9),
    );
    expect(selfConsistencyAccuracy([0.3, 0.4, 0.3], 99)).toBeLessThan(0.15);
    expect(selfConsistencyAccuracy([1, 0], 99)).toBe(1);
    expect(selfConsistencyAccuracy([0, 1], 99)).toBe(0);
    expect(selfConsistencyAccuracy([0, 0.5, 0.5], 98)).toBe(0);
  });

  it('stays fast at the largest size (8 answers, n = 99)', () => {
    const start = performance.now();
    const acc = selfConsistencyAccuracy([0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1], 99);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(acc).toBeGreaterThan(0.5);
    expect(acc).toBeLessThan(1);
  });

  it('rejects malformed distributions and sample counts', () => {
    expect(() => selfConsistencyAccuracy([1], 3)).toThrow(
      new RangeError('answerProbs must hold 2 to 8 probabilities, got an array of length 1'),
    );
    expect(() => selfConsistencyAccuracy(new Array<number>(9).fill(1 / 9), 3)).toThrow(RangeError);
    expect(() => selfConsistencyAccuracy([0.5, 0.6], 3)).toThrow(
      new RangeError('answerProbs must sum to 1 (within 1e-9), got a sum of 1.1'),
    );
    expect(() => selfConsistencyAccuracy([1.5, -0.5], 3)).toThrow(
      new RangeError('answerProbs[0] must be in [0, 1], got 1.5'),
    );
    expect(() => selfConsistencyAccuracy([Number.NaN, 1], 3)).toThrow(RangeError);
    expect(() => selfConsistencyAccuracy([0.5, 0.5], 0)).toThrow(
      new RangeError('n must be an integer in [1, 99], got 0'),
    );
    expect(() => selfConsistencyAccuracy([0.5, 0.5], 100)).toThrow(RangeError);
    expect(() => selfConsistencyAccuracy([0.5, 0.5], 2.5)).toThrow(RangeError);
    expect(() => selfConsistencyAccuracy([0.5, '0.5' as unknown as number], 3)).toThrow(TypeError);
    expect(() => selfConsistencyAccuracy([0.5, 0.5], '3' as unknown as number)).toThrow(TypeError);
    expect(SELF_CONSISTENCY_LIMITS).toEqual({ minAnswers: 2, maxAnswers: 8, maxSamples: 99 });
  });

  it('accepts a sum within 1e-9 of 1', () => {
    expect(selfConsistencyAccuracy([0.6 + 5e-10, 0.4], 3)).toBeCloseTo(0.648, 9);
  });
});
