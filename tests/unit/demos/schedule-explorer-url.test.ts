import { describe, expect, it } from 'vitest';
import { PRESETS } from '@/components/demos/schedule-explorer/presets';
import { decodeState, encodeState } from '@/components/demos/schedule-explorer/url-state';

describe('schedule explorer share link', () => {
  it('round-trips a state and keeps the page’s other parameters', () => {
    const state = { draft: { ...PRESETS.llama2, schedule: 'linear' as const, warmup: '500' }, index: 12 };
    const query = encodeState('?x=1&lr-peak=9', 'llama2', state);
    const params = new URLSearchParams(query);
    expect(params.get('x')).toBe('1');
    expect(params.getAll('lr-peak')).toEqual(['3e-4']);
    expect(params.get('lr-for')).toBe('llama2');
    expect(decodeState(`?${query}`, 'llama2')).toEqual({ ...state, hasIndex: true });
  });

  it('ignores a link written by a demo with another preset, or no link at all', () => {
    const query = encodeState('', 'wsd', { draft: PRESETS.wsd, index: 950 });
    expect(decodeState(query, 'llama2')).toBeNull();
    expect(decodeState(query, 'wsd')?.draft).toEqual(PRESETS.wsd);
    expect(decodeState('', 'llama2')).toBeNull();
    expect(decodeState('?lr-schedule=linear', 'llama2')).toBeNull();
  });

  it('falls back to the preset for unknown schedules, over-long fields and bad positions', () => {
    const long = '9'.repeat(41);
    const state = decodeState(
      `?lr-for=linear&lr-schedule=step&lr-total=${long}&lr-warmup=-5&lr-at=1001`,
      'linear',
    );
    expect(state?.draft.schedule).toBe('linear');
    expect(state?.draft.total).toBe(PRESETS.linear.total);
    // typed numbers come back as typed: the demo's validation reports them
    expect(state?.draft.warmup).toBe('-5');
    expect(state?.hasIndex).toBe(false);
    expect(decodeState('?lr-for=linear&lr-at=2.5', 'linear')?.hasIndex).toBe(false);
    expect(decodeState('?lr-for=linear&lr-at=1000', 'linear')).toMatchObject({ index: 1000, hasIndex: true });
  });
});
