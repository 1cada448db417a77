import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '@/lib/decoding';
import { alibiBias, alibiSlopes } from '@/lib/transformer';

describe('alibiSlopes', () => {
  it('is 1/2, 1/4, …, 1/256 for 8 heads', () => {
    // Press et al. 2022 §3: "For our models with 8 heads, the slopes that we used are the geometric sequence 1/2^1, 1/2^2, ..., 1/2^8"
    expect(alibiSlopes(8)).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
  });

  it('starts at 1/√2 with ratio 1/√2 for 16 heads', () => {
    // Press et al. 2022 §3: for 16 heads "the geometric sequence that starts at 1/2^0.5 and has the ratio of 1/2^0.5"
    const slopes = alibiSlopes(16);
    expect(slopes).toHaveLength(16);
    // mpmath 2^(−(i+1)/2) rounded to double
    // prettier-ignore
    expect(slopes).toEqual([
      0.7071067811865476, 0.5, 0.3535533905932738, 0.25, 0.1767766952966369, 0.125, 0.08838834764831845, 0.0625,
      0.04419417382415922, 0.03125, 0.02209708691207961, 0.015625, 0.011048543456039806, 0.0078125,
      0.005524271728019903, 0.00390625,
    ]);
  });

  it('appends every other 2p-head slope when the head count is not a power of two (ALiBi get_slopes)', () => {
    // get_slopes(12) = get_slopes_power_of_2(8) + get_slopes(16)[0::2][:4]: 2^-1 … 2^-8, then 2^-0.5, 2^-1.5,
    // 2^-2.5, 2^-3.5 (Python 2 ** -0.5 etc., correctly rounded; the repo's running product gives
    // 0.35355339059327384, 0.17677669529663692, 0.08838834764831849, a few ulps off)
    expect(alibiSlopes(12)).toEqual([
      0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625, 0.7071067811865476,
      0.3535533905932738, 0.1767766952966369, 0.08838834764831845,
    ]);
    // get_slopes(6) = [2^-2, 2^-4, 2^-6, 2^-8] + get_slopes(8)[0::2][:2] = [2^-1, 2^-3]
    expect(alibiSlopes(6)).toEqual([0.25, 0.0625, 0.015625, 0.00390625, 0.5, 0.125]);
    // get_slopes(3) = [2^-4, 2^-8] + get_slopes(4)[0::2][:1]; get_slopes(1) = [2^-8]
    expect(alibiSlopes(3)).toEqual([0.0625, 0.00390625, 0.25]);
    expect(alibiSlopes(1)).toEqual([0.00390625]);
  });

  it('rejects a head count that is not an integer ≥ 1', () => {
    expect(() => alibiSlopes(0)).toThrow(new RangeError('numHeads must be an integer >= 1, got 0'));
    expect(() => alibiSlopes(2.5)).toThrow(RangeError);
    expect(() => alibiSlopes('8' as unknown as number)).toThrow(TypeError);
  });

  it('gives distinct slopes in (0, 1) for any head count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 130 }), (n) => {
        const slopes = alibiSlopes(n);
        expect(slopes).toHaveLength(n);
        expect(new Set(slopes).size).toBe(n);
        slopes.forEach((m) => expect(m > 0 && m < 1).toBe(true));
      }),
    );
  });
});

describe('alibiBias', () => {
  it('is −m times the distance to each earlier key, 0 to the right (fig. 3)', () => {
    // Press et al. 2022, fig. 3: q_i·k_j + m·[−(i−1), …, −2, −1, 0]
    expect(alibiBias(0.5, 3)).toEqual([
      [0, 0, 0],
      [-0.5, 0, 0],
      [-1, -0.5, 0],
    ]);
    expect(alibiBias(1, 1)).toEqual([[0]]);
    expect(alibiBias(0, 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("gives the same causal softmax as BLOOM's m·j form, which shifts each row by m·i (property)", () => {
    // HF BLOOM build_alibi_tensor adds slope·j (arange over keys); the softmax ignores a per-row constant
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), (m, n) => {
        const bias = alibiBias(m, n);
        bias.forEach((row, i) => {
          const ours = softmax(row.map((b, j) => (j <= i ? b : -Infinity)));
          const bloom = softmax(row.map((_, j) => (j <= i ? m * j : -Infinity)));
          ours.forEach((p, j) => expect(p).toBeCloseTo(bloom[j]!, 12));
        });
      }),
    );
  });

  it('rejects a negative or non-finite slope and a bad length', () => {
    expect(() => alibiBias(-0.5, 3)).toThrow(new RangeError('slope must be finite and >= 0, got -0.5'));
    expect(() => alibiBias(Number.NaN, 3)).toThrow(RangeError);
    expect(() => alibiBias(0.5, 0)).toThrow(new RangeError('seqLen must be an integer >= 1, got 0'));
    expect(() => alibiBias(0.5, '3' as unknown as number)).toThrow(TypeError);
  });
});
