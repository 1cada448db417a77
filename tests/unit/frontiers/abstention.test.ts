import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAbstention, confidencePenalty, expectedAnswerScore } from '@/lib/frontiers';

// Kalai et al. 2025, "Why language models hallucinate" (arXiv 2509.04664), §4.2: a mistake costs
// t/(1 − t); "t = 0.5 (penalty 1) … t = 0.9 (penalty 9)"; t = 0 is binary grading.
describe('confidencePenalty', () => {
  it('gives the paper’s penalties for t = 0.5 and t = 0.9, and 0 for binary grading', () => {
    expect(confidencePenalty(0.5)).toBe(1);
    expect(confidencePenalty(0.9)).toBeCloseTo(9, 12);
    expect(confidencePenalty(0)).toBe(0);
  });

  it('gives 3 at t = 0.75 (0.75/0.25; the paper prints "penalty 2" there, which its formula does not give)', () => {
    expect(confidencePenalty(0.75)).toBe(3);
  });

  it('rejects thresholds outside [0, 1) naming the field', () => {
    expect(() => confidencePenalty(1)).toThrow(new RangeError('threshold must be in [0, 1), got 1'));
    expect(() => confidencePenalty(-0.1)).toThrow(RangeError);
    expect(() => confidencePenalty(Number.NaN)).toThrow(/threshold must be in \[0, 1\), got NaN/);
    expect(() => confidencePenalty('0.5' as unknown as number)).toThrow(TypeError);
  });
});

describe('expectedAnswerScore', () => {
  it('is c − (1 − c)·t/(1 − t) by hand', () => {
    // c = 0.3, t = 0.5: 0.3 − 0.7 · 1 = −0.4
    expect(expectedAnswerScore(0.3, 0.5)).toBeCloseTo(-0.4, 12);
    // c = 0.95, t = 0.9: 0.95 − 0.05 · 9 = 0.5
    expect(expectedAnswerScore(0.95, 0.9)).toBeCloseTo(0.5, 12);
    // binary grading: the expected accuracy
    expect(expectedAnswerScore(0.3, 0)).toBe(0.3);
  });

  it('breaks even exactly at c = t (§4.2: answering beats IDK iff confidence > t)', () => {
    expect(expectedAnswerScore(0.5, 0.5)).toBe(0);
    expect(expectedAnswerScore(0.75, 0.75)).toBe(0);
  });

  it('is positive exactly when c > t', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (c, t) => {
          const s = expectedAnswerScore(c, t);
          if (c > t + 1e-9) expect(s).toBeGreaterThan(0);
          if (c < t - 1e-9) expect(s).toBeLessThan(0);
        },
      ),
    );
  });

  it('rejects a confidence outside [0, 1]', () => {
    expect(() => expectedAnswerScore(1.2, 0.5)).toThrow(
      new RangeError('confidence must be in [0, 1], got 1.2'),
    );
  });
});

