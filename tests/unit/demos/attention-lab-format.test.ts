import { describe, expect, it } from 'vitest';
import {
  formatEntry,
  formatFixedSignificant,
  formatSlope,
  formatWeight,
} from '@/components/demos/attention-lab/format';

describe('formatSlope', () => {
  it('prints reciprocal powers of two as fractions, as the ALiBi paper does', () => {
    expect([0.5, 0.25, 0.0625, 0.00390625].map(formatSlope)).toEqual(['1/2', '1/4', '1/16', '1/256']);
  });

  it('prints other slopes with six significant digits', () => {
    // 2^(−1/2) = 0.70710678…, the first interpolated slope of 16 heads (Press et al. 2022, §3)
    expect(formatSlope(Math.SQRT1_2)).toBe('0.707107');
    expect(formatSlope(1)).toBe('1');
  });
});

describe('formatWeight and formatEntry', () => {
  it('prints a masked weight as 0 and an allowed one with three decimals', () => {
    expect(formatWeight(0, false)).toBe('0');
    expect(formatWeight(0, true)).toBe('0.000');
    expect(formatWeight(1 / 3, true)).toBe('0.333');
  });

  it('prints −∞ as a symbol and a negative zero without its sign', () => {
    expect(formatEntry(-Infinity)).toBe('−∞');
    expect(formatEntry(-0.0004)).toBe('0.00');
    expect(formatEntry(-0.5)).toBe('−0.50');
    expect(formatEntry(1.23456, 3)).toBe('1.235');
  });

  it('prints significant digits with a real minus sign', () => {
    expect(formatFixedSignificant(-0.41614683654, 3)).toBe('−0.416');
    expect(formatFixedSignificant(0, 4)).toBe('0');
    expect(formatFixedSignificant(62831.853, 4)).toBe('62830');
  });
});
