import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale, logTicks, niceTicks } from '@/components/ui/chart/scale';

describe('niceTicks', () => {
  it('returns about count + 1 steps of 1, 2 or 5 × 10^k', () => {
    // d3-array test/ticks-test.js "returns approximately count + 1 ticks when start < stop"
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(niceTicks(0, 1, 7)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 1, 3)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 1, 1)).toEqual([0, 1]);
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(-10, 10, 6)).toEqual([-10, -5, 0, 5, 10]);
    expect(niceTicks(-10, 10, 2)).toEqual([-10, 0, 10]);
    expect(niceTicks(-10, 10, 1)).toEqual([0]);
  });

  it('keeps only round values inside the domain', () => {
    // d3-array ticks-test.js "remains within the domain"; d3js.org d3-array/ticks examples
    expect(niceTicks(0, 2.2, 3)).toEqual([0, 1, 2]);
    expect(niceTicks(1, 9, 5)).toEqual([2, 4, 6, 8]);
    expect(niceTicks(1, 9, 20)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9]);
  });

  it('prints small steps exactly (no 1.0200000000000002)', () => {
    // d3-array ticks-test.js "handles precision problems"
    expect(niceTicks(0.98, 1.14, 10)).toEqual([0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14]);
  });

  it('returns the reverse for a descending domain, and never −0', () => {
    // d3-array ticks-test.js "returns the reverse of ticks(stop, start, count)", "does not include negative zero"
    expect(niceTicks(1, 0, 5)).toEqual([1, 0.8, 0.6, 0.4, 0.2, 0]);
    expect(Object.is(niceTicks(-1, 0, 5).at(-1), 0)).toBe(true);
  });

  it('handles a one-value domain and a non-positive count', () => {
    // d3-array ticks-test.js: ticks(1, 1, 10) → [1]; ticks(0, 1, 0) → []
    expect(niceTicks(1, 1, 10)).toEqual([1]);
    expect(niceTicks(0, 1, 0)).toEqual([]);
    expect(niceTicks(0, 1, -1)).toEqual([]);
  });

  it('throws on a bound or count that is not finite (d3 would return [])', () => {
    expect(() => niceTicks(Number.NaN, 1, 5)).toThrow(RangeError);
    expect(() => niceTicks(0, Infinity, 5)).toThrow(RangeError);
    expect(() => niceTicks(0, 1, Infinity)).toThrow(RangeError);
  });

  it('stays finite at the extremes of the doubles', () => {
    // the span 3e308 overflows: the ticks of [−1.5, 1.5] (step 1), scaled by 1e308
    expect(niceTicks(-1.5e308, 1.5e308, 4)).toEqual([-1e308, 0, 1e308]);
    // five subnormals apart: no decimal step fits, so the two ends
    expect(niceTicks(0, 2.5e-323, 5)).toEqual([0, 2.5e-323]);
  });

  it('gives ascending ticks inside any finite domain', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 1, max: 20 }), (a, b, count) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const ticks = niceTicks(lo, hi, count);
        ticks.forEach((t, i) => {
          expect(Number.isFinite(t)).toBe(true);
          expect(t).toBeGreaterThanOrEqual(lo);
          expect(t).toBeLessThanOrEqual(hi);
          if (i > 0) expect(t).toBeGreaterThan(ticks[i - 1]!);
        });
        // never far more than asked for: the step is at least (hi − lo) / count · 2/√10
        // (a raw step just under √10 · 10^k rounds down to 2 · 10^k)
        expect(ticks.length).toBeLessThanOrEqual(Math.floor((Math.sqrt(10) / 2) * count) + 2);
      }),
    );
  });
});

describe('logTicks', () => {
  it('lists the 1-2-5 series inside the domain', () => {
    // the 1–2–5 series of preferred values: 1, 2, 5, 10, 20, 50, 100, 200, …
    expect(logTicks(1, 200)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(logTicks(0.1, 1)).toEqual([0.1, 0.2, 0.5, 1]);
    expect(logTicks(3, 40)).toEqual([5, 10, 20]);
    expect(logTicks(200, 1)).toEqual([200, 100, 50, 20, 10, 5, 2, 1]);
  });

  it('keeps only powers of ten over more than six decades', () => {
    expect(logTicks(1, 1e8)).toEqual([1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]);
  });

  it('thins the powers of ten over more than ten decades', () => {
    expect(logTicks(1, 1e20)).toEqual([1, 100, 1e4, 1e6, 1e8, 1e10, 1e12, 1e14, 1e16, 1e18, 1e20]);
  });

  it('gives ascending 1-2-5 values inside any positive domain', () => {
    const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const ticks = logTicks(lo, hi);
        ticks.forEach((t, i) => {
          expect(t).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
          expect(t).toBeLessThanOrEqual(hi * (1 + 1e-12));
          if (i > 0) expect(t).toBeGreaterThan(ticks[i - 1]!);
          const mantissa = Number((t / 10 ** Math.floor(Math.log10(t))).toPrecision(6));
          expect([1, 2, 5]).toContain(mantissa);
        });
      }),
    );
  });

  it('throws unless the domain is positive and finite', () => {
    expect(() => logTicks(0, 10)).toThrow(RangeError);
    expect(() => logTicks(-1, 10)).toThrow(RangeError);
    expect(() => logTicks(1, Infinity)).toThrow(RangeError);
  });
});

