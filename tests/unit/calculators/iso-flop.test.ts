import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinchillaComputeOptimal, trainingFlops } from '@/lib/calculators';
import { isoFlopCurve, tokensForCompute } from '@/lib/calculators';

describe('tokensForCompute', () => {
  it('inverts C = 6ND on Chinchilla (70B parameters, 1.4T tokens; Hoffmann et al. 2022 Table 1)', () => {
    // 6 · 70e9 · 1.4e12 = 5.88e23 FLOPs
    expect(tokensForCompute(5.88e23, 70e9)).toBeCloseTo(1.4e12, -3);
  });
  it('rejects non-positive and non-finite inputs', () => {
    expect(() => tokensForCompute(0, 1)).toThrow(RangeError);
    expect(() => tokensForCompute(1, Infinity)).toThrow(RangeError);
    expect(() => tokensForCompute('1' as unknown as number, 1)).toThrow(TypeError);
  });
});

describe('isoFlopCurve', () => {
  it('spends exactly the budget at every point', () => {
    for (const p of isoFlopCurve(1e21, { points: 5 })) expect(trainingFlops(p.N, p.D)).toBeCloseTo(1e21, -8);
  });
  it('has its minimum at the compute-optimal model (the IsoFLOP valley, Hoffmann et al. 2022 §3.2)', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 26, noNaN: true }), (logC) => {
        const C = 10 ** logC;
        const curve = isoFlopCurve(C, { points: 41 });
        const best = curve.reduce((a, b) => (b.loss < a.loss ? b : a));
        expect(best.N / chinchillaComputeOptimal(C).Nopt).toBeCloseTo(1, 6);
      }),
    );
  });
  it('log-spaces N over ±spanDecades around the optimum', () => {
    const curve = isoFlopCurve(5.76e23, { points: 3, spanDecades: 1 });
    const Nopt = chinchillaComputeOptimal(5.76e23).Nopt;
    expect(curve.map((p) => p.N / Nopt)).toEqual([0.1, 1, 10].map((x) => expect.closeTo(x, 10)));
  });
  it('rejects bad options with the parameter named', () => {
    expect(() => isoFlopCurve(1e21, { points: 2 })).toThrow(/points must be an integer in \[3, 1000\]/);
    expect(() => isoFlopCurve(1e21, { spanDecades: 0 })).toThrow(RangeError);
    expect(() => isoFlopCurve(-1)).toThrow(RangeError);
  });
});
