import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBattles,
  eloExpectedScore,
  eloRatings,
  resolveEloScale,
  type Battle,
  type BattleWinner,
  type EloOptions,
} from '@/lib/metrics';
import { battles } from './battle-arbitraries';

// A small arena: a wins twice, a tie, c beats a, a "both bad" tie, then a beats b from the right
const arena: Battle[] = [
  ['a', 'b', 'model_a'],
  ['a', 'b', 'model_a'],
  ['b', 'c', 'tie'],
  ['c', 'a', 'model_a'],
  ['a', 'c', 'tie (bothbad)'],
  ['b', 'a', 'model_b'],
];

describe('eloExpectedScore', () => {
  it('gives 10:1 odds for a 400-point lead and ½ for equal ratings', () => {
    // 1 / (1 + 10^(−400/400)) = 1 / 1.1 = 10/11
    expect(eloExpectedScore(1400, 1000)).toBeCloseTo(10 / 11, 15);
    expect(eloExpectedScore(1000, 1400)).toBeCloseTo(1 / 11, 15);
    expect(eloExpectedScore(1234, 1234)).toBe(0.5);
  });

  it('uses the given base and scale', () => {
    // base e, scale 1: the logistic σ(ra − rb); σ(1) = 1 / (1 + e^−1)
    expect(eloExpectedScore(1, 0, { base: Math.E, scale: 1 })).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    // base 2, scale 100: a 100-point lead is 2:1 odds
    expect(eloExpectedScore(1100, 1000, { base: 2, scale: 100 })).toBeCloseTo(2 / 3, 15);
  });

  it('rejects invalid ratings and scales', () => {
    expect(() => eloExpectedScore(Number.NaN, 1000)).toThrow(new RangeError('ra must be finite, got NaN'));
    expect(() => eloExpectedScore(1000, Infinity)).toThrow(RangeError);
    expect(() => eloExpectedScore(1000, 1000, { base: 1 })).toThrow(
      new RangeError('options.base must be finite and > 1, got 1'),
    );
    expect(() => eloExpectedScore(1000, 1000, { scale: 0 })).toThrow(/options.scale must be finite and > 0/);
    expect(() => eloExpectedScore('1000' as unknown as number, 1000)).toThrow(TypeError);
  });

  it('sums to 1 over both sides and grows with the lead (property)', () => {
    const rating = fc.double({ min: -3000, max: 5000, noNaN: true });
    fc.assert(
      fc.property(rating, rating, (ra, rb) => {
        const e = eloExpectedScore(ra, rb);
        expect(e + eloExpectedScore(rb, ra)).toBeCloseTo(1, 12);
        expect(eloExpectedScore(ra + 10, rb)).toBeGreaterThanOrEqual(e);
      }),
    );
  });
});

describe('resolveEloScale', () => {
  it('fills FastChat defaults', () => {
    expect(resolveEloScale({})).toEqual({ base: 10, scale: 400 });
    expect(resolveEloScale({ scale: 173.7 })).toEqual({ base: 10, scale: 173.7 });
  });

  it('rejects a non-object or bad values', () => {
    expect(() => resolveEloScale(400)).toThrow(new TypeError('options must be an object, got 400'));
    expect(() => resolveEloScale({ base: 0.5 })).toThrow(RangeError);
    expect(() => resolveEloScale({ scale: '400' })).toThrow(TypeError);
  });
});

describe('checkBattles', () => {
  it('accepts the four FastChat outcomes', () => {
    // fastchat/serve/monitor/clean_battle_data.py: "tievote" -> "tie", "bothbad_vote" -> "tie (bothbad)"
    expect(checkBattles(arena)).toBe(arena);
  });

  it('rejects malformed battles', () => {
    expect(() => checkBattles('a vs b')).toThrow(TypeError);
    expect(() => checkBattles([['a', 'b']])).toThrow(/battles\[0\] must be \[modelA, modelB, winner\]/);
    expect(() => checkBattles([['a', 1, 'tie']])).toThrow(
      new TypeError('battles[0][1] must be a string, got 1'),
    );
    expect(() => checkBattles([['a', 'b', 0]])).toThrow(TypeError);
    expect(() => checkBattles([['a', 'b', 'model_c']])).toThrow(
      new RangeError(`battles[0][2] must be 'model_a', 'model_b', 'tie' or 'tie (bothbad)', got "model_c"`),
    );
    expect(() => checkBattles([['a', 'a', 'tie']])).toThrow(
      new RangeError('battles[0] must pit two different models, got "a" twice'),
    );
  });
});

