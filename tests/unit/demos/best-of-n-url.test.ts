/** The best-of-n demo's share links: each view reads only its own keys. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AT } from '@/components/demos/best-of-n/overopt-compute';
import { DEFAULT_OVER } from '@/components/demos/best-of-n/presets';
import { decodeN, decodeOver, encodeOver } from '@/components/demos/best-of-n/url-state';

describe('best-of-n links', () => {
  it('read N as typed', () => {
    expect(decodeN('?bon-n=64')).toBe('64');
    expect(decodeN('?bon-n=abc')).toBe('abc');
    expect(decodeN('?oo-a=1')).toBeNull();
    expect(decodeN('?bon-n=' + '1'.repeat(41))).toBeNull();
  });

  it('round-trip the over-optimisation view under oo- keys', () => {
    const linked = { draft: { method: 'rl', alpha: '0.8', beta: '0.3' } as const, at: 73 };
    const search = `?${new URLSearchParams(encodeOver(linked)).toString()}`;
    expect(decodeOver(search)).toEqual(linked);
    expect(decodeOver('?bon-n=4')).toBeNull();
  });

  it('fall back on unknown values and out-of-range positions', () => {
    expect(decodeOver('?oo-method=ppo&oo-at=101')).toEqual({ draft: DEFAULT_OVER, at: DEFAULT_AT });
    expect(decodeOver('?oo-at=-1')?.at).toBe(DEFAULT_AT);
    expect(decodeOver('?oo-at=0')?.at).toBe(0);
  });
});
