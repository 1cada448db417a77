import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADVANTAGES,
  DEFAULT_AGGREGATION,
  DEFAULT_ROW,
  FORMAT_BONUS,
  MAX_G,
  fillRows,
  loadedAdvantagePreset,
  parseGroupSize,
  ruleReward,
  withAdvantagePreset,
  withAggregationPreset,
  withRow,
} from '@/components/demos/grpo-lab/group';

describe('parseGroupSize', () => {
  it('returns whole numbers up to 16, including the 0 and 1 that lib refuses', () => {
    expect(parseGroupSize('8')).toEqual({ ok: true, value: 8 });
    expect(parseGroupSize(' 16 ')).toEqual({ ok: true, value: 16 });
    expect(parseGroupSize('1')).toEqual({ ok: true, value: 1 });
    expect(parseGroupSize('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses text, fractions, negatives and more than 16 answers', () => {
    expect(parseGroupSize('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseGroupSize('NaN')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'NaN' } });
    expect(parseGroupSize('🙂')).toEqual({ ok: false, error: { kind: 'notNumber', text: '🙂' } });
    expect(parseGroupSize('2.5')).toEqual({ ok: false, error: { kind: 'notWhole', text: '2.5' } });
    expect(parseGroupSize('-3')).toEqual({ ok: false, error: { kind: 'notWhole', text: '-3' } });
    expect(parseGroupSize('17')).toEqual({ ok: false, error: { kind: 'tooMany', max: 16 } });
    expect(parseGroupSize('1e400')).toEqual({ ok: false, error: { kind: 'notWhole', text: '1e400' } });
  });
});

describe('ruleReward', () => {
  it('is 1 or 0 for accuracy plus the format bonus when that reward is on', () => {
    const right = { correct: true, format: true, length: '10' };
    const wrongNoFormat = { correct: false, format: false, length: '10' };
    expect(ruleReward(right, false)).toBe(1);
    expect(ruleReward(right, true)).toBe(1 + FORMAT_BONUS);
    expect(ruleReward(wrongNoFormat, true)).toBe(0);
    expect(ruleReward({ ...wrongNoFormat, format: true }, true)).toBe(0.5);
  });
});

describe('presets and rows', () => {
  it('always holds MAX_G rows, padded with the default answer', () => {
    expect(DEFAULT_ADVANTAGES.rows).toHaveLength(MAX_G);
    expect(DEFAULT_AGGREGATION.rows).toHaveLength(MAX_G);
    expect(fillRows([])[15]).toEqual(DEFAULT_ROW);
  });

  it('opens on "1 of 8 right" and recognises each preset', () => {
    expect(DEFAULT_ADVANTAGES.g).toBe('8');
    expect(DEFAULT_ADVANTAGES.rows.slice(0, 8).filter((r) => r.correct)).toHaveLength(1);
    expect(loadedAdvantagePreset(DEFAULT_ADVANTAGES)).toBe('hard');
    const easy = withAdvantagePreset(DEFAULT_ADVANTAGES, 'easy');
    expect(easy.rows.slice(0, 8).filter((r) => r.correct)).toHaveLength(7);
    expect(loadedAdvantagePreset(easy)).toBe('easy');
    expect(loadedAdvantagePreset(withAdvantagePreset(easy, 'allWrong'))).toBe('allWrong');
    expect(loadedAdvantagePreset(withAdvantagePreset(easy, 'mixedLengths'))).toBe('mixedLengths');
    // an edit leaves the preset
    expect(loadedAdvantagePreset(withRow(DEFAULT_ADVANTAGES, 0, { length: '321' }))).toBeUndefined();
    expect(loadedAdvantagePreset({ ...DEFAULT_ADVANTAGES, g: '4' })).toBeUndefined();
  });

  it('starts the aggregation tab on a short right and a long wrong answer', () => {
    expect(DEFAULT_AGGREGATION.g).toBe('2');
    expect(DEFAULT_AGGREGATION.rows.slice(0, 2)).toEqual([
      { correct: true, format: true, length: '200' },
      { correct: false, format: true, length: '1800' },
    ]);
    const eight = withAggregationPreset({ ...DEFAULT_AGGREGATION, lossType: 'dapo' }, 'eight');
    expect(eight.g).toBe('8');
    expect(eight.lossType).toBe('dapo');
    expect(eight.rows.slice(0, 2)).toEqual(DEFAULT_AGGREGATION.rows.slice(0, 2));
  });

  it('replaces one row without touching the others', () => {
    const next = withRow(DEFAULT_AGGREGATION, 1, { correct: true });
    expect(next.rows[1]).toEqual({ correct: true, format: true, length: '1800' });
    expect(next.rows[0]).toBe(DEFAULT_AGGREGATION.rows[0]);
    expect(DEFAULT_AGGREGATION.rows[1]?.correct).toBe(false);
  });
});
