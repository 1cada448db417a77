import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eloHistory, eloRatings, type Battle } from '@/lib/metrics';
import { battles } from './battle-arbitraries';

describe('eloHistory', () => {
  it('plays "a wins, then b wins" at K = 32 as worked by hand', () => {
    // Step 1: E_a = ½, a → 1000 + 32·½ = 1016, b → 984.
    // Step 2: E_a = 1/(1 + 10^(−32/400)) = 1/(1 + 0.8317638) = 0.5459219; b wins, so
    // a → 1016 − 32·0.5459219 = 998.53050, b → 984 + 32·0.5459219 = 1001.46950 (b ends ahead).
    const steps = eloHistory(
      [
        ['a', 'b', 'model_a'],
        ['a', 'b', 'model_b'],
      ],
      { k: 32 },
    );
    expect(steps).toHaveLength(2);
    expect(steps[0]?.expectedA).toBe(0.5);
    expect(steps[0]?.ratings).toEqual({ a: 1016, b: 984 });
    expect(steps[1]?.expectedA).toBeCloseTo(0.5459219, 7);
    expect(steps[1]?.ratings.a).toBeCloseTo(998.5305, 4);
    expect(steps[1]?.ratings.b).toBeCloseTo(1001.4695, 4);
    expect(steps[1]?.battle).toEqual(['a', 'b', 'model_b']);
  });

  it("uses FastChat's defaults (K = 4, start 1000) and rates a newcomer from the start", () => {
    // a beats b: ±4·½. Then c (new, 1000) ties a (1002): E_c = 1/(1 + 10^((1002 − 1000)/400))
    // = 1/(1 + 1.0115795) = 0.4971218,
    // c → 1000 + 4·(0.5 − 0.4971218) = 1000.0115128.
    const steps = eloHistory([
      ['a', 'b', 'model_a'],
      ['c', 'a', 'tie'],
    ]);
    expect(steps[0]?.ratings).toEqual({ a: 1002, b: 998 });
    expect(steps[1]?.expectedA).toBeCloseTo(0.4971218, 7);
    expect(steps[1]?.ratings.c).toBeCloseTo(1000.0115128, 6);
    expect(Object.keys(steps[1]?.ratings ?? {})).toEqual(['a', 'b', 'c']);
  });

  it('is eloRatings on every prefix, bit for bit (property)', () => {
    fc.assert(
      fc.property(battles, fc.double({ min: 0, max: 64, noNaN: true }), (list, k) => {
        const steps = eloHistory(list, { k });
        expect(steps).toHaveLength(list.length);
        steps.forEach((step, i) => expect(step.ratings).toEqual(eloRatings(list.slice(0, i + 1), { k })));
      }),
      { numRuns: 50 },
    );
  });

  it('returns no steps for no battles', () => {
    expect(eloHistory([])).toEqual([]);
  });

  it('rejects what eloRatings rejects, even with no battles', () => {
    const self: Battle[] = [['a', 'a', 'tie']];
    expect(() => eloHistory(self)).toThrow(
      new RangeError('battles[0] must pit two different models, got "a" twice'),
    );
    expect(() => eloHistory('a' as unknown as Battle[])).toThrow(TypeError);
    expect(() => eloHistory([], { k: -1 })).toThrow(
      new RangeError('options.k must be finite and >= 0, got -1'),
    );
    expect(() => eloHistory([], { scale: 0 })).toThrow(RangeError);
    expect(() => eloHistory([], null as unknown as object)).toThrow(TypeError);
  });
});