describe('eloRatings', () => {
  it('moves ±k/2 after one battle between equals', () => {
    // E_A = ½, so R_A = 1000 + 4·(1 − ½), R_B = 1000 + 4·(0 − ½)
    expect(eloRatings([['a', 'b', 'model_a']])).toEqual({ a: 1002, b: 998 });
    expect(eloRatings([['a', 'b', 'tie']])).toEqual({ a: 1000, b: 1000 });
  });

  it('reproduces FastChat compute_elo to the last bit', () => {
    // fastchat/serve/monitor/elo_analysis.py compute_elo (2024), its loop run in Python on `arena`
    expect(eloRatings(arena)).toEqual({ a: 1003.9202093033167, b: 994.0799247726018, c: 1001.9998659240815 });
    expect(eloRatings(arena, { k: 32 })).toEqual({
      a: 1027.2624185267784,
      b: 956.8116706085768,
      c: 1015.9259108646445,
    });
    const three: Battle[] = [
      ['gpt-4', 'claude-v1', 'model_a'],
      ['claude-v1', 'vicuna-13b', 'model_a'],
      ['vicuna-13b', 'gpt-4', 'model_b'],
    ];
    // same code with K=16, INIT_RATING=1500
    expect(eloRatings(three, { k: 16, initRating: 1500 })).toEqual({
      'gpt-4': 1515.6276149187713,
      'claude-v1': 1500.1841742594847,
      'vicuna-13b': 1484.188210821744,
    });
  });

  it('depends on the order of the battles', () => {
    // FastChat compute_elo run in Python: a win then a loss leaves a below 1000, the reverse above
    expect(
      eloRatings([
        ['a', 'b', 'model_a'],
        ['a', 'b', 'model_b'],
      ]),
    ).toEqual({ a: 999.9769751663554, b: 1000.0230248336446 });
    expect(
      eloRatings([
        ['a', 'b', 'model_b'],
        ['a', 'b', 'model_a'],
      ]),
    ).toEqual({ a: 1000.0230248336446, b: 999.9769751663554 });
  });

  it('returns an empty record for no battles and keys in order of first appearance', () => {
    expect(eloRatings([])).toEqual({});
    expect(Object.keys(eloRatings(arena))).toEqual(['a', 'b', 'c']);
  });

  it('rejects malformed battles and options', () => {
    expect(() => eloRatings([['a', 'b', 'win' as BattleWinner]])).toThrow(RangeError);
    expect(() => eloRatings(arena, { k: -1 })).toThrow(
      new RangeError('options.k must be finite and >= 0, got -1'),
    );
    expect(() => eloRatings(arena, { initRating: Number.NaN })).toThrow(/options.initRating must be finite/);
    expect(() => eloRatings(arena, { base: 10, scale: -400 })).toThrow(RangeError);
    expect(() => eloRatings(arena, { k: '4' } as unknown as EloOptions)).toThrow(TypeError);
    expect(() => eloRatings(arena, [] as unknown as EloOptions)).toThrow(TypeError);
  });

  it('conserves the total rating, battle by battle (property)', () => {
    // E_A + E_B = 1, so k(S_A − E_A) + k(1 − S_A − E_B) = 0 up to rounding
    fc.assert(
      fc.property(battles, fc.double({ min: 0, max: 64, noNaN: true }), (list, k) => {
        list.forEach((_, i) => {
          const ratings = Object.values(eloRatings(list.slice(0, i + 1), { k, initRating: 1500 }));
          const total = ratings.reduce((s, r) => s + r, 0);
          expect(total).toBeCloseTo(1500 * ratings.length, 8);
        });
      }),
    );
  });

  it('never mutates its input and only moves models that played (property)', () => {
    fc.assert(
      fc.property(battles, (list) => {
        const copy = list.map((b) => [...b]);
        const ratings = eloRatings(list);
        expect(list).toEqual(copy);
        expect(Object.keys(ratings).sort()).toEqual([...new Set(list.flatMap(([a, b]) => [a, b]))].sort());
      }),
    );
  });
});
