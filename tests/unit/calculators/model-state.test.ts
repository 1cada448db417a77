import { describe, expect, it } from 'vitest';
import { modelStateBreakdown, modelStateBytes, type ModelStateInput } from '@/lib/calculators';

/** GB (10^9 bytes) rounded as the ZeRO paper prints them. */
const gb = (input: ModelStateInput) => modelStateBytes(input) / 1e9;

describe('modelStateBytes', () => {
  it('reproduces ZeRO Figure 1 (7.5B parameters, 64 GPUs, K = 12)', () => {
    // Rajbhandari et al. 2020, Figure 1: baseline 120GB, P_os 31.4GB, P_os+g 16.6GB, P_os+g+p 1.9GB (Table 1 prints 1.88GB)
    const params = 7.5e9;
    expect(gb({ params, stage: 0, numGpus: 64 })).toBe(120);
    expect(gb({ params, stage: 1, numGpus: 64 })).toBeCloseTo(31.4, 1);
    expect(gb({ params, stage: 2, numGpus: 64 })).toBeCloseTo(16.6, 1);
    expect(gb({ params, stage: 3, numGpus: 64 })).toBeCloseTo(1.88, 2);
  });

  it('reproduces the 7.5B column of ZeRO Table 1 across DP degrees', () => {
    // Rajbhandari et al. 2020, Table 1, 7.5B model (GB): [DP, P_os, P_os+g, P_os+g+p]
    const rows: [number, number, number, number][] = [
      [1, 120, 120, 120],
      [4, 52.5, 41.3, 30],
      [16, 35.6, 21.6, 7.5],
      [64, 31.4, 16.6, 1.88],
      [256, 30.4, 15.4, 0.47],
      [1024, 30.1, 15.1, 0.12],
    ];
    for (const [numGpus, os, osg, osgp] of rows) {
      expect(gb({ params: 7.5e9, stage: 1, numGpus })).toBeCloseTo(os, 1);
      expect(gb({ params: 7.5e9, stage: 2, numGpus })).toBeCloseTo(osg, 1);
      expect(gb({ params: 7.5e9, stage: 3, numGpus })).toBeCloseTo(osgp, 2);
    }
  });

  it('rejects an unknown stage, a bad GPU count or bad params', () => {
    const ok: ModelStateInput = { params: 1e9, stage: 1, numGpus: 8 };
    expect(() => modelStateBytes({ ...ok, stage: 4 as 0 })).toThrow(
      new RangeError('stage must be 0, 1, 2 or 3, got 4'),
    );
    expect(() => modelStateBytes({ ...ok, numGpus: 0 })).toThrow(/numGpus must be an integer >= 1, got 0/);
    expect(() => modelStateBytes({ ...ok, numGpus: 1.5 })).toThrow(RangeError);
    expect(() => modelStateBytes({ ...ok, params: -1 })).toThrow(RangeError);
    expect(() => modelStateBytes({ ...ok, params: Number.NaN })).toThrow(RangeError);
    expect(() => modelStateBytes({ ...ok, params: '1' as unknown as number })).toThrow(TypeError);
    expect(() => modelStateBytes(null as unknown as ModelStateInput)).toThrow(TypeError);
  });
});

describe('modelStateBreakdown', () => {
  it('splits ZeRO Figure 1 (7.5B parameters, N_d = 64, K = 12) into its three parts', () => {
    // stage 1: 2Ψ + 2Ψ + 12Ψ/64 = 15 GB + 15 GB + 1.40625 GB = 31.4 GB (Figure 1's P_os)
    expect(modelStateBreakdown({ params: 7.5e9, stage: 1, numGpus: 64 })).toEqual({
      parameters: 15e9,
      gradients: 15e9,
      optimizer: 1.40625e9,
    });
    // stage 3: everything over 64 — 1.875 GB in total (Figure 1's P_os+g+p, 1.9 GB)
    const s3 = modelStateBreakdown({ params: 7.5e9, stage: 3, numGpus: 64 });
    expect(s3.parameters + s3.gradients + s3.optimizer).toBe(1.875e9);
  });

  it('validates like modelStateBytes', () => {
    expect(() => modelStateBreakdown({ params: 1e9, stage: 4 as 3, numGpus: 8 })).toThrow(RangeError);
    expect(() => modelStateBreakdown({ params: 1e9, stage: 1, numGpus: 0 })).toThrow(RangeError);
  });
});