describe('compareAbstention', () => {
  it('scores three questions at confidence 0.3, 0.6 and 0.9 by hand (t = 0.5, penalty 1)', () => {
    const r = compareAbstention({ confidences: [0.3, 0.6, 0.9], counts: [1, 1, 1] }, 0.5);
    expect(r.penalty).toBe(1);
    expect(r.questions).toBe(3);
    // always answer: accuracy (0.3 + 0.6 + 0.9)/3 = 0.6; with the penalty (−0.4 + 0.2 + 0.8)/3 = 0.2
    expect(r.guessAll.accuracyScore).toBeCloseTo(0.6, 12);
    expect(r.guessAll.penalizedScore).toBeCloseTo(0.2, 12);
    expect(r.guessAll.answered).toBe(1);
    expect(r.guessAll.wrong).toBeCloseTo(0.4, 12);
    // answer iff c > 0.5: the 0.6 and 0.9 questions; accuracy 1.5/3 = 0.5; penalised (0.2 + 0.8)/3
    expect(r.answerAboveThreshold.accuracyScore).toBeCloseTo(0.5, 12);
    expect(r.answerAboveThreshold.penalizedScore).toBeCloseTo(1 / 3, 12);
    expect(r.answerAboveThreshold.answered).toBeCloseTo(2 / 3, 12);
    expect(r.answerAboveThreshold.abstained).toBeCloseTo(1 / 3, 12);
    expect(r.answerAboveThreshold.wrong).toBeCloseTo(0.5 / 3, 12);
  });

  it('scores the demo’s mixed preset by hand (100 questions, t = 0.5 and t = 0.9)', () => {
    const histogram = {
      confidences: [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95],
      counts: [4, 6, 8, 10, 12, 12, 12, 12, 12, 12],
    };
    // Σ n·c = 0.2 + 0.9 + 2 + 3.5 + 5.4 + 12 · (0.55 + 0.65 + 0.75 + 0.85 + 0.95) = 12 + 45 = 57
    const half = compareAbstention(histogram, 0.5);
    expect(half.guessAll.accuracyScore).toBeCloseTo(0.57, 12);
    expect(half.guessAll.penalizedScore).toBeCloseTo(0.57 - 0.43, 12);
    // above 0.5: 60 questions, 45 expected right, 15 wrong
    expect(half.answerAboveThreshold.accuracyScore).toBeCloseTo(0.45, 12);
    expect(half.answerAboveThreshold.penalizedScore).toBeCloseTo(0.45 - 0.15, 12);
    // t = 0.9, penalty 9: only the 12 questions at 0.95 are answered: 11.4 right, 0.6 wrong
    const strict = compareAbstention(histogram, 0.9);
    expect(strict.answerAboveThreshold.accuracyScore).toBeCloseTo(0.114, 12);
    expect(strict.answerAboveThreshold.penalizedScore).toBeCloseTo(0.114 - 9 * 0.006, 12);
    expect(strict.guessAll.penalizedScore).toBeCloseTo(0.57 - 9 * 0.43, 12);
  });

  it('makes both policies equal under binary grading when no confidence is 0 (t = 0)', () => {
    const r = compareAbstention({ confidences: [0.2, 0.7], counts: [3, 1] }, 0);
    expect(r.answerAboveThreshold).toEqual(r.guessAll);
    // a confidence of exactly 0 is abstained on at t = 0 (answer iff c > t), which costs nothing
    const z = compareAbstention({ confidences: [0, 0.7], counts: [1, 1] }, 0);
    expect(z.answerAboveThreshold.answered).toBe(0.5);
    expect(z.answerAboveThreshold.accuracyScore).toBe(z.guessAll.accuracyScore);
  });

  it('abstains at c = t exactly (strict >)', () => {
    const r = compareAbstention({ confidences: [0.5], counts: [2] }, 0.5);
    expect(r.answerAboveThreshold.answered).toBe(0);
    expect(r.guessAll.penalizedScore).toBe(0);
  });

  it('always favours guessing under accuracy and the threshold policy under the penalty (§4.1–4.2)', () => {
    const bin = fc.record({
      c: fc.double({ min: 0, max: 1, noNaN: true }),
      n: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.array(bin, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (bins, t) => {
          fc.pre(bins.some((b) => b.n > 0));
          const r = compareAbstention({ confidences: bins.map((b) => b.c), counts: bins.map((b) => b.n) }, t);
          expect(r.guessAll.accuracyScore).toBeGreaterThanOrEqual(
            r.answerAboveThreshold.accuracyScore - 1e-12,
          );
          expect(r.answerAboveThreshold.penalizedScore).toBeGreaterThanOrEqual(
            r.guessAll.penalizedScore - 1e-9,
          );
          expect(r.guessAll.answered + r.guessAll.abstained).toBeCloseTo(1, 12);
          expect(r.answerAboveThreshold.correct + r.answerAboveThreshold.wrong).toBeCloseTo(
            r.answerAboveThreshold.answered,
            12,
          );
        },
      ),
    );
  });

  it('rejects bad histograms naming the field', () => {
    const ok = { confidences: [0.5, 0.9], counts: [1, 1] };
    expect(() => compareAbstention({ confidences: [], counts: [] }, 0.5)).toThrow(
      new RangeError('confidences must not be empty'),
    );
    expect(() => compareAbstention({ ...ok, counts: [1] }, 0.5)).toThrow(
      new RangeError('counts must have as many entries as confidences (2), got 1'),
    );
    expect(() => compareAbstention({ ...ok, confidences: [0.5, 1.5] }, 0.5)).toThrow(
      new RangeError('confidences[1] must be in [0, 1], got 1.5'),
    );
    expect(() => compareAbstention({ ...ok, counts: [1, -1] }, 0.5)).toThrow(
      new RangeError('counts[1] must be an integer >= 0, got -1'),
    );
    expect(() => compareAbstention({ ...ok, counts: [0.5, 1] }, 0.5)).toThrow(/counts\[0\]/);
    expect(() => compareAbstention({ ...ok, counts: [0, 0] }, 0.5)).toThrow(
      new RangeError('counts must not all be 0'),
    );
    expect(() => compareAbstention(ok, 1)).toThrow(new RangeError('threshold must be in [0, 1), got 1'));
    expect(() => compareAbstention({ ...ok, counts: [Number.MAX_SAFE_INTEGER, 1] }, 0.5)).toThrow(
      /safe integer/,
    );
    expect(() => compareAbstention({ ...ok, counts: [1, Number.NaN] }, 0.5)).toThrow(/counts\[1\]/);
    expect(() => compareAbstention(null as unknown as typeof ok, 0.5)).toThrow(TypeError);
    expect(() => compareAbstention({ confidences: 'x', counts: [] } as unknown as typeof ok, 0.5)).toThrow(
      TypeError,
    );
  });
});
