import { describe, expect, it } from 'vitest';
import {
  changes,
  DEFAULT_DRAFT,
  isPreset,
  normalisedDraft,
  normalisedRow,
  presetDraft,
  readDraft,
} from '@/components/demos/contextual-calibration/model';
import { PRESET_KEYS, PRESETS } from '@/components/demos/contextual-calibration/presets';
import { decodeState, encodeState } from '@/components/demos/contextual-calibration/url-state';

describe('contextual-calibration model', () => {
  it('reads every preset, eight rows that each sum to 1', () => {
    for (const key of PRESET_KEYS) {
      const reading = readDraft(presetDraft(key));
      expect(reading.ok).toBe(true);
      expect(PRESETS[key].rows).toHaveLength(8);
      expect(isPreset(presetDraft(key))).toBe(true);
    }
  });

  it('names where a bad value sits', () => {
    const row = (i: number, probs: string[]) => ({
      ...DEFAULT_DRAFT,
      probs: DEFAULT_DRAFT.probs.map((r, k) => (k === i ? probs : r)),
    });
    expect(readDraft(row(3, ['0.6', '0.5']))).toEqual({
      ok: false,
      error: {
        kind: 'sum',
        where: { kind: 'row', row: 3 },
        message: 'rows[3].probs must sum to 1 (within 1e-9), got a sum of 1.1',
      },
    });
    expect(readDraft(row(1, ['1.5', '-0.5']))).toEqual({
      ok: false,
      error: {
        kind: 'entry',
        where: { kind: 'row', row: 1 },
        index: 1,
        message: 'rows[1].probs[1] must be finite and >= 0, got -0.5',
      },
    });
    expect(readDraft(row(0, ['', '1']))).toMatchObject({
      ok: false,
      error: { kind: 'field', where: { kind: 'row', row: 0 }, index: 0, error: { kind: 'empty' } },
    });
    expect(readDraft({ ...DEFAULT_DRAFT, contentFree: ['0', '1'] })).toEqual({
      ok: false,
      error: { kind: 'zero', index: 0, message: 'contentFreeProbs[0] must be in (0, 1], got 0' },
    });
    expect(readDraft({ ...DEFAULT_DRAFT, contentFree: ['0.5', '0.6'] })).toMatchObject({
      ok: false,
      error: { kind: 'sum', where: { kind: 'contentFree' } },
    });
  });

  it('lists what calibration fixed and broke', () => {
    // the majority preset: the 0.71 positive (row 4) is broken, the three leaning negatives fixed
    const reading = readDraft(DEFAULT_DRAFT);
    if (!reading.ok) throw new Error('default invalid');
    expect(changes(reading.result)).toEqual([
      'same',
      'same',
      'same',
      'broken',
      'fixed',
      'fixed',
      'fixed',
      'same',
    ]);
    expect(changes({ rows: [{ calibrated: [], before: 0, after: 1 }], gold: [0] })).toEqual(['broken']);
  });

  it('normalises only the rows that need it', () => {
    expect(normalisedRow(['0.7', '0.2'])).toEqual(['0.777777777778', '0.222222222222']);
    expect(normalisedRow(['0', '0'])).toBeNull();
    expect(normalisedDraft(DEFAULT_DRAFT)).toBeNull();
    const bad = {
      ...DEFAULT_DRAFT,
      contentFree: ['3', '1'],
      probs: [['1', '1'], ...DEFAULT_DRAFT.probs.slice(1)],
    };
    const fixed = normalisedDraft(bad);
    expect(fixed?.contentFree).toEqual(['0.75', '0.25']);
    expect(fixed?.probs[0]).toEqual(['0.5', '0.5']);
    expect(fixed?.probs[1]).toBe(DEFAULT_DRAFT.probs[1]);
    expect(fixed && readDraft(fixed).ok).toBe(true);
  });
});

describe('contextual-calibration url state', () => {
  it('round-trips a draft', () => {
    const draft = { ...presetDraft('balanced'), gold: [2, 2, 1, 2, 2, 0, 1, 0] };
    const search = new URLSearchParams(encodeState(draft)).toString();
    expect(decodeState(`?${search}`)).toEqual(draft);
    expect(encodeState(DEFAULT_DRAFT)['cc-p']?.split(';')[0]).toBe('0.96,0.04');
  });

  it('falls back part by part to the set’s preset', () => {
    expect(decodeState('?sc-n=3')).toBeNull();
    expect(decodeState('?cc-set=nope')).toEqual(DEFAULT_DRAFT);
    expect(decodeState('?cc-set=recency')).toEqual(presetDraft('recency'));
    // a content-free row of the wrong width, gold labels out of range, a table of the wrong shape
    const linked = decodeState('?cc-set=recency&cc-cf=0.5,0.3,0.2&cc-gold=0,0,0,0,0,0,0,2&cc-p=0.5,0.5');
    expect(linked).toEqual(presetDraft('recency'));
    // a bad number comes back as typed, so the demo shows its message
    expect(decodeState('?cc-cf=abc,0.25')?.contentFree).toEqual(['abc', '0.25']);
  });
});
