import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatFixed,
  formatScientific,
  parseLabelList,
  parseNumberList,
} from '@/lib/format';

describe('formatFixed', () => {
  it('rounds half-way cases like Number.prototype.toFixed (CS324 prints 0.31 for 0.3077)', () => {
    expect(formatFixed(0.30769, 2)).toBe('0.31');
    expect(formatFixed(0.11636, 2)).toBe('0.12');
  });
  it('spells out infinities and uses a true minus sign', () => {
    expect(formatFixed(Infinity, 2)).toBe('∞');
    expect(formatFixed(-Infinity, 2)).toBe('−∞');
    expect(formatFixed(-0.5, 1)).toBe('−0.5');
  });
  it('rejects NaN and non-numbers', () => {
    expect(() => formatFixed(NaN, 2)).toThrow(RangeError);
    expect(() => formatFixed('1' as unknown as number, 2)).toThrow(TypeError);
  });
});

describe('formatScientific', () => {
  it('writes small and large magnitudes with a power of ten', () => {
    expect(formatScientific(0.000904, 3)).toBe('9.04 × 10⁻⁴');
    expect(formatScientific(5.88e23, 3)).toBe('5.88 × 10²³');
  });
  it('keeps everyday magnitudes as decimals', () => {
    expect(formatScientific(0.25, 3)).toBe('0.25');
    expect(formatScientific(1.9366, 3)).toBe('1.94');
    expect(formatScientific(0, 3)).toBe('0');
  });
  it('never prints NaN for any finite number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => !formatScientific(x, 3).includes('NaN')));
  });
  it('rejects NaN', () => {
    expect(() => formatScientific(NaN, 3)).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it('uses the suffixes of the LLM literature (Chinchilla: 70B parameters, 1.4T tokens)', () => {
    expect(formatCount(70e9)).toBe('70B');
    expect(formatCount(1.4e12)).toBe('1.4T');
    expect(formatCount(175e9)).toBe('175B');
    expect(formatCount(350e6)).toBe('350M');
    expect(formatCount(12)).toBe('12');
  });
  it('rejects NaN', () => {
    expect(() => formatCount(NaN)).toThrow(RangeError);
  });
});

describe('parseNumberList', () => {
  it('accepts commas, Chinese commas and spaces', () => {
    expect(parseNumberList('0.4, 0.6')).toEqual({ ok: true, values: [0.4, 0.6] });
    expect(parseNumberList('0.4，0.6、1e-3')).toEqual({ ok: true, values: [0.4, 0.6, 0.001] });
  });
  it('names the first piece that is not a plain decimal number', () => {
    expect(parseNumberList('0.4, x, 3')).toEqual({ ok: false, bad: 'x' });
    expect(parseNumberList('0x10')).toEqual({ ok: false, bad: '0x10' });
    expect(parseNumberList('Infinity')).toEqual({ ok: false, bad: 'Infinity' });
  });
  it('returns an empty list for empty text', () => {
    expect(parseNumberList('  ')).toEqual({ ok: true, values: [] });
  });
  it('throws TypeError for a non-string', () => {
    expect(() => parseNumberList(3 as unknown as string)).toThrow(TypeError);
  });
});

describe('parseLabelList', () => {
  it('splits on commas and whitespace, dropping empties', () => {
    expect(parseLabelList('cheese, mouse')).toEqual(['cheese', 'mouse']);
    expect(parseLabelList('奶酪，老鼠 ,, ')).toEqual(['奶酪', '老鼠']);
  });
  it('throws TypeError for a non-string', () => {
    expect(() => parseLabelList(null as unknown as string)).toThrow(TypeError);
  });
});

describe('formatBytes', () => {
  it('prints binary units with three significant digits', () => {
    // Llama-2-7B fp16 KV cache: 2·32·32·128·2 = 524,288 bytes per token = 512 KiB
    expect(formatBytes(524288)).toBe('512 KiB');
    expect(formatBytes(2147483648)).toBe('2 GiB');
    expect(formatBytes(1000)).toBe('1000 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(-2048)).toBe('−2 KiB');
    expect(formatBytes(Infinity)).toBe('∞');
  });

  it('rejects NaN', () => {
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
  });
});
