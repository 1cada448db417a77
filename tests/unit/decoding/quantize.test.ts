import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dequantize, quantize, roundHalfEven } from '@/lib/decoding';

/** Values away from the subnormal range, where S/2 is an exact bound (see the JSDoc). */
const values = fc.array(
  fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((x) => (Math.abs(x) < 1e-300 ? 0 : x)),
  { minLength: 1, maxLength: 24 },
);
const anyFinite = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
  minLength: 1,
  maxLength: 12,
});
const bits = fc.integer({ min: 2, max: 16 });
const scheme = fc.constantFrom('symmetric' as const, 'asymmetric' as const);
const groupSize = fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined });

describe('roundHalfEven', () => {
  it('rounds ties to the even neighbour, as numpy.round does', () => {
    // numpy.round docstring: "np.round([0.5, 1.5, 2.5]) -> [0., 2., 2.]"; -0.5 -> -0. (returned here as 0)
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, -2]);
    expect([0.49, 0.51, -0.51, 3.7, -3.2].map(roundHalfEven)).toEqual([0, 1, -1, 4, -3]);
  });
});

describe('quantize', () => {
  it('quantizes [−1, 0, 0.5, 1] at 8-bit symmetric with S = 1/127', () => {
    // Zhao et al. survey x_q = R(x/S) − Z with symmetric S = max|x| / (2^(b−1) − 1) = 1/127, Z = 0, by hand:
    // 0.5 · 127 = 63.5 → 64 (even); error 0.5/127 on that element only
    const r = quantize([-1, 0, 0.5, 1], { bits: 8, scheme: 'symmetric' });
    expect(r.q).toEqual([-127, 0, 64, 127]);
    expect(r.scale[0]).toBeCloseTo(1 / 127, 15);
    expect(r.zeroPoint).toEqual([0]);
    expect(r.dequantized[2]).toBeCloseTo(64 / 127, 15);
    expect(r.maxAbsError).toBeCloseTo(0.5 / 127, 15);
    expect(r.mse).toBeCloseTo((0.5 / 127) ** 2 / 4, 18);
  });

  it('rounds .5 to even (R = round half to even), which Math.round would not', () => {
    // 3-bit symmetric: levels ±3, S = 3/3 = 1, so x/S is x itself; by hand with half-to-even:
    // −2.5 → −2, −1.5 → −2, −0.5 → 0, 0.5 → 0, 1.5 → 2, 2.5 → 2 (Math.round: −2, −1, −0, 1, 2, 3)
    const r = quantize([-3, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3], { bits: 3, scheme: 'symmetric' });
    expect(r.q).toEqual([-3, -2, -2, 0, 0, 2, 2, 3]);
    // six errors of 0.5: mse = 6 · 0.25 / 8; SQNR = 10 log10(35.5 / 1.5)
    expect(r.mse).toBe(0.1875);
    expect(r.sqnrDb).toBeCloseTo(10 * Math.log10(35.5 / 1.5), 12);
  });

  it('matches PyTorch min–max affine quantization up to the sign of the zero point', () => {
    // PyTorch MinMaxObserver (quint8): scale = (max − min) / 255 = 3/255, zero_point = 0 − round(−1 / scale)
    // = 85,
    // q = round(x/scale) + zero_point = [0, 85, 170, 255]; the survey's Z is subtracted, so Z = −85
    const r = quantize([-1, 0, 1, 2], { bits: 8, scheme: 'asymmetric' });
    expect(r.q).toEqual([0, 85, 170, 255]);
    expect(r.zeroPoint).toEqual([-85]);
    expect(r.scale[0]).toBeCloseTo(3 / 255, 15);
    expect(r.dequantized).toEqual([-1, 0, 1, 2]);
    expect(r.sqnrDb).toBe(Infinity);
  });

  it('maps min to 0 and max to 2^b − 1 in the asymmetric scheme, per group', () => {
    // groups of 4: [0, 1, 2, 3] → S = 3/3 = 1, Z = 0; the shorter last group [10, 20] → S = 10/3, Z = R(3) =
    // 3,
    // x_q = R(3) − 3 = 0 and R(6) − 3 = 3
    const r = quantize([0, 1, 2, 3, 10, 20], { bits: 2, scheme: 'asymmetric', groupSize: 4 });
    expect(r.q).toEqual([0, 1, 2, 3, 0, 3]);
    expect(r.zeroPoint).toEqual([0, 3]);
    expect(r.scale[0]).toBe(1);
    expect(r.scale[1]).toBeCloseTo(10 / 3, 14);
    r.dequantized.forEach((v, i) => expect(v).toBeCloseTo([0, 1, 2, 3, 10, 20][i] ?? Number.NaN, 12));
  });

  it('reports a finite SQNR for an error far below the signal, instead of squaring it to 0', () => {
    // x = [1, 1e-200] at 8-bit symmetric: 1 → 127 · (1/127) = 1, 1e-200 → 0; by hand SQNR = 10 log10(1 /
    // 1e-400) = 4000 dB
    const r = quantize([1, 1e-200], { bits: 8, scheme: 'symmetric' });
    expect(r.maxAbsError).toBe(1e-200);
    expect(r.sqnrDb).toBeCloseTo(4000, 9);
  });

  it('reconstructs a constant group exactly without dividing by zero', () => {
    // max = min makes (max − min)/(2^b − 1) = 0; the documented choice S = |c|, Z = R(c/S) = ±1 gives x̂ = c
    expect(quantize([-3, -3], { bits: 4, scheme: 'asymmetric' })).toEqual({
      q: [0, 0],
      scale: [3],
      zeroPoint: [-1],
      dequantized: [-3, -3],
      mse: 0,
      maxAbsError: 0,
      sqnrDb: Infinity,
    });
    expect(quantize([0, 0, 0], { bits: 8, scheme: 'symmetric' }).dequantized).toEqual([0, 0, 0]);
    expect(quantize([0, 0], { bits: 8, scheme: 'asymmetric' }).scale).toEqual([1]);
    expect(quantize([2.5, 2.5, 7], { bits: 2, scheme: 'asymmetric', groupSize: 2 }).dequantized).toEqual([
      2.5, 2.5, 7,
    ]);
  });

  it('rejects invalid arguments', () => {
    expect(() => quantize([], { bits: 8, scheme: 'symmetric' })).toThrow(
      new RangeError('x must be non-empty, got an empty array'),
    );
    expect(() => quantize([1, Number.NaN], { bits: 8, scheme: 'symmetric' })).toThrow(
      new RangeError('x[1] must be finite, got NaN'),
    );
    expect(() => quantize([Infinity], { bits: 8, scheme: 'symmetric' })).toThrow(RangeError);
    expect(() => quantize([1], { bits: 1, scheme: 'symmetric' })).toThrow(
      new RangeError('bits must be an integer in [2, 16], got 1'),
    );
    expect(() => quantize([1], { bits: 17, scheme: 'asymmetric' })).toThrow(RangeError);
    expect(() => quantize([1], { bits: 4.5, scheme: 'asymmetric' })).toThrow(RangeError);
    expect(() =>
      quantize([1], { bits: '8', scheme: 'asymmetric' } as unknown as { bits: number; scheme: 'symmetric' }),
    ).toThrow(TypeError);
    expect(() =>
      quantize([1], { bits: 8, scheme: 'affine' } as unknown as { bits: number; scheme: 'symmetric' }),
    ).toThrow(new RangeError(`scheme must be 'symmetric' or 'asymmetric', got "affine"`));
    expect(() => quantize([1], { bits: 8 } as unknown as { bits: number; scheme: 'symmetric' })).toThrow(
      TypeError,
    );
    expect(() => quantize([1], { bits: 8, scheme: 'symmetric', groupSize: 0 })).toThrow(RangeError);
    expect(() => quantize([1], null as unknown as { bits: number; scheme: 'symmetric' })).toThrow(TypeError);
    expect(() => quantize('1' as unknown as number[], { bits: 8, scheme: 'symmetric' })).toThrow(TypeError);
  });

  it('keeps |x − x̂| ≤ S/2 per group, q in the integer range, and never mutates (property)', () => {
    fc.assert(
      fc.property(values, bits, scheme, groupSize, (xs, b, sch, g) => {
        const copy = [...xs];
        const r = quantize(
          xs,
          g === undefined ? { bits: b, scheme: sch } : { bits: b, scheme: sch, groupSize: g },
        );
        expect(xs).toEqual(copy);
        const size = g ?? xs.length;
        const [lo, hi] = sch === 'symmetric' ? [-(2 ** (b - 1) - 1), 2 ** (b - 1) - 1] : [0, 2 ** b - 1];
        expect(r.scale).toHaveLength(Math.ceil(xs.length / size));
        xs.forEach((x, i) => {
          const s = r.scale[Math.floor(i / size)] ?? Number.NaN;
          const q = r.q[i] ?? Number.NaN;
          expect(Number.isInteger(q) && q >= lo && q <= hi).toBe(true);
          expect(Math.abs(x - (r.dequantized[i] ?? Number.NaN))).toBeLessThanOrEqual(
            s / 2 + 1e-9 * Math.abs(x) + 1e-12,
          );
        });
        expect(r.maxAbsError).toBe(
          Math.max(...xs.map((x, i) => Math.abs(x - (r.dequantized[i] ?? Number.NaN)))),
        );
        expect(r.mse).toBeGreaterThanOrEqual(0);
        expect(r.mse).toBeLessThanOrEqual(r.maxAbsError ** 2 + 1e-30);
        expect(Number.isNaN(r.sqnrDb)).toBe(false);
      }),
    );
  });

  it('never returns NaN, from subnormals to ±Number.MAX_VALUE (property)', () => {
    fc.assert(
      fc.property(anyFinite, bits, scheme, groupSize, (xs, b, sch, g) => {
        const r = quantize(
          xs,
          g === undefined ? { bits: b, scheme: sch } : { bits: b, scheme: sch, groupSize: g },
        );
        [...r.q, ...r.scale, ...r.zeroPoint, ...r.dequantized].forEach((v) =>
          expect(Number.isFinite(v)).toBe(true),
        );
        // mse (and |x − x̂| for x = ±MAX_VALUE) may exceed the double range, but is never NaN
        expect([r.mse, r.maxAbsError, r.sqnrDb].some(Number.isNaN)).toBe(false);
        expect(r.sqnrDb === Infinity).toBe(r.maxAbsError === 0);
      }),
    );
  });

  it('round-trips through dequantize (property)', () => {
    fc.assert(
      fc.property(values, bits, scheme, groupSize, (xs, b, sch, g) => {
        const r = quantize(
          xs,
          g === undefined ? { bits: b, scheme: sch } : { bits: b, scheme: sch, groupSize: g },
        );
        expect(dequantize(r.q, r.scale, r.zeroPoint, g ?? xs.length)).toEqual(r.dequantized);
      }),
    );
  });

  it('never gets worse with more bits (property)', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 2, max: 15 }), scheme, (xs, b, sch) => {
        const coarse = quantize(xs, { bits: b, scheme: sch });
        const fine = quantize(xs, { bits: b + 1, scheme: sch });
        expect(fine.maxAbsError).toBeLessThanOrEqual(coarse.scale[0] ?? Number.NaN);
      }),
    );
  });
});

