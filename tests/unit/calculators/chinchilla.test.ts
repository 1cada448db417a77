import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINCHILLA_CONSTANTS, chinchillaComputeOptimal, chinchillaLoss } from '@/lib/calculators';

describe('CHINCHILLA_CONSTANTS', () => {
  it('holds the approach-3 fit printed by Hoffmann et al. 2022', () => {
    // Hoffmann et al. 2022, approach-3 fit: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28
    expect(CHINCHILLA_CONSTANTS).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    expect(Object.isFrozen(CHINCHILLA_CONSTANTS)).toBe(true);
  });
});

describe('chinchillaLoss', () => {
  it('matches the nanoGPT scaling_laws notebook', () => {
    // karpathy/nanoGPT scaling_laws.ipynb, same constants: 399.54M params, 14.43B tokens -> "loss: 2.76"
    expect(chinchillaLoss(399.54e6, 14.43e9)).toBeCloseTo(2.76, 2);
  });

  it("predicts Chinchilla's own loss", () => {
    // By hand: 1.69 + 406.4 / (7e10)^0.34 + 410.7 / (1.4e12)^0.28 = 1.69 + 0.0835 + 0.1632 ≈ 1.9366
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.9366, 4);
  });

  it('tends to the irreducible loss E as N and D grow without bound', () => {
    // CONTRACT.md: Infinity gives the limit E
    expect(chinchillaLoss(Infinity, Infinity)).toBe(1.69);
    expect(chinchillaLoss(Infinity, Infinity, { E: 2 })).toBe(2);
  });

  it('accepts overridden constants', () => {
    // E = 0, A = B = 1, α = β = 1: 1/10 + 1/100
    expect(chinchillaLoss(10, 100, { E: 0, A: 1, B: 1, alpha: 1, beta: 1 })).toBeCloseTo(0.11, 15);
  });

  it('rejects non-positive sizes and bad constants', () => {
    expect(() => chinchillaLoss(0, 1e9)).toThrow(new RangeError('N must be > 0 (Infinity allowed), got 0'));
    expect(() => chinchillaLoss(1e9, -1)).toThrow(/D must be > 0/);
    expect(() => chinchillaLoss(Number.NaN, 1e9)).toThrow(RangeError);
    expect(() => chinchillaLoss('1e9' as unknown as number, 1e9)).toThrow(TypeError);
    expect(() => chinchillaLoss(1e9, 1e9, { alpha: 0 })).toThrow(
      /constants.alpha must be finite and > 0, got 0/,
    );
    expect(() => chinchillaLoss(1e9, 1e9, { E: Number.NaN })).toThrow(RangeError);
    expect(() => chinchillaLoss(1e9, 1e9, 'x' as unknown as object)).toThrow(TypeError);
  });
});

describe('chinchillaComputeOptimal', () => {
  it("agrees with nanoGPT's brute-force search for the Table A3 budget", () => {
    // karpathy/nanoGPT scaling_laws.ipynb: C = 2.21e19 (row 1 of Chinchilla Table A3), argmin of L over a
    // log10 grid with step 1/16 -> "best model size: 316.23M", "best dataset size: 11.65B". The grid
    // step is a factor 10^(1/16), so the exact optimum lies within 10^(1/32) ≈ 1.075 of each.
    const { Nopt, Dopt } = chinchillaComputeOptimal(2.21e19);
    expect(Nopt / 316.23e6).toBeGreaterThan(1 / 1.075);
    expect(Nopt / 316.23e6).toBeLessThan(1.075);
    expect(Dopt / 11.65e9).toBeGreaterThan(1 / 1.075);
    expect(Dopt / 11.65e9).toBeLessThan(1.075);
  });

  it('gives N = D = sqrt(C/6) when the two terms are symmetric', () => {
    // α = β and A = B make G = 1 and both exponents 1/2: C = 6e20 -> N = D = 1e10
    const r = chinchillaComputeOptimal(6e20, { A: 400, B: 400, alpha: 0.3, beta: 0.3 });
    expect(r.Nopt / 1e10).toBeCloseTo(1, 12);
    expect(r.Dopt / 1e10).toBeCloseTo(1, 12);
    expect(r.tokensPerParam).toBeCloseTo(1, 12);
  });

  it("evaluates the closed form at Gopher's budget", () => {
    // Gopher's 5.76e23 FLOPs (Hoffmann et al. 2022). Closed form evaluated by hand (Python float64):
    // G = (0.34·406.4 / (0.28·410.7))^(1/0.62) = 1.34471; Nopt = G·(9.6e22)^(0.28/0.62) = 3.2190e10;
    // Dopt = (9.6e22)^(0.34/0.62) / G = 2.9823e12. The paper's projections used the unrounded fit and
    // differ (Besiroglu et al. 2024, arXiv 2404.10102).
    const r = chinchillaComputeOptimal(5.76e23);
    expect(r.Nopt / 3.219e10).toBeCloseTo(1, 4);
    expect(r.Dopt / 2.9823e12).toBeCloseTo(1, 4);
  });

  it('spends the whole budget and reports its own loss and ratio', () => {
    const r = chinchillaComputeOptimal(5.76e23);
    expect((6 * r.Nopt * r.Dopt) / 5.76e23).toBeCloseTo(1, 12);
    expect(r.tokensPerParam).toBe(r.Dopt / r.Nopt);
    expect(r.loss).toBe(chinchillaLoss(r.Nopt, r.Dopt));
  });

  it('is the minimum of the loss along the budget C = 6ND (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18, max: 27, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        fc.boolean(),
        (log10C, factor, bigger) => {
          const C = 10 ** log10C;
          const { Nopt, loss } = chinchillaComputeOptimal(C);
          const N = bigger ? Nopt * factor : Nopt / factor;
          expect(chinchillaLoss(N, C / (6 * N))).toBeGreaterThan(loss);
        },
      ),
    );
  });

  it('rejects a budget that is not finite and > 0', () => {
    expect(() => chinchillaComputeOptimal(0)).toThrow(new RangeError('C must be finite and > 0, got 0'));
    expect(() => chinchillaComputeOptimal(-1)).toThrow(RangeError);
    expect(() => chinchillaComputeOptimal(Infinity)).toThrow(RangeError);
    expect(() => chinchillaComputeOptimal(Number.NaN)).toThrow(RangeError);
    expect(() => chinchillaComputeOptimal('1e21' as unknown as number)).toThrow(TypeError);
    expect(() => chinchillaComputeOptimal(1e21, { B: -1 })).toThrow(/constants.B must be finite and > 0/);
  });
});
