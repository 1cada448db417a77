import { describe, expect, it } from 'vitest';
import { runningProducts } from '@/lib/lm';

describe('runningProducts', () => {
  it('multiplies the chain-rule factors left to right', () => {
    // Products of 1/2, 1/2, 1/5: 1/2, 1/4, 1/20.
    expect(runningProducts([0.5, 0.5, 0.2])).toEqual([0.5, 0.25, 0.05]);
  });
  it('returns an empty list for no factors and stays 0 after a zero factor', () => {
    expect(runningProducts([])).toEqual([]);
    expect(runningProducts([0.5, 0, 0.5])).toEqual([0.5, 0, 0]);
  });
  it('rejects factors outside [0, 1] and non-arrays', () => {
    expect(() => runningProducts([0.5, 1.5])).toThrow(/probs\[1\] must be in \[0, 1\]/);
    expect(() => runningProducts([NaN])).toThrow(RangeError);
    expect(() => runningProducts('0.5' as unknown as number[])).toThrow(TypeError);
  });
});
