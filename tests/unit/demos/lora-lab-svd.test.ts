/** The SVD tab's sample update: deterministic per seed, the promised shape, lib's seed check. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SVD,
  readSvdInput,
  sampleUpdate,
  SVD_COLS,
  SVD_ROWS,
} from '@/components/demos/lora-lab/svd-matrix';
import { lowRankApproximation } from '@/lib/calculators/low-rank';

describe('sampleUpdate', () => {
  it('is a 12 × 10 matrix of finite numbers, the same for the same seed', () => {
    const a = sampleUpdate(7, 'decaying');
    expect(a).toHaveLength(SVD_ROWS);
    for (const row of a) {
      expect(row).toHaveLength(SVD_COLS);
      for (const x of row) expect(Number.isFinite(x)).toBe(true);
    }
    expect(sampleUpdate(7, 'decaying')).toEqual(a);
    expect(sampleUpdate(8, 'decaying')).not.toEqual(a);
    expect(sampleUpdate(7, 'noise')).not.toEqual(a);
  });

  it('gives the decaying update a low-rank spectrum and the noise a flat one', () => {
    // four rank-1 terms of weight 6, 3, 1.5, 0.75 plus noise of s.d. 0.05: rank 4 keeps almost
    // everything; pure noise leaves far more behind at the same rank
    for (const seed of [1, 7, 42, 2024]) {
      const low = lowRankApproximation(sampleUpdate(seed, 'decaying'), 4).relativeError;
      const flat = lowRankApproximation(sampleUpdate(seed, 'noise'), 4).relativeError;
      expect(low).toBeLessThan(0.1);
      expect(flat).toBeGreaterThan(0.4);
    }
  });
});

describe('readSvdInput', () => {
  it('reads the default and refuses bad seeds and ranks', () => {
    const ok = readSvdInput(DEFAULT_SVD);
    expect(ok.ok && ok.rank).toBe(2);
    expect(readSvdInput({ ...DEFAULT_SVD, seed: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'seed', error: { kind: 'empty' } },
    });
    expect(readSvdInput({ ...DEFAULT_SVD, seed: '1e400' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'seed', message: 'seed must be a finite number, got Infinity' },
    });
    expect(readSvdInput({ ...DEFAULT_SVD, rank: 'two' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'rank', error: { kind: 'notNumber', text: 'two' } },
    });
    // the rank's range is lowRankApproximation's to check
    expect(readSvdInput({ ...DEFAULT_SVD, rank: '0' }).ok).toBe(true);
  });
});
