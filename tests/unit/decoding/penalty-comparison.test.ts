import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePenalties, softmax } from '@/lib/decoding';

const off = { repetition: 1, presence: 0, frequency: 0, ngramSize: 0 };

describe('comparePenalties', () => {
  it('applies each mechanism alone to the same logits (worked by hand)', () => {
    // logits [2, -1, 0], history [0, 1, 0]: counts [2, 1, 0]
    // HF repetition 2: 2 / 2 = 1, -1 * 2 = -2; CTRL divide-only: -1 / 2 = -0.5
    // OpenAI presence 0.5, frequency 0.5: 2 - 2*0.5 - 0.5 = 0.5, -1 - 1*0.5 - 0.5 = -2
    // n-gram 2: prefix "0" was followed by 1 -> ban 1
    const r = comparePenalties([2, -1, 0], [0, 1, 0], {
      repetition: 2,
      presence: 0.5,
      frequency: 0.5,
      ngramSize: 2,
    });
    expect(r.counts).toEqual([2, 1, 0]);
    expect(r.repetition.logits).toEqual([1, -2, 0]);
    expect(r.repetition.ctrlLogits).toEqual([1, -0.5, 0]);
    expect(r.presenceFrequency.logits).toEqual([0.5, -2, 0]);
    expect(r.ngram.logits).toEqual([2, -Infinity, 0]);
    expect(r.ngram.bans).toEqual([{ token: 1, start: 0, ngram: [0, 1] }]);
    expect(r.input.logits).toEqual([2, -1, 0]);
    expect(r.repetition.probs).toEqual(softmax([1, -2, 0]));
    // argmax: rep. [1, -2, 0] -> 0; pres./freq. [0.5, -2, 0] -> 0; n-gram [2, -inf, 0] -> 0
    expect([r.repetition.top, r.presenceFrequency.top, r.ngram.top]).toEqual([0, 0, 0]);
  });

  it("reproduces the page's interview answers", () => {
    // repetition_penalty 1.2 on seen logits 2.0 and -2.0 -> 1.667 and -2.4
    const rep = comparePenalties([2, -2, 0], [0, 1], { ...off, repetition: 1.2 });
    expect(rep.repetition.logits[0]).toBeCloseTo(1.667, 3);
    expect(rep.repetition.logits[1]).toBeCloseTo(-2.4, 12);
    // seen 3 times, presence 0.6, frequency 0.4: the logit drops by 3 * 0.4 + 0.6 = 1.8
    const pf = comparePenalties([1, 0], [0, 0, 0], { ...off, presence: 0.6, frequency: 0.4 });
    expect(pf.presenceFrequency.logits[0]).toBeCloseTo(-0.8, 12);
    // no_repeat_ngram_size 3 after "the cat sat on the cat": "sat" (id 2) is banned, and becomes the top
    // token in no other column
    const ng = comparePenalties([0, 0, 5, 0, 0], [0, 1, 2, 3, 0, 1], { ...off, ngramSize: 3 });
    expect(ng.ngram.logits[2]).toBe(-Infinity);
    expect(ng.ngram.bans.map((b) => b.ngram)).toEqual([[0, 1, 2]]);
    expect(ng.input.top).toBe(2);
    expect(ng.ngram.top).toBe(0);
  });

  it('changes nothing at the "off" values', () => {
    const r = comparePenalties([1, -1, 0.5], [0, 1, 1], off);
    expect(r.repetition.logits).toEqual([1, -1, 0.5]);
    expect(r.presenceFrequency.logits).toEqual([1, -1, 0.5]);
    expect(r.ngram).toEqual({ ...r.input, bans: [] });
  });

  it('reports nothing left to sample when the n-gram ban removes every token', () => {
    // n = 1 bans every seen token; both tokens were seen
    const r = comparePenalties([1, 2], [0, 1], { ...off, ngramSize: 1 });
    expect(r.ngram.probs).toBeNull();
    expect(r.ngram.top).toBeNull();
    expect(r.ngram.logits).toEqual([-Infinity, -Infinity]);
  });

  it('rejects invalid arguments', () => {
    expect(() => comparePenalties([1, 2], [0], { ...off, repetition: 0 })).toThrow(
      new RangeError('repetition must be finite and > 0, got 0'),
    );
    expect(() => comparePenalties([1, 2], [0], { ...off, ngramSize: -1 })).toThrow(
      new RangeError('ngramSize must be an integer >= 0, got -1'),
    );
    expect(() => comparePenalties([1, 2], [0], { ...off, ngramSize: 1.5 })).toThrow(RangeError);
    expect(() => comparePenalties([1, 2], [0], { ...off, presence: 2.5 })).toThrow(
      new RangeError('presence must be in [-2, 2], got 2.5'),
    );
    expect(() => comparePenalties([1, 2], [2], off)).toThrow(RangeError);
    expect(() => comparePenalties([], [], off)).toThrow(RangeError);
    expect(() => comparePenalties([1, 2], [0], null as unknown as typeof off)).toThrow(TypeError);
    expect(() => comparePenalties([1, 2], [0], { ...off, frequency: '1' as unknown as number })).toThrow(
      TypeError,
    );
  });

  it('never raises a seen token above its input logit for positive strengths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(20), { maxLength: 12 }),
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (xs, raw, repetition, strength, ngramSize) => {
          const ids = raw.map((i) => i % xs.length);
          const r = comparePenalties(xs, ids, {
            repetition,
            presence: strength,
            frequency: strength,
            ngramSize,
          });
          xs.forEach((x, i) => {
            expect(r.repetition.logits[i]).toBeLessThanOrEqual(x);
            expect(r.presenceFrequency.logits[i]).toBeLessThanOrEqual(x);
            expect([x, -Infinity]).toContain(r.ngram.logits[i]);
          });
        },
      ),
    );
  });
});
