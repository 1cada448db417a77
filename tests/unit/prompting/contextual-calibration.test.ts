import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextualCalibration } from '@/lib/prompting';

describe('contextualCalibration', () => {
  it('divides by the content-free probabilities and renormalises', () => {
    // Zhao et al. 2021 §5, W = diag(p_cf)⁻¹: [0.6/0.7, 0.4/0.3] = [6/7, 4/3] → [18/46, 28/46] = [9/23, 14/23];
    // the prompt's bias toward label 0 was enough to flip the prediction
    const [a, b] = contextualCalibration([0.6, 0.4], [0.7, 0.3]);
    expect(a).toBeCloseTo(9 / 23, 15);
    expect(b).toBeCloseTo(14 / 23, 15);
    // Python: 9/23 = 0.391304347826087, 14/23 = 0.6086956521739131
    expect(a).toBe(0.391304347826087);
    expect(b).toBe(0.6086956521739131);
  });

  it('leaves p unchanged for a uniform content-free distribution', () => {
    expect(contextualCalibration([0.2, 0.5, 0.3], [1 / 3, 1 / 3, 1 / 3])).toEqual(
      [0.2, 0.5, 0.3].map((x) => expect.closeTo(x, 15)),
    );
  });

  it('gives the uniform distribution when the input looks like the content-free one', () => {
    const out = contextualCalibration([0.7, 0.2, 0.1], [0.7, 0.2, 0.1]);
    out.forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
  });

  it('accepts unnormalised label-word probabilities (the scale cancels)', () => {
    // Zhao et al.'s code renormalises both over the label words first; ×0.5 and ×0.2 change nothing
    const direct = contextualCalibration([0.6, 0.4], [0.7, 0.3]);
    const scaled = contextualCalibration([0.3, 0.2], [0.14, 0.06]);
    scaled.forEach((x, i) => expect(x).toBeCloseTo(direct[i] ?? Number.NaN, 15));
  });

  it('stays finite when a content-free probability is subnormal', () => {
    // 0.5/5e-324 overflows; the log-space fallback gives [1, 2^−1074], the exact answer rounded
    const [a, b] = contextualCalibration([0.5, 0.5], [5e-324, 1]);
    expect(a).toBe(1);
    expect(b).toBe(5e-324);
  });

  it('rejects mismatched or out-of-range probabilities', () => {
    expect(() => contextualCalibration([], [])).toThrow(RangeError);
    expect(() => contextualCalibration([0.5, 0.5], [1])).toThrow(
      new RangeError('contentFreeProbs must have the length of probs (2), got an array of length 1'),
    );
    expect(() => contextualCalibration([0.5, 0.5], [0.5, 0])).toThrow(
      new RangeError('contentFreeProbs[1] must be in (0, 1], got 0'),
    );
    expect(() => contextualCalibration([1.2, 0.5], [0.5, 0.5])).toThrow(
      new RangeError('probs[0] must be in [0, 1], got 1.2'),
    );
    expect(() => contextualCalibration([0, 0], [0.5, 0.5])).toThrow(
      new RangeError('probs must have a positive sum, got all zeros'),
    );
    expect(() => contextualCalibration([Number.NaN, 0.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => contextualCalibration('ab' as unknown as number[], [0.5, 0.5])).toThrow(TypeError);
  });

  it('returns a distribution, keeps zeros and does not mutate its inputs (property)', () => {
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    const cfProb = fc.double({ min: 1e-6, max: 1, noNaN: true });
    const pairs = fc
      .integer({ min: 1, max: 8 })
      .chain((k) =>
        fc.tuple(
          fc.array(prob, { minLength: k, maxLength: k }),
          fc.array(cfProb, { minLength: k, maxLength: k }),
        ),
      )
      .filter(([p]) => p.some((x) => x > 0));
    fc.assert(
      fc.property(pairs, ([p, cf]) => {
        const [pCopy, cfCopy] = [[...p], [...cf]];
        const out = contextualCalibration(p, cf);
        expect(p).toEqual(pCopy);
        expect(cf).toEqual(cfCopy);
        expect(out.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        out.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(0);
          if (p[i] === 0) expect(x).toBe(0);
        });
      }),
    );
  });
});
