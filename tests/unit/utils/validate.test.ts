import { describe, expect, it } from 'vitest';
import { checkInteger, checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils';

describe('describeValue', () => {
  it('prints numbers as JavaScript does and other values by kind', () => {
    expect([Number.NaN, -Infinity, 1.5].map(describeValue)).toEqual(['NaN', '-Infinity', '1.5']);
    expect(describeValue('a')).toBe('"a"');
    expect(describeValue([1, 2])).toBe('an array of length 2');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
  });
});

describe('checkNumber', () => {
  it('returns a number in range and names the parameter otherwise', () => {
    // CONTRACT.md message shape: "topP must be in [0, 1], got 1.5"
    const inUnit = (x: number) => x >= 0 && x <= 1;
    expect(checkNumber('topP', 0.9, inUnit, 'in [0, 1]')).toBe(0.9);
    expect(() => checkNumber('topP', 1.5, inUnit, 'in [0, 1]')).toThrow(
      new RangeError('topP must be in [0, 1], got 1.5'),
    );
    expect(() => checkNumber('topP', '0.9', inUnit, 'in [0, 1]')).toThrow(
      new TypeError('topP must be a number, got "0.9"'),
    );
  });
});

describe('checkInteger', () => {
  it('accepts integers at or above the minimum only', () => {
    expect(checkInteger('n', 3, 1)).toBe(3);
    expect(() => checkInteger('n', 0, 1)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => checkInteger('n', 2.5, 1)).toThrow(RangeError);
    expect(() => checkInteger('n', null, 1)).toThrow(TypeError);
  });
});

describe('checkNumberArray', () => {
  it('accepts arrays of numbers and points at the first bad item', () => {
    expect(checkNumberArray('xs', [1, Number.NaN])).toHaveLength(2);
    expect(() => checkNumberArray('xs', 'abc')).toThrow(TypeError);
    expect(() => checkNumberArray('xs', [1, 'b'])).toThrow(new TypeError('xs[1] must be a number, got "b"'));
  });
});

describe('checkObject', () => {
  it('accepts plain objects only', () => {
    expect(checkObject('options', { a: 1 })).toEqual({ a: 1 });
    expect(() => checkObject('options', null)).toThrow(TypeError);
    expect(() => checkObject('options', [])).toThrow(TypeError);
    expect(() => checkObject('options', 3)).toThrow(new TypeError('options must be an object, got 3'));
  });
});
