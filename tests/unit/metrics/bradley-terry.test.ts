import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bradleyTerryRatings, type Battle, type BattleWinner, type BradleyTerryOptions } from '@/lib/metrics';
import { battles } from './battle-arbitraries';

const arena: Battle[] = [
  ['gpt-4', 'claude-v1', 'model_a'],
  ['gpt-4', 'claude-v1', 'model_a'],
  ['claude-v1', 'gpt-4', 'model_a'],
  ['gpt-4', 'vicuna-13b', 'model_a'],
  ['vicuna-13b', 'gpt-4', 'tie'],
  ['gpt-4', 'vicuna-13b', 'model_b'],
  ['claude-v1', 'vicuna-13b', 'model_a'],
  ['vicuna-13b', 'claude-v1', 'tie (bothbad)'],
  ['claude-v1', 'vicuna-13b', 'model_b'],
  ['vicuna-13b', 'alpaca-13b', 'model_a'],
  ['alpaca-13b', 'vicuna-13b', 'model_a'],
  ['vicuna-13b', 'alpaca-13b', 'model_a'],
  ['alpaca-13b', 'gpt-4', 'model_b'],
  ['alpaca-13b', 'claude-v1', 'tie'],
  ['claude-v1', 'alpaca-13b', 'model_a'],
];
// Hunter (2004) MM iteration γᵢ ← Wᵢ / Σⱼ nᵢⱼ/(γᵢ + γⱼ), ties as half wins, run in Python to a
// fixed point and mapped to 1000 + 400·log10 γ around the mean: the unpenalised maximum likelihood
const hunterMm = {
  'gpt-4': 1104.8936526476589,
  'claude-v1': 1015.6051638437161,
  'vicuna-13b': 1032.6781184728231,
  'alpaca-13b': 846.8230650358017,
};
const swap = (w: BattleWinner): BattleWinner =>
  w === 'model_a' ? 'model_b' : w === 'model_b' ? 'model_a' : w;

