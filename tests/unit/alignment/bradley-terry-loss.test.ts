import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bradleyTerryLoss } from '@/lib/alignment';

describe('bradleyTerryLoss', () => {
  it('is ln 2 when the rewards tie and ln(1 + e^−1) for a difference of 1', () => {
    // −log σ(0) = ln 2; −log σ(1) = ln(1 + e^−1): scipy.special.log_expit(0), log_expit(1), negated
    expect(bradleyTerryLoss(1, 1)).toBe(0.6931471805599453);
    expect(bradleyTerryLoss(2, 1)).toBe(0.31326168751822286);
    // torchtune test_dpo_loss: −log(1/(1 + e^−1)) for the second pair
    expect(bradleyTerryLoss(0.5, -0.5)).toBeCloseTo(0.31326168751822286, 15);
  });

  it('subtracts the Llama 2 margin before the sigmoid', () => {
    // Touvron et al. 2023 eq. 2, −log σ(r_c − r_r − m(r)); Table 27 "margin large": significantly better → m = 3
    expect(bradleyTerryLoss(5, 2, { margin: 3 })).toBe(0.6931471805599453);
    expect(bradleyTerryLoss(2, 1, { margin: 1 })).toBe(0.6931471805599453);
    // a margin of 0 is InstructGPT eq. 1
    expect(bradleyTerryLoss(2, 1, { margin: 0 })).toBe(bradleyTerryLoss(2, 1));
  });

  it('stays finite and exact for large differences and margins', () => {
    // scipy.special.log_expit(40) = -4.248354255291589e-18 (naive −log σ rounds to 0)
    expect(bradleyTerryLoss(40, 0)).toBe(4.248354255291589e-18);
    // −log_expit(−1000) = 1000.0, −log_expit(−800) = 800.0 (naive: log(0) = −Infinity)
    expect(bradleyTerryLoss(0, 1000)).toBe(1000);
    expect(bradleyTerryLoss(0, 0, { margin: 800 })).toBe(800);
    expect(bradleyTerryLoss(1000, 0)).toBe(0);
  });

  it('rejects non-finite rewards and margins', () => {
    expect(() => bradleyTerryLoss(Number.NaN, 0)).toThrow(
      new RangeError('rewardChosen must be finite, got NaN'),
    );
    expect(() => bradleyTerryLoss(0, Infinity)).toThrow(
      new RangeError('rewardRejected must be finite, got Infinity'),
    );
    expect(() => bradleyTerryLoss(0, 0, { margin: -Infinity })).toThrow(
      new RangeError('options.margin must be finite, got -Infinity'),
    );
    expect(() => bradleyTerryLoss('1' as unknown as number, 0)).toThrow(TypeError);
    expect(() => bradleyTerryLoss(0, 0, null as unknown as object)).toThrow(TypeError);
  });

  it('depends only on r_c − r_r − m, is positive and decreases in the difference (property)', () => {
    const small = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(small, small, small, (rc, rr, shift) => {
        const loss = bradleyTerryLoss(rc, rr);
        expect(loss).toBeGreaterThan(0);
        expect(bradleyTerryLoss(rc + shift, rr + shift)).toBeCloseTo(loss, 9);
        expect(bradleyTerryLoss(rc, rr, { margin: shift })).toBeCloseTo(bradleyTerryLoss(rc - shift, rr), 9);
        expect(bradleyTerryLoss(rc + 1, rr)).toBeLessThan(loss);
        // σ(x) + σ(−x) = 1
        expect(Math.exp(-loss) + Math.exp(-bradleyTerryLoss(rr, rc))).toBeCloseTo(1, 12);
      }),
    );
  });
});
