import { describe, expect, it } from 'vitest';
import { checkTopK, routerProbabilities, topKExperts } from '@/lib/transformer';
import {
  checkChoice,
  checkEps,
  checkMatrix,
  checkSameLength,
  checkScores,
  checkVector,
  maxOf,
  optionalParams,
  readOptions,
} from '@/lib/transformer/validate';

describe('transformer argument checks', () => {
  it('accept valid values and return them', () => {
    expect(checkVector('x', [1, 2])).toEqual([1, 2]);
    expect(checkScores('s', [1, -Infinity])).toEqual([1, -Infinity]);
    expect(checkMatrix('m', [[1], [2]])).toEqual([[1], [2]]);
    expect(readOptions(undefined)).toEqual({});
    expect(checkChoice('kind', 'a', ['a', 'b'])).toBe('a');
    expect(checkSameLength('a', [1], 'b', [2])).toBeUndefined();
    expect(maxOf([1, 3, 2])).toBe(3);
    expect(maxOf([])).toBe(-Infinity);
    expect(optionalParams('w', undefined, [1])).toBeUndefined();
    expect(checkEps(0)).toBe(0);
  });

  it('reject wrong types with TypeError and wrong values with RangeError, naming the parameter', () => {
    expect(() => checkVector('x', [1, -Infinity])).toThrow(
      new RangeError('x[1] must be finite, got -Infinity'),
    );
    expect(() => checkScores('s', [])).toThrow(new RangeError('s must be non-empty, got an empty array'));
    expect(() => checkMatrix('m', 'no')).toThrow(new TypeError('m must be an array of rows, got "no"'));
    expect(() => checkMatrix('m', [])).toThrow(
      new RangeError('m must have at least one row, got an empty array'),
    );
    expect(() => checkMatrix('m', [[1, 2], [3]])).toThrow(
      new RangeError('m[1] must have length 2 (the length of m[0]), got 1'),
    );
    expect(() => readOptions(null)).toThrow(new TypeError('options must be an object, got null'));
    expect(() => checkChoice('kind', 3, ['a'])).toThrow(new RangeError(`kind must be one of 'a', got 3`));
    expect(() => checkSameLength('a', [1], 'b', [])).toThrow(
      new RangeError('b must have the length of a (1), got 0'),
    );
    expect(() => optionalParams('w', [1, 2], [1])).toThrow(RangeError);
    expect(() => checkEps(Number.NaN)).toThrow(RangeError);
  });
});

describe('routing helpers', () => {
  it('compute router probabilities and top-k indices with ties to the lower index', () => {
    const [row] = routerProbabilities([[0, Math.log(3)]]);
    expect(row![0]).toBeCloseTo(0.25, 15);
    expect(topKExperts([0.25, 0.5, 0.25], 2)).toEqual([1, 0]);
    expect(checkTopK(2, 8)).toBe(2);
  });

  it('reject invalid input', () => {
    expect(() => routerProbabilities([[Number.NaN]])).toThrow(RangeError);
    expect(() => checkTopK(9, 8)).toThrow(
      new RangeError('topK must be an integer in [1, experts = 8], got 9'),
    );
  });
});
