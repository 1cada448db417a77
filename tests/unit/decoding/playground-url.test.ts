import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_OFF, SETTING_DOMAINS, settingGrid } from '@/lib/decoding/playground';
import type { PlaygroundSettings, SettingName } from '@/lib/decoding/playground';
import {
  checkHistory,
  checkInputLogits,
  decodePlaygroundState,
  encodePlaygroundState,
} from '@/lib/decoding/playground-url';
import type { PlaygroundState } from '@/lib/decoding/playground-url';

const PRESETS = {
  cat: { logits: [4.2, 2.6, 2.3], history: [0, 2, 0] },
  once: { logits: [9, 3.1, 1.2, 0.9], history: [] },
};
const FALLBACK: PlaygroundState = { vocab: 'cat', ...PRESETS.cat, settings: PLAYGROUND_OFF };

describe('encodePlaygroundState', () => {
  it('writes every setting with short keys', () => {
    const state = { ...FALLBACK, settings: { ...PLAYGROUND_OFF, temperature: 0.7, topP: 0.9 } };
    expect(encodePlaygroundState(state)).toBe(
      'v=cat&l=4.2,2.6,2.3&h=0,2,0&t=0.7&k=0&p=0.9&m=0&r=1&pp=0&fp=0&ng=0&s=42&n=1000',
    );
  });
  it('escapes "+" so an exponent survives the query string', () => {
    expect(encodePlaygroundState({ ...FALLBACK, logits: [1e21, 0, 0] })).toContain('l=1e%2B21,0,0');
  });
  it('rejects a vocabulary id that would need escaping', () => {
    expect(() => encodePlaygroundState({ ...FALLBACK, vocab: 'a&b' })).toThrow(RangeError);
    expect(() => encodePlaygroundState(null as never)).toThrow(TypeError);
  });
});

describe('decodePlaygroundState', () => {
  it('reads a hand-written link', () => {
    const { state, problems } = decodePlaygroundState('?v=once&t=0.5&k=1&m=0.05&h=3,3', PRESETS, FALLBACK);
    expect(problems).toEqual([]);
    expect(state.vocab).toBe('once');
    expect(state.logits).toEqual([9, 3.1, 1.2, 0.9]); // the preset's, since l is absent
    expect(state.history).toEqual([3, 3]);
    expect(state.settings).toEqual({ ...PLAYGROUND_OFF, temperature: 0.5, topK: 1, minP: 0.05 });
  });

  it('keeps the fallback for an empty query and ignores unknown keys', () => {
    expect(decodePlaygroundState('', PRESETS, FALLBACK)).toEqual({ state: FALLBACK, problems: [] });
    expect(decodePlaygroundState('?utm_source=x&q=1', PRESETS, FALLBACK)).toEqual({
      state: FALLBACK,
      problems: [],
    });
  });

  it('reads an empty history as no history', () => {
    expect(decodePlaygroundState('h=', PRESETS, FALLBACK).state.history).toEqual([]);
  });

  it('falls back per value and names each invalid one', () => {
    const { state, problems } = decodePlaygroundState(
      't=0&k=7.5&p=abc&n=0&s=-1&ng=9&v=dog&l=1,2&h=0,5&r=1.5,2',
      PRESETS,
      FALLBACK,
    );
    expect(state).toEqual(FALLBACK);
    expect(problems).toEqual([
      'v=dog: v must be one of cat, once',
      'l=1,2: logits must have 3 values (one per token), got 2',
      'h=0,5: history[1] must be an integer in [0, 3) (a token id), got 5',
      't=0: temperature must be in [0.1, 2] in steps of 0.1, got 0',
      'k=7.5: topK must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40, 50, got 7.5',
      'p=abc: topP: "abc" is not a number',
      'r=1.5,2: repetitionPenalty must be one number, got 2',
      'ng=9: noRepeatNgramSize must be an integer in [0, 3], got 9',
      's=-1: seed must be an integer in [0, 4294967295], got -1',
      'n=0: draws must be an integer in [1, 10000], got 0',
    ]);
  });

  it('rejects logits out of range or not finite, and a preset id from Object.prototype', () => {
    const { problems } = decodePlaygroundState('l=1e999,0,0&v=toString', PRESETS, FALLBACK);
    expect(problems).toEqual([
      'v=toString: v must be one of cat, once',
      'l=1e999,0,0: logits[0] must be finite and in [-100, 100], got Infinity',
    ]);
  });

  it('needs a fallback whose vocabulary is a preset', () => {
    expect(() => decodePlaygroundState('', PRESETS, { ...FALLBACK, vocab: 'dog' })).toThrow(RangeError);
  });

  it('round-trips every valid state (property)', () => {
    const settingArb = (name: SettingName) =>
      name === 'seed' || name === 'draws'
        ? fc.integer({ min: SETTING_DOMAINS[name].min, max: SETTING_DOMAINS[name].max })
        : fc.constantFrom(...settingGrid(name));
    const names = Object.keys(SETTING_DOMAINS) as SettingName[];
    const settingsArb = fc
      .tuple(...names.map(settingArb))
      .map(
        (values) => Object.fromEntries(names.map((n, i) => [n, values[i]])) as unknown as PlaygroundSettings,
      );
    const stateArb = fc.constantFrom('cat', 'once').chain((vocab) => {
      const size = PRESETS[vocab as keyof typeof PRESETS].logits.length;
      return fc.record({
        vocab: fc.constant(vocab),
        logits: fc
          .array(fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), {
            minLength: size,
            maxLength: size,
          })
          .map((xs) => xs.map((x) => (Object.is(x, -0) ? 0 : x))), // String(-0) is '0'
        history: fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 20 }),
        settings: settingsArb,
      });
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        const decoded = decodePlaygroundState('?' + encodePlaygroundState(state), PRESETS, FALLBACK);
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
    );
  });
});

describe('checkInputLogits', () => {
  it('accepts one finite logit per token', () => {
    expect(checkInputLogits([2, -1], 2)).toEqual([2, -1]);
    expect(checkInputLogits([-100, 100], 2)).toEqual([-100, 100]);
  });
  it('rejects a wrong count, out-of-range or non-finite values, and non-numbers', () => {
    expect(() => checkInputLogits([1], 2)).toThrow(
      new RangeError('logits must have 2 values (one per token), got 1'),
    );
    expect(() => checkInputLogits([1, 100.5], 2)).toThrow(
      new RangeError('logits[1] must be finite and in [-100, 100], got 100.5'),
    );
    expect(() => checkInputLogits([1, -Infinity], 2)).toThrow(RangeError);
    expect(() => checkInputLogits([1, Number.NaN], 2)).toThrow(RangeError);
    expect(() => checkInputLogits([1, '2'], 2)).toThrow(TypeError);
  });
});

describe('checkHistory', () => {
  it('accepts up to 20 token ids of the vocabulary', () => {
    expect(checkHistory([0, 2, 0], 3)).toEqual([0, 2, 0]);
    expect(checkHistory([], 3)).toEqual([]);
  });
  it('rejects long histories and foreign ids', () => {
    expect(() => checkHistory(Array(21).fill(0), 3)).toThrow(
      new RangeError('history must have at most 20 tokens, got 21'),
    );
    expect(() => checkHistory([3], 3)).toThrow(RangeError);
    expect(() => checkHistory([0.5], 3)).toThrow(RangeError);
    expect(() => checkHistory('0,1', 3)).toThrow(TypeError);
  });
});
