import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '@/lib/decoding';
import { onlineSoftmax } from '@/lib/transformer';

const LN = [0, Math.log(2), Math.log(3), Math.log(4)];

describe('onlineSoftmax', () => {
  it('rescales the running sum when the max grows (Milakov & Gimelshein 2018, algorithm 3)', () => {
    // scores ln[1, 2, 3, 4], blocks of 2: after block 1 m = ln 2, ℓ = 1/2 + 1 = 1.5;
    // after block 2 m = ln 4, ℓ = 1.5·(2/4) + 3/4 + 1 = 2.5; p = [1, 2, 3, 4]/10
    const { steps, probs } = onlineSoftmax(LN, 2);
    expect(steps).toHaveLength(2);
    expect(steps[0]!.max).toBe(Math.log(2));
    expect(steps[0]!.sum).toBeCloseTo(1.5, 15);
    expect(steps[1]!.max).toBe(Math.log(4));
    expect(steps[1]!.sum).toBeCloseTo(2.5, 15);
    [0.1, 0.2, 0.3, 0.4].forEach((p, i) => expect(probs[i]).toBeCloseTo(p, 15));
  });

  it('reads one score per step with blockSize 1, and everything at once with a large block', () => {
    // [0, ln 3]: m 0, ℓ 1; then m ln 3, ℓ 1·(1/3) + 1 = 4/3; p = [1/4, 3/4]
    const one = onlineSoftmax([0, Math.log(3)], 1);
    expect(one.steps[0]).toEqual({ max: 0, sum: 1 });
    expect(one.steps[1]!.sum).toBeCloseTo(4 / 3, 15);
    expect(one.probs[1]).toBeCloseTo(0.75, 15);
    const all = onlineSoftmax(LN, 10);
    expect(all.steps).toHaveLength(1);
    expect(all.steps[0]!.sum).toBeCloseTo(2.5, 15);
  });

  it('keeps m = −∞ and ℓ = 0 through blocks of −∞ only', () => {
    const { steps, probs } = onlineSoftmax([-Infinity, -Infinity, 0, Math.log(3)], 2);
    expect(steps[0]).toEqual({ max: -Infinity, sum: 0 });
    expect(steps[1]!.sum).toBeCloseTo(4 / 3, 15);
    expect(probs[0]).toBe(0);
    expect(probs[1]).toBe(0);
    expect(probs[3]).toBeCloseTo(0.75, 15);
  });

  it('rejects all −∞, NaN and bad block sizes', () => {
    expect(() => onlineSoftmax([-Infinity, -Infinity], 1)).toThrow(
      new RangeError('scores must contain at least one finite value, got all -Infinity'),
    );
    expect(() => onlineSoftmax([1, Number.NaN], 1)).toThrow(
      new RangeError('scores[1] must be finite or -Infinity, got NaN'),
    );
    expect(() => onlineSoftmax([1, Infinity], 1)).toThrow(RangeError);
    expect(() => onlineSoftmax([], 1)).toThrow(RangeError);
    expect(() => onlineSoftmax([1, 2], 0)).toThrow(
      new RangeError('blockSize must be an integer >= 1, got 0'),
    );
    expect(() => onlineSoftmax([1, 2], 1.5)).toThrow(RangeError);
    expect(() => onlineSoftmax([1, 2], '2' as unknown as number)).toThrow(TypeError);
  });

  it('equals the two-pass softmax for every block size, with a non-decreasing max (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(-Infinity)), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 1, max: 25 }),
        (scores, blockSize) => {
          fc.pre(scores.some(Number.isFinite));
          const { steps, probs } = onlineSoftmax(scores, blockSize);
          expect(steps).toHaveLength(Math.ceil(scores.length / blockSize));
          softmax(scores).forEach((p, i) => expect(probs[i]).toBeCloseTo(p, 12));
          for (let s = 1; s < steps.length; s++)
            expect(steps[s]!.max).toBeGreaterThanOrEqual(steps[s - 1]!.max);
          const last = steps[steps.length - 1]!;
          const whole = onlineSoftmax(scores, scores.length).steps[0]!;
          expect(last.max).toBe(whole.max);
          expect(last.sum).toBeCloseTo(whole.sum, 10);
        },
      ),
    );
  });
});
