import { describe, expect, it } from 'vitest';
import { logSigmoid } from '@/lib/alignment';

describe('logSigmoid', () => {
  it('matches scipy.special.log_expit at the limits', () => {
    // scipy.special.log_expit: 0 → -0.6931471805599453, 40 → -4.248354255291589e-18, -1000 → -1000.0
    expect(logSigmoid(0)).toBe(-0.6931471805599453);
    expect(logSigmoid(40)).toBe(-4.248354255291589e-18);
    expect(logSigmoid(-1000)).toBe(-1000);
    expect(logSigmoid(Infinity)).toBe(-0);
    expect(logSigmoid(-Infinity)).toBe(-Infinity);
  });

  it('rejects NaN and non-numbers', () => {
    expect(() => logSigmoid(Number.NaN)).toThrow(new RangeError('x must be a number (not NaN), got NaN'));
    expect(() => logSigmoid('1' as unknown as number)).toThrow(TypeError);
  });
});
