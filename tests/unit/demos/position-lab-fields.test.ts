/**
 * The position lab's field readers, and the ALiBi slopes it prints: for 6 heads, get_slopes in
 * the ALiBi repository (fairseq/models/transformer.py) takes the 4-head ladder 1/4, 1/16, 1/64,
 * 1/256 and then every other slope of the 8-head ladder (1/2, 1/8, …), the first two.
 */
import { describe, expect, it } from 'vitest';
import { formatSlope } from '@/components/demos/attention-lab/format';
import { readInteger, readPair } from '@/components/demos/position-lab/fields';
import { alibiSlopes } from '@/lib/transformer/alibi';
import { sinusoidalPositionEncoding } from '@/lib/transformer/sinusoidal';

describe('readInteger', () => {
  it('accepts a whole number in range that lib accepts', () => {
    expect(readInteger('6', 1, 64, (h) => alibiSlopes(h))).toEqual({ ok: true, value: 6 });
  });

  it('passes lib’s RangeError on for 0 heads and an odd d_model', () => {
    const zero = readInteger('0', 1, 64, (h) => alibiSlopes(h));
    expect(zero.ok === false && zero.error.kind).toBe('lib');
    const odd = readInteger('15', 2, 64, (d) => sinusoidalPositionEncoding(0, d));
    expect(odd.ok === false && odd.error).toMatchObject({ kind: 'lib', value: 15 });
  });

  it('refuses values outside the field’s range, and text that is not a whole number', () => {
    expect(readInteger('0', 1, 64)).toEqual({
      ok: false,
      error: { kind: 'range', min: 1, max: 64, value: 0 },
    });
    expect(readInteger('65', 1, 64)).toEqual({ ok: false, error: { kind: 'tooLarge', max: 64 } });
    expect(readInteger('3.5', 1, 64).ok).toBe(false);
    expect(readInteger('NaN', 1, 64).ok).toBe(false);
    expect(readInteger('🙂', 1, 64)).toEqual({ ok: false, error: { kind: 'notNumber', text: '🙂' } });
  });
});

describe('readPair', () => {
  it('reads two numbers or says what is wrong', () => {
    expect(readPair('0.8, 0.6', 10)).toEqual({ ok: true, value: [0.8, 0.6] });
    expect(readPair('1', 10)).toEqual({ ok: false, error: { kind: 'length', expected: 2, got: 1 } });
  });
});

describe('ALiBi slopes as printed', () => {
  it('8 heads: 1/2, 1/4, …, 1/256 (Press et al. 2022, §3)', () => {
    expect(alibiSlopes(8).map(formatSlope)).toEqual([
      '1/2',
      '1/4',
      '1/8',
      '1/16',
      '1/32',
      '1/64',
      '1/128',
      '1/256',
    ]);
  });

  it('6 heads: the 4-head ladder, then 1/2 and 1/8 from the 8-head ladder (get_slopes)', () => {
    expect(alibiSlopes(6).map(formatSlope)).toEqual(['1/4', '1/16', '1/64', '1/256', '1/2', '1/8']);
  });
});
