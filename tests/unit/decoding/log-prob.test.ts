import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probFromLogprob } from '@/lib/decoding';

describe('probFromLogprob', () => {
  it('turns a log-probability back into a probability', () => {
    // ln 0.36 = −1.0216512475319814 (HF blog: "The dog has" = 0.4 × 0.9); ln 0.2 = −1.6094379124341003
    // ("The nice woman" = 0.5 × 0.4); ln 2 = 0.6931471805599453, so e^−ln 2 = 1/2
    expect(probFromLogprob(-1.0216512475319814)).toBeCloseTo(0.36, 12);
    expect(probFromLogprob(-1.6094379124341003)).toBeCloseTo(0.2, 12);
    expect(probFromLogprob(-0.6931471805599453)).toBeCloseTo(0.5, 12);
  });

  it('maps the ends 0 and −Infinity to 1 and 0', () => {
    expect(probFromLogprob(0)).toBe(1);
    expect(probFromLogprob(-0)).toBe(1);
    expect(probFromLogprob(-Infinity)).toBe(0);
    // e^−800 underflows to 0, never NaN
    expect(probFromLogprob(-800)).toBe(0);
  });

  it('stays in [0, 1] and grows with the log-probability', () => {
    fc.assert(
      fc.property(fc.double({ max: 0, noNaN: true }), fc.double({ max: 0, noNaN: true }), (a, b) => {
        const [pa, pb] = [probFromLogprob(a), probFromLogprob(b)];
        expect(pa).toBeGreaterThanOrEqual(0);
        expect(pa).toBeLessThanOrEqual(1);
        if (a <= b) expect(pa).toBeLessThanOrEqual(pb);
      }),
    );
  });

  it('rejects positive, NaN and non-number input', () => {
    expect(() => probFromLogprob(0.5)).toThrow(
      new RangeError('sumLogprob must be <= 0 (a sum of log-probabilities), got 0.5'),
    );
    expect(() => probFromLogprob(Infinity)).toThrow(RangeError);
    expect(() => probFromLogprob(Number.NaN)).toThrow(
      new RangeError('sumLogprob must be <= 0 (a sum of log-probabilities), got NaN'),
    );
    expect(() => probFromLogprob('-1' as unknown as number)).toThrow(
      new TypeError('sumLogprob must be a number, got "-1"'),
    );
  });
});
