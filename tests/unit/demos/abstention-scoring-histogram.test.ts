import { describe, expect, it } from 'vitest';
import {
  BIN_CONFIDENCES,
  binInMessage,
  decodeState,
  DEFAULT_DRAFT,
  encodeState,
  loadedPreset,
  PRESET_KEYS,
  PRESETS,
  readCounts,
  THRESHOLDS,
} from '@/components/demos/abstention-scoring/histogram';

describe('abstention-scoring presets', () => {
  it('hold 100 questions over the ten bins', () => {
    for (const key of PRESET_KEYS) {
      expect(PRESETS[key]).toHaveLength(BIN_CONFIDENCES.length);
      expect(PRESETS[key].reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('put only t = 0.75 on a bin’s confidence', () => {
    expect(THRESHOLDS.filter((t) => BIN_CONFIDENCES.includes(t))).toEqual([0.75]);
    expect(THRESHOLDS).toContain(0.5);
    expect(THRESHOLDS).toContain(0.75);
    expect(THRESHOLDS).toContain(0.9);
  });

  it('recognises the preset the fields hold', () => {
    expect(loadedPreset(DEFAULT_DRAFT.counts)).toBe('mixed');
    expect(loadedPreset(PRESETS.bimodal.map(String))).toBe('bimodal');
    expect(loadedPreset(['1', ...DEFAULT_DRAFT.counts.slice(1)])).toBeUndefined();
  });
});

describe('readCounts', () => {
  it('reads typed numbers and names the first bad field', () => {
    expect(readCounts(['1', ' 2,000 '])).toEqual({ ok: true, counts: [1, 2000] });
    expect(readCounts(['1', '-3'])).toEqual({ ok: true, counts: [1, -3] });
    expect(readCounts(['1', 'x', ''])).toEqual({
      ok: false,
      bin: 1,
      error: { kind: 'notNumber', text: 'x' },
    });
    expect(readCounts(['', '1'])).toEqual({ ok: false, bin: 0, error: { kind: 'empty' } });
    expect(readCounts(['🙂'])).toEqual({ ok: false, bin: 0, error: { kind: 'notNumber', text: '🙂' } });
  });

  it('finds the bin a lib message names', () => {
    expect(binInMessage('counts[3] must be an integer >= 0, got -1')).toBe(3);
    expect(binInMessage('counts must not all be 0')).toBeNull();
  });
});

describe('abstention-scoring share link', () => {
  it('round-trips a state', () => {
    const draft = { counts: PRESETS.guesser.map(String), tIndex: 8 };
    const params = encodeState(draft);
    expect(params).toEqual({ 'abs-c': '20_20_15_15_10_8_5_4_2_1', 'abs-t': '0.75' });
    expect(decodeState(`?${new URLSearchParams(params).toString()}`)).toEqual(draft);
  });

  it('ignores foreign links and falls back on bad values', () => {
    expect(decodeState('?x=1')).toBeNull();
    expect(decodeState('?abs-t=0.33')).toEqual(DEFAULT_DRAFT);
    expect(decodeState('?abs-c=1_2_3')).toEqual(DEFAULT_DRAFT);
    expect(decodeState('?abs-t=0.9')?.tIndex).toBe(10);
    // bad counts come back as typed, so the demo shows its message
    expect(decodeState('?abs-c=a_0_0_0_0_0_0_0_0_0')?.counts[0]).toBe('a');
  });
});
