import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keptTokens,
  positionDistance,
  STREAMING_MASK_KINDS,
  streamingMaskAllows,
  streamingMaskGrid,
} from '@/lib/frontiers';
import { attentionMask } from '@/lib/transformer/attention-mask';

/** A grid as strings: the distance in each allowed cell, '.' where the key is hidden. */
const rows = (grid: (number | null)[][]) =>
  grid.map((r) => r.map((d) => (d === null ? '.' : String(d))).join(''));

describe('streamingMaskGrid', () => {
  const opts = { window: 3, starting: 1 };

  it('draws a sliding window of 3 (query included) with true distances', () => {
    expect(rows(streamingMaskGrid('sliding', 6, opts))).toEqual([
      '0.....',
      '10....',
      '210...',
      '.210..',
      '..210.',
      '...210',
    ]);
  });

  it('adds the attention sink at cache positions (StreamingLLM pos_shift)', () => {
    // cache = 1 sink + 3 recent keys at positions 0…3, the query at 3: the sink is seen at distance 3
    expect(rows(streamingMaskGrid('sinks', 6, opts))).toEqual([
      '0.....',
      '10....',
      '210...',
      '3210..',
      '3.210.',
      '3..210',
    ]);
  });

  it('adds the global token at the distance limit (LM-Infinite, limit = window)', () => {
    expect(rows(streamingMaskGrid('lambda', 6, opts))).toEqual([
      '0.....',
      '10....',
      '210...',
      '3210..',
      '3.210.',
      '3..210',
    ]);
    // with two starting tokens the kinds differ: StreamingLLM keeps cache order, LM-Infinite caps
    const two = { window: 2, starting: 2 };
    expect(rows(streamingMaskGrid('sinks', 6, two))).toEqual([
      '0.....',
      '10....',
      '210...',
      '3210..',
      '32.10.',
      '32..10',
    ]);
    expect(rows(streamingMaskGrid('lambda', 6, two))).toEqual([
      '0.....',
      '10....',
      '210...',
      '2210..',
      '22.10.',
      '22..10',
    ]);
  });

  it('agrees with lib/transformer’s sliding mask', () => {
    for (const window of [1, 2, 5, 9]) {
      const mine = streamingMaskGrid('sliding', 9, { window, starting: 3 }).map((r) =>
        r.map((d) => d !== null),
      );
      expect(mine).toEqual(attentionMask('sliding', 9, { window }));
    }
  });

  it('rejects a grid longer than 64 or a bad option, naming the field', () => {
    expect(() => streamingMaskGrid('sliding', 65, opts)).toThrow(
      new RangeError('seqLen must be an integer in [1, 64], got 65'),
    );
    expect(() => streamingMaskGrid('sliding', 0, opts)).toThrow(/seqLen/);
    expect(() => streamingMaskGrid('sinks', 4, { window: 0, starting: 1 })).toThrow(
      new RangeError('window must be an integer >= 1, got 0'),
    );
    expect(() => streamingMaskGrid('sinks', 4, { window: 2, starting: -1 })).toThrow(
      /starting must be an integer >= 0/,
    );
    expect(() => streamingMaskGrid('full' as 'sliding', 4, opts)).toThrow(/kind must be one of/);
  });
});

describe('streamingMaskAllows and positionDistance', () => {
  it('hide future keys for every kind', () => {
    for (const kind of STREAMING_MASK_KINDS)
      expect(streamingMaskAllows(kind, 2, 3, { window: 8, starting: 4 })).toBe(false);
  });

  it('see far starting tokens at the cache position or the limit', () => {
    const o = { window: 4, starting: 2 };
    expect(streamingMaskAllows('sliding', 100, 0, o)).toBe(false);
    expect(positionDistance('sliding', 100, 0, o)).toBeNull();
    // StreamingLLM: cache positions 0, 1 (sinks), 2…5 (recent), query at 5 → 5 − 0 and 5 − 1
    expect(positionDistance('sinks', 100, 0, o)).toBe(5);
    expect(positionDistance('sinks', 100, 1, o)).toBe(4);
    expect(positionDistance('lambda', 100, 1, o)).toBe(4);
    expect(positionDistance('lambda', 100, 98, o)).toBe(2);
    expect(positionDistance('lambda', 100, 50, o)).toBeNull();
  });

  it('validate query and key', () => {
    expect(() => streamingMaskAllows('sinks', -1, 0, { window: 1, starting: 0 })).toThrow(
      new RangeError('query must be an integer >= 0, got -1'),
    );
    expect(() => positionDistance('sinks', 1, 0.5, { window: 1, starting: 0 })).toThrow(
      /key must be an integer/,
    );
    expect(() => positionDistance('sinks', 1, 0, null as unknown as { window: 1; starting: 0 })).toThrow(
      TypeError,
    );
  });
});

describe('keptTokens', () => {
  it('holds the window, or the window plus the starting tokens, once the stream is long', () => {
    // StreamingLLM's cache_size = start_size + recent_size: 4 + 2044 = 2048
    expect(keptTokens('sinks', 100_000, { window: 2044, starting: 4 })).toBe(2048);
    // LM-Infinite's Llama default: 10 global + 4096 local
    expect(keptTokens('lambda', 32_768, { window: 4096, starting: 10 })).toBe(4106);
    expect(keptTokens('sliding', 32_768, { window: 4096, starting: 10 })).toBe(4096);
  });

  it('holds everything while the stream is shorter than the cache', () => {
    expect(keptTokens('sinks', 3, { window: 4096, starting: 4 })).toBe(3);
    expect(keptTokens('sliding', 0, { window: 8, starting: 0 })).toBe(0);
  });

  it('equals the allowed keys of the last query', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STREAMING_MASK_KINDS),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 0, max: 8 }),
        (kind, L, window, starting) => {
          const last = streamingMaskGrid(kind, L, { window, starting })[L - 1] ?? [];
          expect(keptTokens(kind, L, { window, starting })).toBe(last.filter((d) => d !== null).length);
        },
      ),
    );
  });

  it('rejects a negative or fractional length', () => {
    expect(() => keptTokens('sliding', -1, { window: 2, starting: 0 })).toThrow(
      new RangeError('length must be an integer >= 0, got -1'),
    );
    expect(() => keptTokens('sliding', 1.5, { window: 2, starting: 0 })).toThrow(RangeError);
  });
});
