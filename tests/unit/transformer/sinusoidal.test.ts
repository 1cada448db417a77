import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinusoidalPositionEncoding } from '@/lib/transformer';

describe('sinusoidalPositionEncoding', () => {
  it('matches the RoFormer table of HF test_basic (sines first there, interleaved here)', () => {
    // HF tests/models/roformer/test_modeling_roformer.py, RoFormerSinusoidalPositionalEmbeddingTest.test_basic,
    // num_positions 6, embedding_dim 6, atol 1e-4: row 0 [0, 0, 0, 1, 1, 1], row 1 [0.8415, 0.0464, 0.0022, 0.5403, 0.9989, 1]
    const sines = [0.8415, 0.0464, 0.0022];
    const cosines = [0.5403, 0.9989, 1.0];
    const pe1 = sinusoidalPositionEncoding(1, 6);
    sines.forEach((s, i) => expect(Math.abs(pe1[2 * i]! - s)).toBeLessThan(1e-4));
    cosines.forEach((c, i) => expect(Math.abs(pe1[2 * i + 1]! - c)).toBeLessThan(1e-4));
    expect(sinusoidalPositionEncoding(0, 6)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('matches HF test_positional_emb_weights_against_roformer at d = 512', () => {
    // same file: weights[:3, :5] of a 512-wide table are the first five sines of positions 0, 1, 2
    const expected = [
      [0.0, 0.0, 0.0, 0.0, 0.0],
      [0.8415, 0.8219, 0.802, 0.7819, 0.7617],
      [0.9093, 0.9364, 0.9581, 0.9749, 0.987],
    ];
    expected.forEach((row, pos) => {
      const pe = sinusoidalPositionEncoding(pos, 512);
      row.forEach((s, i) => expect(Math.abs(pe[2 * i]! - s)).toBeLessThan(1e-4));
    });
  });

  it('is sin(pos), cos(pos), sin(pos/100), cos(pos/100) for d = 4', () => {
    // Vaswani et al. 2017 §3.5 with d = 4: wavelengths 2π and 2π·100; sin 1, cos 1, sin 0.01, cos 0.01 (libm)
    expect(sinusoidalPositionEncoding(1, 4)).toEqual([
      0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653,
    ]);
    // a smaller base shortens the wavelengths: base 100 gives pos/10 in the second pair
    const pe = sinusoidalPositionEncoding(1, 4, 100);
    expect(pe[2]).toBeCloseTo(0.09983341664682815, 15); // sin 0.1
  });

  it('rejects a bad position, width or base', () => {
    expect(() => sinusoidalPositionEncoding(-1, 4)).toThrow(
      new RangeError('position must be an integer >= 0, got -1'),
    );
    expect(() => sinusoidalPositionEncoding(1.5, 4)).toThrow(RangeError);
    expect(() => sinusoidalPositionEncoding(1, 5)).toThrow(
      new RangeError('dModel must be an even integer >= 2, got 5'),
    );
    expect(() => sinusoidalPositionEncoding(1, 0)).toThrow(RangeError);
    expect(() => sinusoidalPositionEncoding(1, 4, 0)).toThrow(
      new RangeError('base must be finite and > 0, got 0'),
    );
    expect(() => sinusoidalPositionEncoding(1, 4, Infinity)).toThrow(RangeError);
    expect(() => sinusoidalPositionEncoding('1' as unknown as number, 4)).toThrow(TypeError);
  });

  it('stays on the unit circle pair by pair (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 64 }), (pos, half) => {
        const pe = sinusoidalPositionEncoding(pos, 2 * half);
        expect(pe).toHaveLength(2 * half);
        for (let i = 0; i < half; i++) expect(pe[2 * i]! ** 2 + pe[2 * i + 1]! ** 2).toBeCloseTo(1, 12);
      }),
    );
  });
});
