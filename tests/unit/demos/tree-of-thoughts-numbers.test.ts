/** The tree-of-thoughts demo's number fields: four integers 1–13, with a reason for anything else. */
import { describe, expect, it } from 'vitest';
import {
  isPuzzleText,
  loadedPreset,
  parseNumbers,
  PRESETS,
  splitFour,
} from '@/components/demos/tree-of-thoughts/numbers';

describe('parseNumbers', () => {
  it('reads four integers from 1 to 13', () => {
    expect(parseNumbers(['4', '9', '10', '13'])).toEqual({ ok: true, numbers: [4, 9, 10, 13] });
    expect(parseNumbers([' 1 ', '+5', '5.0', '13'])).toEqual({ ok: true, numbers: [1, 5, 5, 13] });
  });

  it('says which field is wrong and why', () => {
    expect(parseNumbers(['4', '', '10', '13'])).toEqual({ ok: false, error: { kind: 'empty', field: 2 } });
    expect(parseNumbers(['4', '9', '10'])).toEqual({ ok: false, error: { kind: 'empty', field: 4 } });
    expect(parseNumbers(['4 9', '9', '10', '13'])).toEqual({
      ok: false,
      error: { kind: 'several', field: 1 },
    });
    expect(parseNumbers(['4', 'NaN', '10', '13'])).toEqual({
      ok: false,
      error: { kind: 'notNumber', field: 2, text: 'NaN' },
    });
    expect(parseNumbers(['4', '9', '2.5', '13'])).toEqual({
      ok: false,
      error: { kind: 'notInteger', field: 3, text: '2.5' },
    });
    expect(parseNumbers(['4', '9', '10', '14'])).toEqual({
      ok: false,
      error: { kind: 'range', field: 4, text: '14', min: 1, max: 13 },
    });
    expect(parseNumbers(['0', '9', '10', '13'])).toMatchObject({
      ok: false,
      error: { kind: 'range', field: 1 },
    });
    expect(parseNumbers(['\u22123', '9', '10', '13'])).toMatchObject({
      ok: false,
      error: { kind: 'range', text: '-3' },
    });
  });

  it('rejects odd text without echoing all of it', () => {
    for (const odd of ['1e1', '0x10', 'Infinity', '١٢', '4️⃣', 'e\u0301', '\ud800', '12a']) {
      expect(parseNumbers([odd, '9', '10', '13'])).toMatchObject({ ok: false, error: { kind: 'notNumber' } });
    }
    const long = parseNumbers(['9'.repeat(10_000), '9', '10', '13']);
    expect(long).toMatchObject({ ok: false, error: { kind: 'range', text: `${'9'.repeat(16)}…` } });
  });
});

describe('splitFour', () => {
  it('splits exactly four numbers on spaces, commas or semicolons', () => {
    expect(splitFour('4 9 10 13')).toEqual(['4', '9', '10', '13']);
    expect(splitFour(' 4,9, 10;13 ')).toEqual(['4', '9', '10', '13']);
    expect(splitFour('4 9 10')).toBeNull();
    expect(splitFour('4 9 10 13 1')).toBeNull();
    expect(splitFour('')).toBeNull();
  });

  it('validates the MDX numbers prop', () => {
    expect(isPuzzleText('4 9 10 13')).toBe(true);
    expect(isPuzzleText('1 5 5 5')).toBe(true);
    expect(isPuzzleText('4 9 10 14')).toBe(false);
    expect(isPuzzleText('4 9 10')).toBe(false);
    expect(isPuzzleText('a b c d')).toBe(false);
  });
});

describe('presets', () => {
  it('are valid puzzles and recognised when loaded', () => {
    for (const [key, fields] of Object.entries(PRESETS)) {
      expect(parseNumbers(fields).ok).toBe(true);
      expect(loadedPreset(fields)).toBe(key);
    }
    expect(loadedPreset(['4', '9', '10', '12'])).toBeUndefined();
  });
});
