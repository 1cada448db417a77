import { describe, expect, it } from 'vitest';
import {
  decodeState,
  defaultState,
  encodeState,
  shortFraction,
} from '@/components/demos/pipeline-bubble/state';

describe('encodeState / decodeState', () => {
  it('round-trips the state through the query value', () => {
    const s = { schedule: 'interleaved', p: 8, m: 16, v: 4 } as const;
    expect(encodeState(s)).toBe('interleaved.8.16.4');
    expect(decodeState(encodeState(s))).toEqual(s);
    expect(decodeState(encodeState(defaultState('gpipe')))).toEqual({ schedule: 'gpipe', p: 4, m: 8, v: 2 });
  });

  it('keeps an interleaved state lib will refuse, so the demo can say why', () => {
    expect(decodeState('interleaved.4.6.2')).toEqual({ schedule: 'interleaved', p: 4, m: 6, v: 2 });
  });

  it('rejects values the sliders cannot show', () => {
    for (const bad of [
      '',
      'pipedream.4.8.2',
      '1f1b.9.8.2',
      '1f1b.4.17.2',
      '1f1b.4.8.1',
      '1f1b.4.8',
      '1f1b.4.8.2.1',
      '1f1b.4.8.2e0',
      '1f1b.-4.8.2',
      '1f1b.٤.8.2',
      '1f1b.4.8.😀',
    ]) {
      expect(decodeState(bad)).toBeNull();
    }
    expect(decodeState(null)).toBeNull();
  });
});

describe('shortFraction', () => {
  it('prints at most four decimals without trailing zeros', () => {
    // Narayanan et al. 2021: p = 4, m = 8 → (p − 1)/m = 0.375; interleaved v = 2 → 0.1875
    expect(shortFraction(0.375)).toBe('0.375');
    expect(shortFraction(0.1875)).toBe('0.1875');
    expect(shortFraction(3 / 11)).toBe('0.2727');
    expect(shortFraction(0)).toBe('0');
    expect(shortFraction(7)).toBe('7');
  });
});
