import { describe, expect, it } from 'vitest';
import { ropeDecayBound } from '@/lib/transformer';

describe('ropeDecayBound', () => {
  it('starts at (d/2 + 1)/2: every S_j = j at Δ = 0 (RoFormer §3.4.3)', () => {
    // d = 128: (1/64)·(1 + 2 + … + 64) = 65/2
    expect(ropeDecayBound(128, 10000, 0)).toEqual([32.5]);
  });

  it('d = 4, base 10000: θ = (1, 0.01); at Δ = 1, |S_1| = 1 and |S_2| = |e^{i} + e^{0.01i}|', () => {
    // |e^{i} + e^{0.01 i}| = 2|cos((1 − 0.01)/2)| = 2 cos(0.495) = 1.759956…
    expect(ropeDecayBound(4, 10000, 1)[1]).toBeCloseTo((1 + 2 * Math.cos(0.495)) / 2, 12);
  });

  it('decays overall: the mean over Δ ∈ [200, 256] is well below B(0) (d = 128)', () => {
    const b = ropeDecayBound(128, 10000, 256);
    const tail = b.slice(200);
    expect(tail.reduce((a, v) => a + v, 0) / tail.length).toBeLessThan(b[0]! / 2);
  });

  it('rejects a bad distance, an odd head dimension and a bad base', () => {
    expect(() => ropeDecayBound(128, 10000, -1)).toThrow(
      'maxDistance must be an integer in [0, 65536], got -1',
    );
    expect(() => ropeDecayBound(128, 10000, 1.5)).toThrow(RangeError);
    expect(() => ropeDecayBound(7, 10000, 3)).toThrow(RangeError);
    expect(() => ropeDecayBound(8, 0, 3)).toThrow(RangeError);
  });
});
