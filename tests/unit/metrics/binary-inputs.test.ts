import { describe, expect, it } from 'vitest';
import { checkLabels, checkScores, checkZeroDivision } from '@/lib/metrics';

describe('checkLabels', () => {
  it('accepts 0/1 labels, including none', () => {
    expect(checkLabels('yTrue', [0, 1, 1])).toEqual([0, 1, 1]);
    expect(checkLabels('yTrue', [])).toEqual([]);
  });

  it('rejects anything but an array of 0s and 1s, naming the entry', () => {
    expect(() => checkLabels('yTrue', [0, 2])).toThrow(new RangeError('yTrue[1] must be 0 or 1, got 2'));
    expect(() => checkLabels('yPred', [-1])).toThrow(/yPred\[0\] must be 0 or 1, got -1/);
    expect(() => checkLabels('yTrue', [true])).toThrow(TypeError);
    expect(() => checkLabels('yTrue', '01')).toThrow(TypeError);
  });
});

describe('checkScores', () => {
  it('accepts finite scores', () => {
    expect(checkScores('scores', [-3, 0.5])).toEqual([-3, 0.5]);
  });

  it('rejects NaN and infinities like sklearn assert_all_finite', () => {
    expect(() => checkScores('scores', [0, Number.NaN])).toThrow(
      new RangeError('scores[1] must be finite, got NaN'),
    );
    expect(() => checkScores('scores', [Infinity])).toThrow(RangeError);
    expect(() => checkScores('scores', ['0.5'])).toThrow(TypeError);
  });
});

describe('checkZeroDivision', () => {
  it('allows 0, 1 and NaN, the options of sklearn zero_division', () => {
    expect(checkZeroDivision(0)).toBe(0);
    expect(checkZeroDivision(1)).toBe(1);
    expect(checkZeroDivision(Number.NaN)).toBeNaN();
  });

  it('rejects anything else', () => {
    expect(() => checkZeroDivision(0.5)).toThrow(new RangeError('zeroDivision must be 0, 1 or NaN, got 0.5'));
    expect(() => checkZeroDivision(Infinity)).toThrow(RangeError);
    expect(() => checkZeroDivision('warn')).toThrow(TypeError);
  });
});