describe('bradleyTerryRatings', () => {
  it('puts a 2-1 record 400·log10(2) apart', () => {
    // MLE of P(a beats b) is 2/3, odds 2:1, so R_a − R_b = 400·log10 2 around the mean 1000
    const r = bradleyTerryRatings(
      [
        ['a', 'b', 'model_a'],
        ['a', 'b', 'model_a'],
        ['b', 'a', 'model_a'],
      ],
      { prior: 1e-12 },
    );
    expect(r.a).toBeCloseTo(1000 + 200 * Math.log10(2), 9);
    expect(r.b).toBeCloseTo(1000 - 200 * Math.log10(2), 9);
  });

  it('matches Hunter’s MM algorithm on a small arena', () => {
    const pure = bradleyTerryRatings(arena, { prior: 1e-12 });
    Object.entries(hunterMm).forEach(([model, rating]) => expect(pure[model]).toBeCloseTo(rating, 7));
    // the default prior of 1e-6 virtual games moves these ratings by about 3e-5 points
    const withPrior = bradleyTerryRatings(arena);
    Object.entries(hunterMm).forEach(([model, rating]) => expect(withPrior[model]).toBeCloseTo(rating, 3));
  });

  it('rates a rock–paper–scissors cycle equally', () => {
    // a beats b, b beats c, c beats a: every model won one of two games
    const r = bradleyTerryRatings([
      ['a', 'b', 'model_a'],
      ['b', 'c', 'model_a'],
      ['c', 'a', 'model_a'],
    ]);
    Object.values(r).forEach((v) => expect(v).toBeCloseTo(1000, 9));
  });

  it('honours base, scale, initRating and anchor', () => {
    // a 2-1 record on the natural scale (base e, scale 1) is ln 2 apart
    const natural = bradleyTerryRatings(
      [
        ['a', 'b', 'model_a'],
        ['a', 'b', 'tie'],
        ['a', 'b', 'tie'],
      ],
      { base: Math.E, scale: 1, initRating: 0, prior: 1e-12 },
    );
    // two ties and a win: a scores 2 of 3
    expect((natural.a ?? 0) - (natural.b ?? 0)).toBeCloseTo(Math.log(2), 9);
    expect((natural.a ?? 0) + (natural.b ?? 0)).toBeCloseTo(0, 12);
    // FastChat anchors mixtral-8x7b-instruct-v0.1 at 1114; any model can be pinned here
    const anchored = bradleyTerryRatings(arena, {
      prior: 1e-12,
      anchor: { model: 'vicuna-13b', rating: 1114 },
    });
    expect(anchored['vicuna-13b']).toBe(1114);
    expect(anchored['gpt-4']).toBeCloseTo(1114 + hunterMm['gpt-4'] - hunterMm['vicuna-13b'], 7);
  });

  it('keeps a model that never loses finite, about 400·log10(2 / prior) ahead', () => {
    // one win: the unpenalised likelihood grows without bound; with ε virtual ties each,
    // e^(−gap·ln10/400) ≈ ε/2 at the optimum
    const r = bradleyTerryRatings([['a', 'b', 'model_a']]);
    expect(Number.isFinite(r.a) && Number.isFinite(r.b)).toBe(true);
    expect((r.a ?? 0) - (r.b ?? 0)).toBeCloseTo(400 * Math.log10(2 / 1e-6), 0);
    const stronger = bradleyTerryRatings([['a', 'b', 'model_a']], { prior: 1e-3 });
    expect((stronger.a ?? 0) - (stronger.b ?? 0)).toBeLessThan((r.a ?? 0) - (r.b ?? 0));
    // an undefeated model in a larger arena comes out on top, everyone else stays finite
    const unbeaten = bradleyTerryRatings([
      ...arena,
      ['new', 'gpt-4', 'model_a'],
      ['alpaca-13b', 'new', 'model_b'],
    ]);
    expect(Object.entries(unbeaten).sort(([, x], [, y]) => y - x)[0]?.[0]).toBe('new');
    Object.values(unbeaten).forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });

  it('returns an empty record for no battles', () => {
    expect(bradleyTerryRatings([])).toEqual({});
  });

  it('rejects malformed battles and options', () => {
    expect(() => bradleyTerryRatings([['a', 'a', 'tie']])).toThrow(RangeError);
    expect(() => bradleyTerryRatings(arena, { prior: 0 })).toThrow(
      new RangeError('options.prior must be finite and > 0, got 0'),
    );
    expect(() => bradleyTerryRatings(arena, { iterations: 0 })).toThrow(
      new RangeError('options.iterations must be an integer >= 1, got 0'),
    );
    expect(() => bradleyTerryRatings(arena, { tolerance: -1 })).toThrow(RangeError);
    expect(() => bradleyTerryRatings(arena, { initRating: Infinity })).toThrow(RangeError);
    expect(() => bradleyTerryRatings(arena, { base: 1 })).toThrow(RangeError);
    expect(() => bradleyTerryRatings(arena, { anchor: { model: 'mixtral', rating: 1114 } })).toThrow(
      new RangeError('options.anchor.model must be a model in battles, got "mixtral"'),
    );
    expect(() =>
      bradleyTerryRatings(arena, { anchor: { model: 1, rating: 1114 } } as unknown as BradleyTerryOptions),
    ).toThrow(TypeError);
    expect(() => bradleyTerryRatings(arena, { anchor: { model: 'gpt-4', rating: Number.NaN } })).toThrow(
      RangeError,
    );
    expect(() => bradleyTerryRatings(arena, 'fast' as unknown as BradleyTerryOptions)).toThrow(TypeError);
  });

  it('stops after the given number of Newton steps', () => {
    // one step from all-equal ratings already orders the arena; more steps refine it
    const one = bradleyTerryRatings(arena, { iterations: 1 });
    const full = bradleyTerryRatings(arena);
    expect(one['gpt-4']).toBeGreaterThan(one['alpaca-13b'] ?? Infinity);
    expect(one['gpt-4']).not.toBe(full['gpt-4']);
  });

  it('is invariant to the order of the battles and to swapping sides (property)', () => {
    fc.assert(
      fc.property(
        battles.filter((list) => list.length > 0),
        fc.nat(),
        (list, seed) => {
          const r = bradleyTerryRatings(list);
          // a deterministic shuffle: rotate, then reverse
          const k = seed % list.length;
          const shuffled = [...list.slice(k), ...list.slice(0, k)].reverse();
          expect(bradleyTerryRatings(shuffled)).toEqual(r);
          const swapped = list.map(([a, b, w]): Battle => [b, a, swap(w)]);
          expect(bradleyTerryRatings(swapped)).toEqual(r);
        },
      ),
    );
  });

  it('centres the ratings on initRating and stays finite (property)', () => {
    fc.assert(
      fc.property(battles, (list) => {
        const ratings = Object.values(bradleyTerryRatings(list, { initRating: 1200 }));
        ratings.forEach((v) => expect(Number.isFinite(v)).toBe(true));
        if (ratings.length > 0) {
          expect(ratings.reduce((s, v) => s + v, 0) / ratings.length).toBeCloseTo(1200, 8);
        }
      }),
    );
  });
});
