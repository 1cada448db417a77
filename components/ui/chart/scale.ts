/**
 * Scales and ticks for the chart kit: pure functions, no React, no DOM. A scale maps a data value
 * to a position; its ticks are the values an axis labels. Hand-written instead of `d3-scale` because
 * the kit needs two numeric scales and 1-2-5 ticks, not colour interpolation or time formats.
 */

export type ScaleType = 'linear' | 'log';

/** A position scale: call it with a data value to get a position in the range. */
export interface Scale {
  (value: number): number;
  readonly type: ScaleType;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The data value at a position (the inverse mapping). */
  invert(position: number): number;
  /** About `count` + 1 round values inside the domain (linear), or the 1-2-5 series (log). */
  ticks(count?: number): number[];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function checkFinite(name: string, value: number) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

/**
 * About `count` + 1 evenly spaced round values between `start` and `stop` (both included when
 * they are round): each step is 1, 2 or 5 times a power of ten, as d3-array's `ticks`. Small
 * steps are computed as i / (1/step) so that 0.3 prints as 0.3, not 0.30000000000000004.
 * Spans that overflow (±1e308) or hold only a few subnormals still give finite ticks in the domain.
 *
 * @throws RangeError if `start`, `stop` or `count` is not finite.
 * @example niceTicks(0, 1, 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 * @example niceTicks(-10, 10, 2) // [-10, 0, 10]
 */
export function niceTicks(start: number, stop: number, count: number): number[] {
  checkFinite('start', start);
  checkFinite('stop', stop);
  checkFinite('count', count);
  if (count <= 0) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [lo, hi] = reverse ? [stop, start] : [start, stop];
  if (!(hi - lo <= 1e300)) {
    // The span (or its step × 10) would overflow, as for ±1e308: tick the domain divided by a
    // power of ten, then scale back.
    const p = 10 ** Math.floor(Math.log10(Math.max(-lo, hi)));
    // (lo / p can underflow to 0, so a tick that scales back outside the domain is dropped.)
    const ticks = niceTicks(lo / p, hi / p, count)
      .map((v) => v * p)
      .filter((v) => v >= lo && v <= hi);
    return reverse ? ticks.reverse() : ticks;
  }
  const step = (hi - lo) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  // Round, then step inwards if rounding left the domain (1.14 · 50 is 56.99999999999999).
  let i0: number;
  let i1: number;
  let at: (i: number) => number;
  if (power < 0) {
    // 1/step is an integer here, so i / inverse is exact to the last digit.
    const inverse = 10 ** -power / factor;
    at = (i) => i / inverse;
    [i0, i1] = [Math.round(lo * inverse), Math.round(hi * inverse)];
  } else {
    const inc = 10 ** power * factor;
    at = (i) => i * inc;
    [i0, i1] = [Math.round(lo / inc), Math.round(hi / inc)];
  }
  // A span tiny next to its values (1 … 1 + 2⁻⁵²) or a few subnormals wide has no decimal grid
  // that doubles can count along: label its two ends.
  if (!(Math.abs(i0) < 1e15 && Math.abs(i1) < 1e15)) return reverse ? [hi, lo] : [lo, hi];
  if (at(i0) < lo) i0++;
  if (at(i1) > hi) i1--;
  const out: number[] = [];
  for (let i = i0; i <= i1; i++) out.push(at(i));
  // Math.round(-0.4) is −0; an axis should print 0.
  const ticks = out.map((v) => (Object.is(v, -0) ? 0 : v));
  return reverse ? ticks.reverse() : ticks;
}

/**
 * The 1-2-5 series (1, 2, 5, 10, 20, 50, …) inside [start, stop], both positive: the round values
 * of a log axis. Over more than six decades only the powers of ten are kept, and over more than
 * ten only every 2nd, 3rd, … power, so labels never crowd.
 *
 * @throws RangeError unless both bounds are finite and > 0.
 * @example logTicks(1, 200) // [1, 2, 5, 10, 20, 50, 100, 200]
 */
export function logTicks(start: number, stop: number): number[] {
  checkFinite('start', start);
  checkFinite('stop', stop);
  if (start <= 0 || stop <= 0) throw new RangeError('log ticks need a positive domain');
  const [lo, hi] = start <= stop ? [start, stop] : [stop, start];
  const p0 = Math.floor(Math.log10(lo));
  const p1 = Math.ceil(Math.log10(hi));
  const mantissas = p1 - p0 > 6 ? [1] : [1, 2, 5];
  // Over many decades every 2nd, 3rd, … power, so there are never more than about ten labels.
  const every = Math.max(1, Math.ceil((p1 - p0) / 10));
  const out: number[] = [];
  for (let p = p0; p <= p1; p++) {
    if (p % every !== 0) continue;
    for (const m of mantissas) {
      // m / 10^−p keeps 0.2 exact where m · 10^p would give 0.20000000000000004.
      const v = p < 0 ? m / 10 ** -p : m * 10 ** p;
      // A relative tolerance keeps bounds that are themselves round (log10 may round them off).
      if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(v);
    }
  }
  return start <= stop ? out : out.reverse();
}

function build(
  type: ScaleType,
  domain: readonly [number, number],
  range: readonly [number, number],
  forward: (v: number) => number,
  inverse: (t: number) => number,
  clamp: boolean,
  ticks: (count: number) => number[],
): Scale {
  const [d0, d1] = [forward(domain[0]), forward(domain[1])];
  const [r0, r1] = range;
  const span = d1 - d0;
  // A degenerate domain (one value) sits in the middle of the range instead of dividing by 0.
  const scale = ((value: number) => {
    if (span === 0) return (r0 + r1) / 2;
    let t = (forward(value) - d0) / span;
    if (clamp) t = Math.min(1, Math.max(0, t));
    return r0 + t * (r1 - r0);
  }) as Scale;
  return Object.assign(scale, {
    type,
    domain,
    range,
    invert: (position: number) =>
      r1 === r0 ? domain[0] : inverse(d0 + ((position - r0) / (r1 - r0)) * span),
    ticks: (count = 5) => ticks(count),
  });
}

/**
 * A linear scale: value ↦ r0 + (value − d0)/(d1 − d0) · (r1 − r0), as d3's `scaleLinear`.
 * A domain wider than the largest double (e.g. ±1e308) is divided by its largest magnitude first,
 * so positions stay finite. `clamp` keeps positions inside the range.
 *
 * @throws RangeError if a bound is not finite.
 * @example linearScale([10, 130], [0, 960])(20) // 80
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): Scale {
  domain.forEach((v, i) => checkFinite(`domain[${i}]`, v));
  range.forEach((v, i) => checkFinite(`range[${i}]`, v));
  // (d1 − d0) overflows to Infinity for ±1e308; scaling by the largest magnitude keeps it finite.
  const m = Number.isFinite(domain[1] - domain[0]) ? 1 : Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  return build(
    'linear',
    domain,
    range,
    (v) => v / m,
    (u) => u * m,
    clamp,
    (count) => niceTicks(domain[0], domain[1], count),
  );
}

/**
 * A base-10 log scale: position linear in log10(value), as d3's `scaleLog`. Its ticks are the
 * 1-2-5 series (see `logTicks`).
 *
 * @throws RangeError unless both bounds are finite and > 0.
 * @example logScale([1, 10], [0, 1])(5) // 0.69897 (= log10 5)
 */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): Scale {
  domain.forEach((v, i) => checkFinite(`domain[${i}]`, v));
  range.forEach((v, i) => checkFinite(`range[${i}]`, v));
  if (domain[0] <= 0 || domain[1] <= 0) throw new RangeError('a log scale needs a positive domain');
  return build(
    'log',
    domain,
    range,
    Math.log10,
    (u) => 10 ** u,
    clamp,
    () => logTicks(domain[0], domain[1]),
  );
}
