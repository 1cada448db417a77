import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctrlRepetitionPenalty, repetitionPenalty } from '@/lib/decoding';

describe('repetitionPenalty', () => {
  it('reproduces HF test_repetition_penalty_dist_process', () => {
    // transformers tests/generation/test_logits_process.py::test_repetition_penalty_dist_process:
    // vocab 10, uniform 1/10, penalty 2.0; row 0: input_ids [0, 1], scores[0] = -(1/10)
    // -> scores[0] = -(1/10) * 2, scores[1] = (1/10) / 2; row 1: input_ids [5, 0], scores[5] = 4/10
    // -> scores[0] = (1/10) / 2, scores[5] = (4/10) / 2
    const row0 = Array.from({ length: 10 }, () => 1 / 10);
    row0[0] = -(1 / 10);
    const out0 = repetitionPenalty(row0, [0, 1], 2);
    expect(out0[0]).toBeCloseTo(-(1 / 10) * 2, 7);
    expect(out0[1]).toBeCloseTo(1 / 10 / 2, 7);
    expect(out0.slice(2)).toEqual(row0.slice(2));

    const row1 = Array.from({ length: 10 }, () => 1 / 10);
    row1[5] = 4 / 10;
    const out1 = repetitionPenalty(row1, [5, 0], 2);
    expect(out1[0]).toBeCloseTo(1 / 10 / 2, 7);
    expect(out1[5]).toBeCloseTo(4 / 10 / 2, 7);
  });

  it('penalises a token once however often it occurred', () => {
    // HF docstring: "This penalty is applied at most once per token"
    expect(repetitionPenalty([4, -4, 1], [0, 0, 0, 1, 1], 2)).toEqual([2, -8, 1]);
  });

  it('rewards seen tokens when penalty < 1 and leaves 0 and -Infinity alone', () => {
    // HF docstring: "Between 0.0 and 1.0 rewards previously generated tokens"
    expect(repetitionPenalty([4, -4, 0, -Infinity], [0, 1, 2, 3], 0.5)).toEqual([8, -2, 0, -Infinity]);
  });

  it('rejects invalid arguments', () => {
    // HF: "`penalty` has to be a strictly positive float"
    expect(() => repetitionPenalty([1, 2], [0], 0)).toThrow(
      new RangeError('penalty must be finite and > 0, got 0'),
    );
    expect(() => repetitionPenalty([1, 2], [0], -1)).toThrow(RangeError);
    expect(() => repetitionPenalty([1, 2], [0], Infinity)).toThrow(RangeError);
    expect(() => repetitionPenalty([1, 2], [0], '2' as unknown as number)).toThrow(TypeError);
    expect(() => repetitionPenalty([1, 2], [2], 2)).toThrow(
      new RangeError('previousTokens[0] must be an integer in [0, 2) (a token id), got 2'),
    );
    expect(() => repetitionPenalty([1, 2], [-1], 2)).toThrow(RangeError);
    expect(() => repetitionPenalty([1, 2], [0.5], 2)).toThrow(RangeError);
    expect(() => repetitionPenalty([1, 2], ['0'] as unknown as number[], 2)).toThrow(TypeError);
    expect(() => repetitionPenalty([], [], 2)).toThrow(RangeError);
  });

  it('rejects a penalty that overflows a logit instead of returning Infinity', () => {
    // 1e300 / 1e-10 = 1e310 > Number.MAX_VALUE
    expect(() => repetitionPenalty([1e300], [0], 1e-10)).toThrow(
      /penalty must keep every penalised logit finite/,
    );
  });

  it('lowers seen logits for penalty > 1, leaves unseen ones, never mutates (property)', () => {
    const logits = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(logits, fc.double({ min: 1, max: 10, noNaN: true }), fc.array(fc.nat(20)), (xs, r, raw) => {
        const ids = raw.map((i) => i % xs.length);
        const copy = [...xs];
        const out = repetitionPenalty(xs, ids, r);
        expect(xs).toEqual(copy);
        out.forEach((y, i) => {
          if (ids.includes(i)) expect(y).toBeLessThanOrEqual(xs[i] ?? Number.NaN);
          else expect(y).toBe(xs[i]);
        });
      }),
    );
  });
});

describe('ctrlRepetitionPenalty', () => {
  it('divides every seen logit, so a negative one goes up (the bug the sign split fixes)', () => {
    // content/*/decoding/penalties.mdx pitfall, by hand: -2 / 1.2 = -1.6667 > -2, while HF gives -2 * 1.2 = -2.4
    const out = ctrlRepetitionPenalty([2, -2, 1], [0, 1, 1], 1.2);
    expect(out[0]).toBeCloseTo(1.666667, 6);
    expect(out[1]).toBeCloseTo(-1.666667, 6);
    expect(out[2]).toBe(1);
    expect(repetitionPenalty([2, -2, 1], [0, 1], 1.2)[1]).toBeCloseTo(-2.4, 12);
  });

  it('agrees with the HF penalty on non-negative logits and leaves -Infinity alone', () => {
    // CTRL eq. (penalized sampling) with T = 1: x / θ for seen tokens
    expect(ctrlRepetitionPenalty([4, 0, -Infinity, 3], [0, 1, 2], 2)).toEqual([2, 0, -Infinity, 3]);
  });

  it('rejects invalid arguments', () => {
    expect(() => ctrlRepetitionPenalty([1, 2], [0], 0)).toThrow(
      new RangeError('penalty must be finite and > 0, got 0'),
    );
    expect(() => ctrlRepetitionPenalty([1, 2], [2], 2)).toThrow(RangeError);
    expect(() => ctrlRepetitionPenalty([1e300], [0], 1e-10)).toThrow(
      /must keep every penalised logit finite/,
    );
    expect(() => ctrlRepetitionPenalty([1, 2], [0], '2' as unknown as number)).toThrow(TypeError);
  });
});
