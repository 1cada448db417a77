import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionMask } from '@/lib/transformer';

/** Rows written as strings: 'T' may attend, '.' may not. */
const grid = (...rows: string[]) => rows.map((r) => [...r].map((c) => c === 'T'));

describe('attentionMask', () => {
  it('draws the causal and sliding-window patterns of HF masking_utils', () => {
    // HF causal_mask_function: kv_idx <= q_idx
    expect(attentionMask('causal', 5)).toEqual(grid('T....', 'TT...', 'TTT..', 'TTTT.', 'TTTTT'));
    // HF sliding_window_overlay(3) AND causal: kv_idx > q_idx − 3, the docstring's length-5 example
    expect(attentionMask('sliding', 5, { window: 3 })).toEqual(
      grid('T....', 'TT...', 'TTT..', '.TTT.', '..TTT'),
    );
    // window 1: each token sees only itself
    expect(attentionMask('sliding', 3, { window: 1 })).toEqual(grid('T..', '.T.', '..T'));
  });

  it('lets the prefix attend both ways and everything else causally', () => {
    // prefix LM (Raffel et al. 2020, fig. 3): the first prefixLength columns are visible to every query
    expect(attentionMask('prefix', 4, { prefixLength: 2 })).toEqual(grid('TT..', 'TT..', 'TTT.', 'TTTT'));
    expect(attentionMask('prefix', 3, { prefixLength: 0 })).toEqual(attentionMask('causal', 3));
    expect(attentionMask('prefix', 3, { prefixLength: 3 })).toEqual(attentionMask('full', 3));
    expect(attentionMask('full', 2)).toEqual(grid('TT', 'TT'));
  });

  it('rejects unknown kinds, bad lengths and missing options', () => {
    expect(() => attentionMask('local' as 'full', 3)).toThrow(
      new RangeError(`kind must be one of 'full', 'causal', 'prefix', 'sliding', got "local"`),
    );
    expect(() => attentionMask('causal', 0)).toThrow(new RangeError('seqLen must be an integer >= 1, got 0'));
    expect(() => attentionMask('sliding', 3)).toThrow(
      new TypeError('options.window must be a number, got undefined'),
    );
    expect(() => attentionMask('sliding', 3, { window: 0 })).toThrow(RangeError);
    expect(() => attentionMask('prefix', 3, { prefixLength: 4 })).toThrow(
      new RangeError('options.prefixLength must be an integer in [0, seqLen = 3], got 4'),
    );
    expect(() => attentionMask('causal', 3, 'x' as unknown as object)).toThrow(TypeError);
  });

  it('a sliding window ≥ seqLen is the causal mask; every row sees itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 5 }), (n, extra) => {
        expect(attentionMask('sliding', n, { window: n + extra })).toEqual(attentionMask('causal', n));
        for (const kind of ['full', 'causal', 'sliding'] as const) {
          attentionMask(kind, n, { window: 2 }).forEach((row, i) => expect(row[i]).toBe(true));
        }
      }),
    );
  });
});
