import { describe, expect, it } from 'vitest';
import {
  normalizeNumberText,
  parseDecimalField,
  parseIntegerField,
  parseVectorField,
  shownText,
} from '@/components/demos/attention-lab/parse';

describe('parseDecimalField', () => {
  it('reads plain decimals, signs and exponents', () => {
    expect(parseDecimalField('0.5', 100)).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimalField(' -2 ', 100)).toEqual({ ok: true, value: -2 });
    expect(parseDecimalField('.25', 100)).toEqual({ ok: true, value: 0.25 });
    expect(parseDecimalField('1e1', 100)).toEqual({ ok: true, value: 10 });
  });

  it('reads the typographic minus and full-width digits', () => {
    expect(parseDecimalField('−1.5', 100)).toEqual({ ok: true, value: -1.5 });
    expect(parseDecimalField('１２', 100)).toEqual({ ok: true, value: 12 });
    expect(parseDecimalField('－３', 100)).toEqual({ ok: true, value: -3 });
  });

  it('turns −0 into 0', () => {
    const r = parseDecimalField('-0', 100);
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it('rejects empty text', () => {
    expect(parseDecimalField('', 100)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseDecimalField('   ', 100)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('rejects NaN, Infinity, hex, bare signs and odd Unicode, quoting the input', () => {
    for (const text of ['NaN', 'Infinity', '0x10', '-', '1,5', '1 2', '😀', '1\u0301', '\uD800']) {
      const r = parseDecimalField(text, 100);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('notNumber');
    }
    expect(parseDecimalField('😀', 100)).toEqual({ ok: false, error: { kind: 'notNumber', text: '😀' } });
    expect(parseDecimalField('\uD800', 100)).toEqual({
      ok: false,
      error: { kind: 'notNumber', text: '\uFFFD' },
    });
  });

  it('rejects values beyond the field’s bound, including huge exponents', () => {
    expect(parseDecimalField('101', 100)).toEqual({ ok: false, error: { kind: 'tooLarge', max: 100 } });
    expect(parseDecimalField('1e400', 100)).toEqual({ ok: false, error: { kind: 'tooLarge', max: 100 } });
    expect(parseDecimalField('-100', 100)).toEqual({ ok: true, value: -100 });
  });
});

describe('parseIntegerField', () => {
  it('reads whole numbers, leaving 0 and negatives to lib', () => {
    expect(parseIntegerField('8', 64)).toEqual({ ok: true, value: 8 });
    expect(parseIntegerField('0', 64)).toEqual({ ok: true, value: 0 });
    expect(parseIntegerField('-3', 64)).toEqual({ ok: true, value: -3 });
  });

  it('rejects fractions, words and numbers past the bound', () => {
    expect(parseIntegerField('2.5', 64)).toEqual({ ok: false, error: { kind: 'notInteger', text: '2.5' } });
    expect(parseIntegerField('abc', 64)).toEqual({ ok: false, error: { kind: 'notNumber', text: 'abc' } });
    expect(parseIntegerField('65', 64)).toEqual({ ok: false, error: { kind: 'tooLarge', max: 64 } });
    expect(parseIntegerField('', 64)).toEqual({ ok: false, error: { kind: 'empty' } });
  });
});

describe('parseVectorField', () => {
  it('reads a fixed number of comma-, space- or 、-separated values', () => {
    expect(parseVectorField('1, 0', 2, 10)).toEqual({ ok: true, value: [1, 0] });
    expect(parseVectorField('0.8 0.6', 2, 10)).toEqual({ ok: true, value: [0.8, 0.6] });
    expect(parseVectorField('0.8、−0.6', 2, 10)).toEqual({ ok: true, value: [0.8, -0.6] });
  });

  it('says how many numbers it wanted and got, or which piece is bad', () => {
    expect(parseVectorField('1', 2, 10)).toEqual({
      ok: false,
      error: { kind: 'length', expected: 2, got: 1 },
    });
    expect(parseVectorField('1, 2, 3', 2, 10)).toEqual({
      ok: false,
      error: { kind: 'length', expected: 2, got: 3 },
    });
    expect(parseVectorField('1, x', 2, 10)).toEqual({ ok: false, error: { kind: 'notNumber', text: 'x' } });
    expect(parseVectorField('', 2, 10)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseVectorField('1, 11', 2, 10)).toEqual({ ok: false, error: { kind: 'tooLarge', max: 10 } });
  });
});

describe('normalizeNumberText and shownText', () => {
  it('normalizes width and the minus sign, and trims', () => {
    expect(normalizeNumberText(' −１.5 ')).toBe('-1.5');
  });

  it('makes lone surrogates printable and cuts long input by code points', () => {
    expect(shownText('\uDC00x')).toBe('\uFFFDx');
    expect(shownText('😀'.repeat(20))).toBe(`${'😀'.repeat(16)}…`);
    expect(shownText('a\u0301')).toBe('a\u0301');
  });
});
