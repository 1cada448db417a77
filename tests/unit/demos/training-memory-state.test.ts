import { describe, expect, it } from 'vitest';
import { PRESETS } from '@/components/demos/training-memory/presets';
import { decodeSetup, encodeSetup } from '@/components/demos/training-memory/state';

describe('encodeSetup / decodeSetup', () => {
  it('round-trips both presets and every option', () => {
    expect(encodeSetup(PRESETS['7b-8gpu'])).toBe('6738415616_32_4096_32_8_1_4096_1_1024_10s00');
    expect(encodeSetup(PRESETS['70b-64gpu'])).toBe('68976648192_80_8192_64_8_8_4096_1_1024_11s00');
    for (const setup of Object.values(PRESETS)) expect(decodeSetup(encodeSetup(setup))).toEqual(setup);
    const odd = {
      values: { ...PRESETS['7b-8gpu'].values, params: 7.5e9 },
      options: {
        stage: 3,
        sequenceParallel: false,
        recompute: 'full',
        offloadOptimizer: true,
        offloadParams: true,
      },
    } as const;
    expect(encodeSetup(odd)).toBe('7500000000_32_4096_32_8_1_4096_1_1024_30f11');
    expect(decodeSetup(encodeSetup(odd))).toEqual(odd);
  });

  it('accepts exponents and decimals, which lib/ then judges', () => {
    expect(decodeSetup('7.5e9_32_4096_32_64_1_1024_1_64_00n00')?.values.params).toBe(7.5e9);
  });

  it('rejects anything else', () => {
    for (const bad of [
      '',
      '1_2_3',
      '6738415616_32_4096_32_8_1_4096_1_1024_10s00_1',
      '6738415616_32_4096_32_8_1_4096_1_1024_40s00',
      '6738415616_32_4096_32_8_1_4096_1_1024_10x00',
      '-1_32_4096_32_8_1_4096_1_1024_10s00',
      'NaN_32_4096_32_8_1_4096_1_1024_10s00',
      '6738415616_32_4096_32_8_1_4096_1_😀_10s00',
      '6738415616_32_4096_32_8_1_4096_1_1024_10S00',
    ]) {
      expect(decodeSetup(bad)).toBeNull();
    }
    expect(decodeSetup(null)).toBeNull();
  });
});
