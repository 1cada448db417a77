import { describe, expect, it } from 'vitest';
import {
  CURVE_NS,
  DEFAULT_DRAFT,
  loadedPreset,
  modeOf,
  normalisedTexts,
  PRESET_KEYS,
  PRESETS,
  readN,
  readProbs,
  TEMPERATURES,
  votingProbs,
  withWrongCount,
} from '@/components/demos/self-consistency/model';
import { decodeState, encodeState } from '@/components/demos/self-consistency/url-state';

describe('self-consistency model', () => {
  it('reads every preset as a valid distribution', () => {
    for (const key of PRESET_KEYS) expect(readProbs(PRESETS[key]).ok).toBe(true);
    expect(readN(DEFAULT_DRAFT.n)).toEqual({ ok: true, n: 15 });
  });

  it('passes lib’s messages through, naming the entry or the sum', () => {
    expect(readProbs(['0.6', '0.5'])).toEqual({
      ok: false,
      error: { kind: 'sum', message: 'answerProbs must sum to 1 (within 1e-9), got a sum of 1.1' },
    });
    expect(readProbs(['0.5', '1.5', '-1'])).toEqual({
      ok: false,
      error: { kind: 'entry', index: 1, message: 'answerProbs[1] must be in [0, 1], got 1.5' },
    });
    expect(readProbs(['abc', '1'])).toEqual({
      ok: false,
      error: { kind: 'field', index: 0, error: { kind: 'notNumber', text: 'abc' } },
    });
    expect(readProbs(['1'])).toMatchObject({ ok: false, error: { kind: 'lib' } });
    expect(readN('100')).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'n must be an integer in [1, 99], got 100' },
    });
    expect(readN('')).toEqual({ ok: false, error: { kind: 'field', error: { kind: 'empty' } } });
    expect(readN('99')).toEqual({ ok: true, n: 99 });
  });

  it('anneals with lib only when a temperature is chosen', () => {
    expect(votingProbs([0.4, 0.6], null)).toEqual([0.4, 0.6]);
    // CS324 lecture "Introduction": [0.4, 0.6] at T = 0.5 → 0.31 / 0.69
    const half = votingProbs([0.4, 0.6], TEMPERATURES.indexOf(0.5));
    expect(half[0]).toBeCloseTo(0.16 / 0.52, 12);
    expect(votingProbs([0.4, 0.6], 0)).toEqual([0, 1]);
    expect(votingProbs([0.4, 0.6], TEMPERATURES.length - 1)).toEqual([0.5, 0.5]);
  });

  it('finds where the vote heads', () => {
    expect(modeOf([0.4, 0.3, 0.2, 0.1])).toEqual({ kind: 'correct', rival: 1 });
    expect(modeOf([0.3, 0.45, 0.25])).toEqual({ kind: 'wrong', rival: 1 });
    expect(modeOf([0.3, 0.2, 0.3, 0.2])).toEqual({ kind: 'tie', rival: 2 });
    expect(modeOf([0.3, 0.14, 0.14, 0.14, 0.14, 0.14])).toEqual({ kind: 'correct', rival: 1 });
  });

  it('normalises and resizes the fields', () => {
    expect(normalisedTexts(['2', '1', '1'])).toEqual(['0.5', '0.25', '0.25']);
    expect(normalisedTexts(['1', '1', '1'])).toEqual(['0.333333333333', '0.333333333333', '0.333333333333']);
    expect(normalisedTexts(['0', '0'])).toBeNull();
    expect(normalisedTexts(['x', '1'])).toBeNull();
    expect(readProbs(normalisedTexts(['1', '1', '1']) ?? []).ok).toBe(true);
    expect(withWrongCount(['0.6', '0.4'], 2)).toEqual(['0.6', '0.4', '0']);
    expect(withWrongCount(['0.4', '0.3', '0.2', '0.1'], 1)).toEqual(['0.4', '0.3']);
    expect(loadedPreset([' 0.4', '0.3', '0.2', '0.1'])).toBe('correctMode');
    expect(loadedPreset(['0.5', '0.5'])).toBeUndefined();
  });

  it('draws the curve through every n up to 20, then odd n to 99', () => {
    expect(CURVE_NS.slice(0, 21)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 21]);
    expect(CURVE_NS.at(-1)).toBe(99);
    expect(CURVE_NS.slice(20).every((n) => n % 2 === 1)).toBe(true);
  });
});

describe('self-consistency url state', () => {
  it('round-trips a draft and drops the temperature when off', () => {
    const draft = { probs: ['0.6', '0.4'], n: '3', tIndex: TEMPERATURES.length - 1 };
    const query = encodeState(draft);
    expect(query).toEqual({ 'sc-p': '0.6,0.4', 'sc-n': '3', 'sc-t': 'inf' });
    const search = new URLSearchParams(query as Record<string, string>).toString();
    expect(decodeState(`?${search}`)).toEqual(draft);
    expect(encodeState({ ...draft, tIndex: null })['sc-t']).toBeNull();
    expect(encodeState({ ...draft, tIndex: 3 })['sc-t']).toBe('0.5');
  });

  it('falls back part by part', () => {
    expect(decodeState('?kl-p=1')).toBeNull();
    expect(decodeState('?sc-p=1')).toEqual(DEFAULT_DRAFT);
    expect(decodeState('?sc-p=0.1,0.1,0.1,0.1,0.1,0.1,0.4')?.probs).toEqual(DEFAULT_DRAFT.probs);
    expect(decodeState(`?sc-n=${'9'.repeat(41)}`)?.n).toBe('15');
    // an n out of range comes back as typed, so the demo shows its message
    expect(decodeState('?sc-n=500')?.n).toBe('500');
    expect(decodeState('?sc-n=5&sc-t=0.7')?.tIndex).toBeNull();
    expect(decodeState('?sc-t=0')?.tIndex).toBe(0);
  });
});
