import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expm1MinusIdentity, klEstimators } from '@/lib/alignment';

/** ∫ f(x)·φ(x) dx for the standard normal φ, by the composite Simpson rule on [−12, 12]. */
function expectUnderStandardNormal(f: (x: number) => number): number {
  const steps = 24_000;
  const h = 24 / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const x = -12 + i * h;
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * f(x) * Math.exp(-0.5 * x * x);
  }
  return (sum * h) / 3 / Math.sqrt(2 * Math.PI);
}

describe('klEstimators', () => {
  it('gives −log r, ½(log r)² and (r − 1) − log r for r = ½', () => {
    // Schulman 2020 definitions with r = p(x)/q(x) = 0.25/0.5; Python: math.log(2) = 0.6931471805599453,
    // math.log(2)**2/2 = 0.2402265069591007, math.log(2) − 0.5 = 0.1931471805599453
    const { k1, k2, k3 } = klEstimators(Math.log(0.5), Math.log(0.25));
    expect(k1).toBe(0.6931471805599453);
    expect(k2).toBe(0.2402265069591007);
    expect(k3).toBeCloseTo(0.1931471805599453, 15);
  });

  it('is zero when the two log-probabilities agree', () => {
    expect(klEstimators(-3.2, -3.2)).toEqual({ k1: -0, k2: 0, k3: 0 });
  });

  it("reproduces Schulman's experiment q = N(0, 1), p = N(1, 1) in expectation", () => {
    // "Approximating KL Divergence": true KL = 0.5; k1 and k3 unbiased, k2 bias/true = 0.25.
    // log q(x) − log p(x) = ((x − 1)² − x²)/2; the normalising constants cancel.
    const estimates = (x: number) => klEstimators(-0.5 * x * x, -0.5 * (x - 1) ** 2);
    expect(expectUnderStandardNormal((x) => estimates(x).k1)).toBeCloseTo(0.5, 9);
    expect(expectUnderStandardNormal((x) => estimates(x).k3)).toBeCloseTo(0.5, 9);
    expect(expectUnderStandardNormal((x) => estimates(x).k2) / 0.5 - 1).toBeCloseTo(0.25, 9);
  });

  it('keeps k3 accurate when the log-ratio is tiny or moderate', () => {
    // e^u − 1 − u with Python decimal at 50 digits: u = 1e-9 → 5.000000001666666e-19,
    // u = −1e-9 → 4.999999998333333e-19, u = −0.9 → 0.30656965974059913, u = 0.999 → 0.7165649053185666
    // (at u = 1e-9, expm1(u) − u gives 5.000000746056408e-19 and exp(u) − 1 − u gives 8.3e-17)
    const cases: [number, number][] = [
      [1e-9, 5.000000001666666e-19],
      [-1e-9, 4.999999998333333e-19],
      [-0.9, 0.30656965974059913],
      [0.999, 0.7165649053185666],
    ];
    for (const [u, exact] of cases) {
      expect(klEstimators(0, u).k3 / exact).toBeCloseTo(1, 14);
      expect(expm1MinusIdentity(u) / exact).toBeCloseTo(1, 14);
    }
  });

  it('rejects non-finite log-probabilities', () => {
    expect(() => klEstimators(Number.NaN, 0)).toThrow(new RangeError('logpPolicy must be finite, got NaN'));
    expect(() => klEstimators(0, -Infinity)).toThrow(new RangeError('logpRef must be finite, got -Infinity'));
    expect(() => klEstimators(0, undefined as unknown as number)).toThrow(TypeError);
    expect(() => expm1MinusIdentity(Infinity)).toThrow(new RangeError('u must be finite, got Infinity'));
  });

  it('keeps k2 and k3 non-negative, with k1 = log π − log π_ref and k2 = ½k1² (property)', () => {
    const logp = fc.double({ min: -50, max: 0, noNaN: true });
    fc.assert(
      fc.property(logp, logp, (policy, ref) => {
        const { k1, k2, k3 } = klEstimators(policy, ref);
        expect(k2).toBeGreaterThanOrEqual(0);
        expect(k3).toBeGreaterThanOrEqual(0);
        expect(k1).toBeCloseTo(policy - ref, 12);
        expect(k2).toBeCloseTo(0.5 * k1 * k1, 9);
      }),
    );
  });
});
