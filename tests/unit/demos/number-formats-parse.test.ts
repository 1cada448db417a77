import { describe, expect, it } from 'vitest';
import { MAX_VALUE_TEXT, parseValue } from '@/components/demos/number-formats/parse';

describe('parseValue', () => {
  it('reads decimals, exponents and fractions', () => {
    expect(parseValue('0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseValue(' 2e-8 ')).toEqual({ ok: true, value: 2e-8 });
    expect(parseValue('-65504')).toEqual({ ok: true, value: -65504 });
    expect(parseValue('\u22123.5')).toEqual({ ok: true, value: -3.5 });
    expect(parseValue('1/3')).toEqual({ ok: true, value: 1 / 3 });
    expect(parseValue(' 1 / 8 ')).toEqual({ ok: true, value: 0.125 });
    // NFKC folds full-width digits and slash
    expect(parseValue('１/３')).toEqual({ ok: true, value: 1 / 3 });
    // −0 reads as 0, so nothing prints "−0"
    expect(Object.is((parseValue('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('refuses empty fields, text, NaN and Infinity', () => {
    expect(parseValue('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseValue('   ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseValue('abc')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'abc' } });
    expect(parseValue('NaN')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'NaN' } });
    expect(parseValue('Infinity')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'Infinity' } });
    expect(parseValue('0x10')).toMatchObject({ ok: false, error: { kind: 'notNumber' } });
    expect(parseValue('1/2/3')).toMatchObject({ ok: false, error: { kind: 'notNumber', text: '1/2/3' } });
    expect(parseValue('1/')).toMatchObject({ ok: false, error: { kind: 'notNumber', text: '1/' } });
    expect(parseValue('/3')).toMatchObject({ ok: false, error: { kind: 'notNumber' } });
  });

  it('refuses values beyond the double range and division by zero', () => {
    // the largest double is about 1.8e308: 1e400 reads as Infinity
    expect(parseValue('1e400')).toEqual({ ok: false, error: { kind: 'notFinite' } });
    expect(parseValue('-1e309')).toEqual({ ok: false, error: { kind: 'notFinite' } });
    expect(parseValue('1e300/1e-300')).toEqual({ ok: false, error: { kind: 'notFinite' } });
    expect(parseValue('1/0')).toEqual({ ok: false, error: { kind: 'divideByZero' } });
    expect(parseValue('0/0')).toEqual({ ok: false, error: { kind: 'divideByZero' } });
    expect(parseValue('1.7976931348623157e308')).toEqual({ ok: true, value: Number.MAX_VALUE });
  });

  it('quotes odd Unicode safely and cuts long text', () => {
    expect(parseValue('😀')).toEqual({ ok: false, error: { kind: 'notNumber', text: '😀' } });
    expect(parseValue('e\u0301')).toMatchObject({ ok: false, error: { kind: 'notNumber' } });
    // a lone surrogate is quoted as U+FFFD, never printed raw
    expect(parseValue('\uD800')).toEqual({ ok: false, error: { kind: 'notNumber', text: '\uFFFD' } });
    const long = '1'.repeat(MAX_VALUE_TEXT + 1);
    const result = parseValue(long);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'notNumber') expect(result.error.text.endsWith('…')).toBe(true);
  });
});
