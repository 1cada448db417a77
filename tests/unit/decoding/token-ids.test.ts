import { describe, expect, it } from 'vitest';
import { checkTokenIds } from '@/lib/decoding/token-ids';

describe('checkTokenIds', () => {
  it('returns valid ids, repeats included', () => {
    expect(checkTokenIds('previousTokens', [0, 3, 3], 4)).toEqual([0, 3, 3]);
    expect(checkTokenIds('previousTokens', [1e6])).toEqual([1e6]);
  });

  it('rejects ids that are not indices', () => {
    expect(() => checkTokenIds('previousTokens', [0, 7], 4)).toThrow(
      new RangeError('previousTokens[1] must be an integer in [0, 4) (a token id), got 7'),
    );
    expect(() => checkTokenIds('ids', [-1])).toThrow(
      new RangeError('ids[0] must be an integer >= 0 (a token id), got -1'),
    );
    expect(() => checkTokenIds('ids', [0.5])).toThrow(RangeError);
    expect(() => checkTokenIds('ids', [Number.NaN])).toThrow(RangeError);
    expect(() => checkTokenIds('ids', 3)).toThrow(TypeError);
  });
});