describe('dequantize', () => {
  it('reproduces the PyTorch quantize_per_tensor docstring example', () => {
    // torch.quantize_per_tensor([-1., 0., 1., 2.], 0.1, 10, torch.quint8).int_repr() -> [0, 10, 20, 30];
    // dequantized [-1, 0, 1, 2]; PyTorch adds its zero point 10, the survey subtracts Z = −10
    expect(dequantize([0, 10, 20, 30], [0.1], [-10])).toEqual([-1, 0, 1, 2]);
  });

  it('applies each group its own scale and zero point', () => {
    // x̂ = S_g (x_q + Z_g): group 0 → 2 · (q + 0), group 1 → 0.5 · (q − 4)
    expect(dequantize([1, 2, 4, 6], [2, 0.5], [0, -4], 2)).toEqual([2, 4, 0, 1]);
  });

  it('rejects invalid arguments', () => {
    expect(() => dequantize([1, 2], [0.1, 0.2], [0])).toThrow(
      new RangeError('scale must have one entry per group (1), got 2'),
    );
    expect(() => dequantize([1, 2, 3], [1], [0, 0], 2)).toThrow(RangeError);
    expect(() => dequantize([1.5], [1], [0])).toThrow(new RangeError('q[0] must be an integer, got 1.5'));
    expect(() => dequantize([1], [0], [0])).toThrow(new RangeError('scale[0] must be finite and > 0, got 0'));
    expect(() => dequantize([1], [1], [0.5])).toThrow(/zeroPoint\[0\] must be an integer/);
    expect(() => dequantize([], [1], [0])).toThrow(RangeError);
    expect(() => dequantize([1], [1], [0], 0)).toThrow(RangeError);
    expect(() => dequantize([1], '1' as unknown as number[], [0])).toThrow(TypeError);
    expect(() => dequantize([10], [1e308], [0])).toThrow(/must stay finite, got Infinity at q\[0\]/);
  });
});

describe('quantize at the edge of float64', () => {
  it('keeps a finite zero point for two nearly equal huge values (found by fast-check)', () => {
    const r = quantize([-1.7976931348623123e308, -1.7976931348623125e308, 0], {
      bits: 5,
      scheme: 'asymmetric',
      groupSize: 2,
    });
    expect(r.zeroPoint.every(Number.isFinite)).toBe(true);
    expect(r.dequantized.every(Number.isFinite)).toBe(true);
    expect(Number.isNaN(r.mse)).toBe(false);
  });
});
