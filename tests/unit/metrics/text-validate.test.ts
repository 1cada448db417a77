import { describe, expect, it } from 'vitest';
import { checkBoolean, checkOneOf, checkString, checkStringArray } from '@/lib/metrics/text-validate';

describe('text argument checks', () => {
  it('checkString accepts strings only', () => {
    expect(checkString('s', '')).toBe('');
    expect(() => checkString('s', 1)).toThrow(new TypeError('s must be a string, got 1'));
  });

  it('checkStringArray points at the first non-string item', () => {
    expect(checkStringArray('refs', [])).toEqual([]);
    expect(() => checkStringArray('refs', 'a')).toThrow(
      new TypeError('refs must be an array of strings, got "a"'),
    );
    expect(() => checkStringArray('refs', ['a', null])).toThrow(
      new TypeError('refs[1] must be a string, got null'),
    );
  });

  it('checkOneOf lists the allowed values', () => {
    expect(checkOneOf('mode', 'b', ['a', 'b'])).toBe('b');
    expect(() => checkOneOf('mode', 'c', ['a', 'b'])).toThrow(
      new RangeError(`mode must be one of 'a', 'b', got "c"`),
    );
    expect(() => checkOneOf('mode', 1, ['a', 'b'])).toThrow(TypeError);
  });

  it('checkBoolean accepts booleans only', () => {
    expect(checkBoolean('flag', false)).toBe(false);
    expect(() => checkBoolean('flag', 'true')).toThrow(new TypeError('flag must be a boolean, got "true"'));
  });
});
