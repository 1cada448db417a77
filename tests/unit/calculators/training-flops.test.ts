import { describe, expect, it } from 'vitest';
import { trainingFlops } from '@/lib/calculators';

describe('trainingFlops', () => {
  it('reproduces the GPT-3 training compute', () => {
    // Brown et al. 2020, Table D.1: GPT-3 175B, 174,600M parameters, 300B tokens, 3.14E+23 FLOPs
    expect(trainingFlops(174.6e9, 300e9) / 3.14e23).toBeCloseTo(1, 2);
  });

  it('is 6ND for Chinchilla', () => {
    // Hoffmann et al. 2022: Chinchilla, 70B parameters on 1.4T tokens; 6 · 70e9 · 1.4e12 = 5.88e23
    expect(trainingFlops(70e9, 1.4e12) / 5.88e23).toBeCloseTo(1, 12);
  });

  it('is 0 when nothing is trained', () => {
    expect(trainingFlops(0, 1e12)).toBe(0);
  });

  it('rejects negative, NaN, infinite or non-number arguments', () => {
    expect(() => trainingFlops(-1, 1)).toThrow(new RangeError('N must be finite and >= 0, got -1'));
    expect(() => trainingFlops(1, Number.NaN)).toThrow(/D must be finite and >= 0, got NaN/);
    expect(() => trainingFlops(Infinity, 1)).toThrow(RangeError);
    expect(() => trainingFlops('1' as unknown as number, 1)).toThrow(TypeError);
  });
});
