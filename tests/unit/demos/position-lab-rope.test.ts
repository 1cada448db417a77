/**
 * The position lab's RoPE helpers on values that can be checked by hand: q′·k′ = cos(Δ) for unit
 * vectors, RoFormer's bound B(Δ) for d = 2 and d = 4, and the two pairing layouts as HF
 * (`rotate_half`: i with i + d/2) and RoFormer (2i with 2i + 1) define them.
 */
import { describe, expect, it } from 'vitest';
import { envelope, ropePairs, ropeScore } from '@/components/demos/position-lab/rope-math';
import { ropeDecayBound } from '@/lib/transformer';

describe('ropeScore', () => {
  it('gives cos(m − n) for q = k = (1, 0): cos 2 = −0.4161468365471424', () => {
    expect(ropeScore([1, 0], [1, 0], 3, 1)).toBeCloseTo(-0.4161468365471424, 14);
    expect(ropeScore([1, 0], [1, 0], 10, 8)).toBeCloseTo(-0.4161468365471424, 12);
  });

  it('depends only on m − n for any q and k', () => {
    const q = [0.3, -1.2, 2, 0.5];
    const k = [1, 0.4, -0.7, 2.2];
    expect(ropeScore(q, k, 7, 2)).toBeCloseTo(ropeScore(q, k, 12, 7), 12);
    expect(ropeScore(q, k, 0, 0)).toBeCloseTo(0.3 - 0.48 - 1.4 + 1.1, 12);
  });
});

describe('ropeDecayBound', () => {
  it('starts at (d/2 + 1)/2: |S_j| = j at distance 0 (d = 128: 32.5)', () => {
    expect(ropeDecayBound(128, 10000, 0)).toEqual([32.5]);
    expect(ropeDecayBound(128, 500000, 3)[0]).toBe(32.5);
  });

  it('is 1 everywhere for one pair (d = 2)', () => {
    ropeDecayBound(2, 10000, 5).forEach((b) => expect(b).toBeCloseTo(1, 14));
  });

  it('is (1 + 2|cos(0.495Δ)|)/2 for d = 4, θ = (1, 0.01): at Δ = 2, cos 0.99 = 0.5486899', () => {
    expect(ropeDecayBound(4, 10000, 2)[2]).toBeCloseTo((1 + 2 * 0.5486899) / 2, 6);
  });

  it('falls on the whole with distance for d = 128 (RoFormer fig. 2)', () => {
    const curve = ropeDecayBound(128, 10000, 256);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(curve.slice(200))).toBeLessThan(mean(curve.slice(1, 50)));
  });

  it('lets lib refuse an odd head dimension', () => {
    expect(() => ropeDecayBound(7, 10000, 10)).toThrow(RangeError);
  });
});

describe('envelope', () => {
  it('keeps short curves point for point', () => {
    expect(envelope([3, 1], 4)).toEqual([
      [0, 3],
      [1, 1],
    ]);
  });

  it('takes the largest value of each block of a long curve', () => {
    expect(envelope([3, 1, 2, 5, 4], 2)).toEqual([
      [0, 3],
      [3, 5],
    ]);
  });
});

describe('ropePairs', () => {
  it('half pairs i with i + d/2 (HF rotate_half)', () => {
    expect(ropePairs(8, 'half').map((p) => [p.index, p.a, p.b])).toEqual([
      [0, 0, 4],
      [1, 1, 5],
      [2, 2, 6],
      [3, 3, 7],
    ]);
  });

  it('interleaved pairs 2i with 2i + 1 (RoFormer eq. 34, GPT-J)', () => {
    expect(ropePairs(6, 'interleaved').map((p) => [p.index, p.a, p.b])).toEqual([
      [0, 0, 1],
      [1, 2, 3],
      [2, 4, 5],
    ]);
  });

  it('lets lib refuse an odd head dimension', () => {
    expect(() => ropePairs(5, 'half')).toThrow(RangeError);
  });
});