describe('linearScale', () => {
  it('maps the domain linearly onto the range and back', () => {
    // d3js.org d3-scale/linear: scaleLinear([10, 130], [0, 960]); x(20) → 80, x(50) → 320
    const x = linearScale([10, 130], [0, 960]);
    expect(x(20)).toBeCloseTo(80, 12);
    expect(x(50)).toBeCloseTo(320, 12);
    expect(x.invert(80)).toBeCloseTo(20, 12);
    expect(x.invert(320)).toBeCloseTo(50, 12);
  });

  it('extrapolates outside the domain unless clamped', () => {
    // d3 scaleLinear().domain([0, 100]).range([0, 500]): 105 → 525, or 500 with clamp(true)
    expect(linearScale([0, 100], [0, 500])(105)).toBeCloseTo(525, 12);
    expect(linearScale([0, 100], [0, 500], { clamp: true })(105)).toBe(500);
    expect(linearScale([0, 100], [0, 500], { clamp: true })(-5)).toBe(0);
  });

  it('runs a y axis upwards with a reversed range', () => {
    const y = linearScale([0, 1], [190, 10]);
    expect(y(0)).toBe(190);
    expect(y(1)).toBe(10);
    expect(y(0.5)).toBe(100);
  });

  it('puts every value of a one-value domain in the middle of the range', () => {
    const x = linearScale([3, 3], [0, 100]);
    expect(x(3)).toBe(50);
    expect(x(7)).toBe(50);
    expect(x.ticks()).toEqual([3]);
  });

  it('stays finite for a domain wider than the largest double', () => {
    // 1e308 − (−1e308) overflows to Infinity; the positions must not be NaN
    const y = linearScale([-1e308, 1e308], [0, 100]);
    expect(y(0)).toBe(50);
    expect(y(1e308)).toBe(100);
    expect(y(-1e308)).toBe(0);
    expect(y.invert(50)).toBe(0);
  });

  it('offers the nice ticks of its domain', () => {
    expect(linearScale([0, 1], [0, 100]).ticks(4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('throws on a bound that is not finite', () => {
    expect(() => linearScale([0, Infinity], [0, 1])).toThrow(RangeError);
    expect(() => linearScale([0, 1], [Number.NaN, 1])).toThrow(RangeError);
  });

  it('inverts what it maps', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, (a, b, v) => {
        fc.pre(Math.abs(b - a) > 1e-3);
        const x = linearScale([a, b], [0, 500]);
        expect(x.invert(x(v))).toBeCloseTo(v, 3);
      }),
    );
  });
});

describe('logScale', () => {
  it('is linear in log10 of the value', () => {
    // d3-scale test/log-test.js: domain [1, 10] → x(5) = 0.69897, x(3.162278) = 0.5, invert(0.69897) = 5
    const x = logScale([1, 10], [0, 1]);
    expect(x(5)).toBeCloseTo(0.69897, 5);
    expect(x(3.162278)).toBeCloseTo(0.5, 6);
    expect(x.invert(0.69897)).toBeCloseTo(5, 4);
    // d3-scale log-test.js: domain [1, 2] → x(0.5) = −1, x(1.5) = 0.5849625, x(2.5) = 1.3219281
    const y = logScale([1, 2], [0, 1]);
    expect(y(0.5)).toBeCloseTo(-1, 7);
    expect(y(1.5)).toBeCloseTo(0.5849625, 7);
    expect(y(2.5)).toBeCloseTo(1.3219281, 7);
  });

  it('clamps only when asked', () => {
    // d3-scale log-test.js "does not clamp by default": x(0.5) = −0.30103; clamp(true): x(15) = 1
    expect(logScale([1, 10], [0, 1])(0.5)).toBeCloseTo(-0.30103, 5);
    expect(logScale([1, 10], [0, 1], { clamp: true })(15)).toBe(1);
  });

  it('puts a one-value domain in the middle (pass@k at n = 1)', () => {
    expect(logScale([1, 1], [38, 306])(1)).toBe(172);
    expect(logScale([1, 1], [38, 306]).ticks()).toEqual([1]);
  });

  it('offers the 1-2-5 ticks of its domain', () => {
    expect(logScale([1, 200], [0, 1]).ticks()).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
  });

  it('throws unless the domain is positive', () => {
    expect(() => logScale([0, 10], [0, 1])).toThrow(RangeError);
    expect(() => logScale([-1, 10], [0, 1])).toThrow(RangeError);
  });
});
