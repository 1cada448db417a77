import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presenceFrequencyPenalty } from '@/lib/decoding';

describe('presenceFrequencyPenalty', () => {
  it('applies the OpenAI formula mu[j] - c[j] * alpha_frequency - float(c[j] > 0) * alpha_presence', () => {
    // OpenAI API "Parameter details / Frequency and presence penalties", worked by hand:
    // token 0 seen twice: 1 - 2 * 0.25 - 0.5 = 0; token 1 once: 1 - 0.25 - 0.5 = 0.25; token 2 unseen: 1
    expect(presenceFrequencyPenalty([1, 1, 1], [0, 0, 1], { presence: 0.5, frequency: 0.25 })).toEqual([
      0, 0.25, 1,
    ]);
  });

  it('makes presence a one-off and frequency proportional to the count', () => {
    // OpenAI: "the presence penalty is a one-off additive contribution ... the frequency penalty is a
    // contribution that is proportional to how often a particular token has already been sampled"
    expect(presenceFrequencyPenalty([0, 0], [0, 0, 0, 1], { presence: 1 })).toEqual([-1, -1]);
    expect(presenceFrequencyPenalty([0, 0], [0, 0, 0, 1], { frequency: 1 })).toEqual([-3, -1]);
  });

  it('encourages repetition with negative coefficients and keeps -Infinity', () => {
    // OpenAI: "Negative values can be used to increase the likelihood of repetition."
    expect(presenceFrequencyPenalty([0, -Infinity], [0, 1], { presence: -2, frequency: -1 })).toEqual([
      3,
      -Infinity,
    ]);
  });

  it('is the identity with both coefficients 0 or omitted', () => {
    // OpenAI API reference: presence_penalty and frequency_penalty default to 0
    expect(presenceFrequencyPenalty([1, 2], [0, 1, 1], {})).toEqual([1, 2]);
  });

  it('rejects invalid arguments', () => {
    // OpenAI API reference: "Number between -2.0 and 2.0"
    expect(() => presenceFrequencyPenalty([1], [0], { presence: 2.5 })).toThrow(
      new RangeError('presence must be in [-2, 2], got 2.5'),
    );
    expect(() => presenceFrequencyPenalty([1], [0], { frequency: -3 })).toThrow(RangeError);
    expect(() => presenceFrequencyPenalty([1], [0], { frequency: Number.NaN })).toThrow(RangeError);
    expect(() => presenceFrequencyPenalty([1], [0], { presence: '1' as unknown as number })).toThrow(
      TypeError,
    );
    expect(() => presenceFrequencyPenalty([1], [0], null as unknown as { presence: number })).toThrow(
      TypeError,
    );
    expect(() => presenceFrequencyPenalty([1], [1], { presence: 1 })).toThrow(/previousTokens\[0\] must be/);
    expect(() => presenceFrequencyPenalty([Number.NaN], [0], { presence: 1 })).toThrow(RangeError);
  });

  it('keeps extreme finite logits finite (a shift of at most 2 per occurrence cannot overflow)', () => {
    // Number.MAX_VALUE + 2 rounds back to Number.MAX_VALUE (IEEE 754 round to nearest)
    expect(presenceFrequencyPenalty([Number.MAX_VALUE], [0], { presence: -2 })).toEqual([Number.MAX_VALUE]);
    expect(presenceFrequencyPenalty([-Number.MAX_VALUE], [0, 0], { presence: 2, frequency: 2 })).toEqual([
      -Number.MAX_VALUE,
    ]);
  });

  it('shifts seen tokens by count · frequency + presence, never mutates (property)', () => {
    const logits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 });
    const coef = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(logits, fc.array(fc.nat(20)), coef, coef, (xs, raw, presence, frequency) => {
        const ids = raw.map((i) => i % xs.length);
        const copy = [...xs];
        const out = presenceFrequencyPenalty(xs, ids, { presence, frequency });
        expect(xs).toEqual(copy);
        out.forEach((y, j) => {
          const c = ids.filter((i) => i === j).length;
          const expected = (xs[j] ?? Number.NaN) - c * frequency - (c > 0 ? presence : 0);
          expect(y).toBeCloseTo(expected, 9);
        });
      }),
    );
  });
});
