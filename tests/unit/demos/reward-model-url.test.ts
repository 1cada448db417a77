/** The reward-model demo's share links: each view reads only its own keys. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT } from '@/components/demos/reward-model/fit-compute';
import { DEFAULT_PAIR } from '@/components/demos/reward-model/pair-compute';
import { decodeFit, decodePair, encodeFit, encodePair } from '@/components/demos/reward-model/url-state';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('reward-model links', () => {
  it('round-trip the pair view under rm- keys', () => {
    const draft = { rc: '2.5', rr: '-1', scale: 'small', rating: 'slightly' } as const;
    expect(encodePair(draft)).toEqual({
      'rm-rc': '2.5',
      'rm-rr': '-1',
      'rm-margin': 'small',
      'rm-rating': 'slightly',
    });
    expect(decodePair(query(encodePair(draft)))).toEqual(draft);
  });

  it('round-trip the fit view under rmf- keys', () => {
    const linked = { draft: { set: 'length', lr: '0.2', l2: '0.01', steps: '300' } as const, at: 120 };
    expect(decodeFit(query(encodeFit(linked)))).toEqual(linked);
  });

  it('keep the two views apart on one page', () => {
    const both = `${query(encodePair(DEFAULT_PAIR))}&${query(encodeFit({ draft: DEFAULT_FIT, at: 7 })).slice(1)}`;
    expect(decodePair(both)).toEqual(DEFAULT_PAIR);
    expect(decodeFit(both)?.at).toBe(7);
    expect(decodePair('?rmf-at=3')).toBeNull();
    expect(decodeFit('?rm-rc=3')).toBeNull();
    expect(decodeFit('?other=1')).toBeNull();
  });

  it('fall back on unknown or over-long values', () => {
    expect(decodePair('?rm-margin=huge&rm-rating=meh&rm-rc=' + '9'.repeat(50))).toEqual(DEFAULT_PAIR);
    expect(decodeFit('?rmf-set=weird&rmf-at=-3')).toEqual({ draft: DEFAULT_FIT, at: 0 });
    expect(decodeFit('?rmf-at=12.5')?.at).toBe(0);
    // a bad number is kept as typed: the view shows its usual message
    expect(decodeFit('?rmf-lr=abc')?.draft.lr).toBe('abc');
  });
});
