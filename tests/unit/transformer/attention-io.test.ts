import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionHbmTraffic } from '@/lib/transformer';

describe('attentionHbmTraffic', () => {
  it('counts FlashAttention Algorithms 0 and 1 line by line (N = 1024, d = 64, M = 65,536)', () => {
    const r = attentionHbmTraffic({ seqLen: 1024, headDim: 64, sramElements: 65536 });
    // Algorithm 0: reads Q, K, S, P, V = 2·1024² + 3·1024·64; writes S, P, O = 2·1024² + 1024·64
    expect(r.standard).toEqual({ reads: 2 * 1048576 + 3 * 65536, writes: 2 * 1048576 + 65536 });
    // Algorithm 1 line 1: B_c = ⌈65536/(4·64)⌉ = 256, B_r = min(256, 64) = 64; T_c = 4, T_r = 16
    expect(r.flash).toMatchObject({ blockCols: 256, blockRows: 64, colBlocks: 4, rowBlocks: 16 });
    // reads: K, V once (2·65536) + per K/V block: Q and O (2·65536) and ℓ, m (2·1024)
    expect(r.flash.reads).toBe(2 * 65536 + 4 * (2 * 65536 + 2 * 1024));
    // writes: initial O, ℓ, m (65536 + 2048) + per K/V block: O, ℓ, m
    expect(r.flash.writes).toBe(65536 + 2048 + 4 * (65536 + 2048));
  });

  it('counts partial last blocks at their true size (N = 300, d = 16, M = 1,024)', () => {
    const r = attentionHbmTraffic({ seqLen: 300, headDim: 16, sramElements: 1024 });
    // B_c = ⌈1024/64⌉ = 16, B_r = 16, T_c = ⌈300/16⌉ = 19
    expect(r.flash.colBlocks).toBe(19);
    expect(r.flash.reads).toBe(2 * 300 * 16 + 19 * (2 * 300 * 16 + 2 * 300));
  });

  it('moves fewer elements than standard attention once N ≫ M/d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 16 }), fc.constantFrom(32, 64, 128), (n, d) => {
        const r = attentionHbmTraffic({ seqLen: n, headDim: d, sramElements: 100_000 });
        const total = (t: { reads: number; writes: number }) => t.reads + t.writes;
        if (n >= 4096) expect(total(r.flash)).toBeLessThan(total(r.standard));
        expect(r.flash.colBlocks).toBe(Math.ceil(n / r.flash.blockCols));
      }),
    );
  });

  it('rejects bad sizes, including SRAM smaller than one block', () => {
    expect(() => attentionHbmTraffic({ seqLen: 0, headDim: 64, sramElements: 65536 })).toThrow(RangeError);
    expect(() => attentionHbmTraffic({ seqLen: 8, headDim: 64, sramElements: 100 })).toThrow(
      'sramElements must be an integer >= 256, got 100',
    );
    expect(() => attentionHbmTraffic({ seqLen: Number.NaN, headDim: 64, sramElements: 65536 })).toThrow(
      RangeError,
    );
    expect(() => attentionHbmTraffic(null as never)).toThrow(TypeError);
  });
});
