import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beamHypothesisScore } from '@/lib/decoding';

describe('beamHypothesisScore', () => {
  it('reproduces HF sequences_scores for the blog example', () => {
    // transformers 5.18.0, num_beams=2 on the HF blog tree: sequences_scores −0.5108256340026855 for
    // "The dog has" (log 0.36 over 2 generated tokens, length_penalty 1)
    expect(beamHypothesisScore(Math.log(0.36), 2, 1)).toBeCloseTo(-0.5108256340026855, 7);
  });

  it('divides by the length raised to the penalty', () => {
    // −3 / 4^0 = −3; −3 / 4^1 = −0.75; −3 / 4^2 = −0.1875; −3 / 4^−1 = −12; −3 / 4^0.5 = −1.5
    expect(beamHypothesisScore(-3, 4, 0)).toBe(-3);
    expect(beamHypothesisScore(-3, 4, 1)).toBe(-0.75);
    expect(beamHypothesisScore(-3, 4, 2)).toBe(-0.1875);
    expect(beamHypothesisScore(-3, 4, -1)).toBe(-12);
    expect(beamHypothesisScore(-3, 4, 0.5)).toBe(-1.5);
    expect(beamHypothesisScore(-3, 1, 7)).toBe(-3);
  });

  it('keeps 0 and −Infinity, and never gives NaN at extreme penalties', () => {
    expect(beamHypothesisScore(0, 5, 1)).toBe(0);
    expect(beamHypothesisScore(-Infinity, 3, 1)).toBe(-Infinity);
    // 10^400 overflows to Infinity: −∞ / ∞ would be NaN; 10^−400 underflows to 0: 0 / 0 would be NaN
    expect(beamHypothesisScore(-Infinity, 10, 400)).toBe(-Infinity);
    expect(beamHypothesisScore(0, 10, -400)).toBe(0);
    expect(beamHypothesisScore(-1, 10, -400)).toBe(-Infinity);
    expect(beamHypothesisScore(-1, 10, 400)).toBe(-0);
  });

  it('rejects invalid arguments', () => {
    expect(() => beamHypothesisScore(0.5, 2, 1)).toThrow(
      new RangeError('sumLogprob must be <= 0 (a sum of log-probabilities), got 0.5'),
    );
    expect(() => beamHypothesisScore(Number.NaN, 2, 1)).toThrow(RangeError);
    expect(() => beamHypothesisScore('-1' as unknown as number, 2, 1)).toThrow(TypeError);
    expect(() => beamHypothesisScore(-1, 0, 1)).toThrow(
      new RangeError('generatedLength must be an integer >= 1, got 0'),
    );
    expect(() => beamHypothesisScore(-1, 1.5, 1)).toThrow(RangeError);
    expect(() => beamHypothesisScore(-1, 2, Infinity)).toThrow(/lengthPenalty must be a finite number/);
    expect(() => beamHypothesisScore(-1, 2, Number.NaN)).toThrow(RangeError);
  });

  it('is ≤ 0, and rises with the length when lengthPenalty > 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (sum, length, penalty) => {
          const shorter = beamHypothesisScore(sum, length, penalty);
          expect(shorter).toBeLessThanOrEqual(0);
          expect(beamHypothesisScore(sum, length + 1, penalty)).toBeGreaterThanOrEqual(shorter);
        },
      ),
    );
  });
});
