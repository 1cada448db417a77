import {
  checkInteger,
  checkNumber,
  checkNumberArray,
  checkObject,
  describeValue,
} from '@/lib/utils/validate';

/** Options of {@link quantize}. */
export interface QuantizeOptions {
  /** Bit width b, an integer in [2, 16]. */
  bits: number;
  /** 'symmetric' (Z = 0, restricted signed range) or 'asymmetric' (min–max, unsigned range). */
  scheme: 'symmetric' | 'asymmetric';
  /** Elements per group (consecutive; the last group may be shorter); omitted = one group. */
  groupSize?: number;
}

/** Result of {@link quantize}; `scale` and `zeroPoint` hold one entry per group. */
export interface QuantizeResult {
  q: number[];
  scale: number[];
  zeroPoint: number[];
  dequantized: number[];
  mse: number;
  maxAbsError: number;
  sqnrDb: number;
}

/**
 * R, round half to even ("banker's rounding"), as numpy `np.round`, `torch.round` and PyTorch's
 * quantize kernels (`std::nearbyint`) do: 0.5 → 0, 1.5 → 2, 2.5 → 2, −0.5 → 0. `Math.round` would
 * send every .5 up (2.5 → 3, −2.5 → −2), biasing the error. The `+ 0` turns −0 into 0.
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  const tie = r - x === 0.5 && r % 2 !== 0;
  return (tie ? r - 1 : r) + 0;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function checkFiniteArray(name: string, value: unknown): readonly number[] {
  const xs = checkNumberArray(name, value);
  if (xs.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  xs.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}] must be finite, got ${describeValue(x)}`);
  });
  return xs;
}

/** Splits [0, length) into consecutive [start, end) groups of `size` (the last may be shorter). */
function groups(length: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < length; start += size) out.push([start, Math.min(length, start + size)]);
  return out;
}

/** S and Z for one group, chosen so that S > 0 and a constant group reconstructs exactly. */
function groupParams(xs: readonly number[], bits: number, symmetric: boolean): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  if (symmetric) {
    const absMax = Math.max(Math.abs(min), Math.abs(max));
    // All zeros: any S reconstructs 0 exactly; 1 avoids 0/0. The floor at the smallest subnormal
    // keeps a tiny absMax / (2^(b−1) − 1) that underflows to 0 from dividing by zero.
    return [absMax === 0 ? 1 : Math.max(absMax / (2 ** (bits - 1) - 1), Number.MIN_VALUE), 0];
  }
  if (max === min) {
    // Constant group: S = |c| and Z = R(c / S) = ±1 give x_q = 0 and x̂ = S · Z = c exactly.
    const s = min === 0 ? 1 : Math.abs(min);
    return [s, roundHalfEven(min / s)];
  }
  // Dividing before subtracting keeps (max − min) from overflowing. A range narrower than float64
  // can resolve at this magnitude (|x| · 2^−52) is floored there, so min / S stays a finite integer
  // (no ±Infinity zero point for two nearly equal huge values); the subnormal floor avoids 0 / 0.
  const levels = 2 ** bits - 1;
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  const s = Math.max(max / levels - min / levels, magnitude * 2 ** -52, Number.MIN_VALUE);
  return [s, roundHalfEven(min / s)];
}

/**
 * Uniform (integer) quantization of a vector, per tensor or per group, with its dequantized
 * reconstruction and error statistics.
 *
 * Formula (Zhao et al., "A Survey of Large Language Models", arXiv 2303.18223, §"Quantization";
 * Gholami et al. 2021, "A Survey of Quantization Methods for Efficient Neural Network Inference",
 * arXiv 2103.13630, §III): x_q = R(x / S) − Z, clamped to the integer range; x̂ = S · (x_q + Z).
 * - asymmetric: S = (max − min) / (2^b − 1), Z = R(min / S), x_q ∈ [0, 2^b − 1]. Then min ↦ 0 and
 *   max ↦ 2^b − 1, and x_q + Z = R(x / S), so |x − x̂| ≤ S / 2. The range is not widened to
 *   include 0, so 0 itself need not be exact (PyTorch's observers widen it; the surveys do not).
 * - symmetric: S = max|x| / (2^(b−1) − 1), Z = 0, x_q ∈ [−(2^(b−1) − 1), 2^(b−1) − 1] (the
 *   "restricted range": −2^(b−1) is unused so the grid is symmetric about 0).
 * R is round-half-to-even ({@link roundHalfEven}). Each group of `groupSize` consecutive elements
 * gets its own S and Z. A group whose scale would be 0 (all zeros, or all equal in the
 * asymmetric scheme) gets S = |c| (1 for c = 0) so nothing divides by zero and it reconstructs
 * exactly. Scales are floored at `Number.MIN_VALUE`, so subnormal inputs never divide by zero
 * (the S/2 bound then holds only to subnormal precision). Note the sign convention: here Z is
 * subtracted (Z = R(min/S) ≤ 0 for min ≤ 0); PyTorch and Jacob et al. 2018 add it
 * (q = R(x/S) + Z′ with Z′ = −Z).
 * Statistics: mse = mean (x − x̂)², maxAbsError = max |x − x̂|, sqnrDb = 10 log10(Σx² / Σ(x − x̂)²)
 * (`Infinity` when the reconstruction is exact), computed without intermediate overflow; x̂ is
 * clamped to ±Number.MAX_VALUE (S · (x_q + Z) can round past it for inputs near the limit).
 *
 * @param x the values, finite, non-empty.
 * @param options `{ bits, scheme, groupSize? }`: bits an integer in [2, 16] (at 1 bit the
 *   restricted symmetric grid would be {0} alone, 2^0 − 1 = 0), groupSize an integer ≥ 1.
 * @throws {TypeError} when `x` is not an array of numbers, `options` is not an object, or an
 *   option has the wrong type.
 * @throws {RangeError} when `x` is empty or has a `NaN` / ±Infinity entry, `bits` is not an
 *   integer in [2, 16], `scheme` is not 'symmetric' or 'asymmetric', or `groupSize` is not an
 *   integer ≥ 1.
 * @example quantize([-1, 0, 0.5, 1], { bits: 8, scheme: 'symmetric' }).q // [-127, 0, 64, 127] (S = 1/127)
 * @example quantize([0, 1, 2, 3], { bits: 2, scheme: 'asymmetric' }) // q [0, 1, 2, 3], S 1, Z 0, mse 0
 */
export function quantize(x: readonly number[], options: QuantizeOptions): QuantizeResult {
  const xs = checkFiniteArray('x', x);
  const opts = checkObject('options', options);
  const bits = checkNumber(
    'bits',
    opts.bits,
    (b) => Number.isInteger(b) && b >= 2 && b <= 16,
    'an integer in [2, 16]',
  );
  if (typeof opts.scheme !== 'string') {
    throw new TypeError(`scheme must be 'symmetric' or 'asymmetric', got ${describeValue(opts.scheme)}`);
  }
  if (opts.scheme !== 'symmetric' && opts.scheme !== 'asymmetric') {
    throw new RangeError(`scheme must be 'symmetric' or 'asymmetric', got ${describeValue(opts.scheme)}`);
  }
  const symmetric = opts.scheme === 'symmetric';
  const groupSize = opts.groupSize === undefined ? xs.length : checkInteger('groupSize', opts.groupSize, 1);
  const [lo, hi] = symmetric ? [-(2 ** (bits - 1) - 1), 2 ** (bits - 1) - 1] : [0, 2 ** bits - 1];

  const q: number[] = [];
  const scale: number[] = [];
  const zeroPoint: number[] = [];
  for (const [start, end] of groups(xs.length, groupSize)) {
    const [s, z] = groupParams(xs.slice(start, end), bits, symmetric);
    scale.push(s);
    zeroPoint.push(z);
    for (let i = start; i < end; i++) q.push(clamp(roundHalfEven((xs[i] ?? 0) / s) - z, lo, hi));
  }
  // S · (x_q + Z) approximates a finite x, so rounding past ±MAX_VALUE is only an artefact.
  const dequantized = reconstruct(q, scale, zeroPoint, groupSize).map((v) =>
    clamp(v, -Number.MAX_VALUE, Number.MAX_VALUE),
  );
  return { q, scale, zeroPoint, dequantized, ...errorStats(xs, dequantized) };
}

/**
 * mse, max |error| and SQNR in dB without spurious overflow or underflow: errors are taken as
 * x/2 − x̂/2 (finite even for x = MAX_VALUE, x̂ = −MAX_VALUE) and summed relative to the largest,
 * so a 1e-200 error beside 1 still gives a finite SQNR instead of 0² = 0 → Infinity.
 */
function errorStats(xs: readonly number[], xHat: readonly number[]) {
  const halves = xs.map((v, i) => v / 2 - (xHat[i] ?? 0) / 2);
  const maxHalf = halves.reduce((m, d) => Math.max(m, Math.abs(d)), 0);
  if (maxHalf === 0) return { mse: 0, maxAbsError: 0, sqnrDb: Infinity };
  const absMax = xs.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const noise = halves.reduce((acc, d) => acc + (d / maxHalf) ** 2, 0);
  const signal = xs.reduce((acc, v) => acc + (v / absMax) ** 2, 0);
  return {
    mse: (2 * maxHalf) ** 2 * (noise / xs.length),
    maxAbsError: 2 * maxHalf,
    sqnrDb: 20 * (Math.log10(absMax) - Math.log10(2 * maxHalf)) + 10 * Math.log10(signal / noise),
  };
}

/** x̂ = S_g (x_q + Z_g), unchecked. */
function reconstruct(
  q: readonly number[],
  scale: readonly number[],
  zeroPoint: readonly number[],
  size: number,
) {
  return q.map((v, i) => {
    const g = Math.floor(i / size);
    return (scale[g] ?? Number.NaN) * (v + (zeroPoint[g] ?? Number.NaN));
  });
}

/**
 * Reconstructs real values from quantized integers and their per-group scale and zero point.
 *
 * Formula: x̂_i = S_g · (x_q,i + Z_g), g = ⌊i / groupSize⌋ (Zhao et al., arXiv 2303.18223;
 * Gholami et al., arXiv 2103.13630: r̃ = S (Q(r) + Z)). The inverse of {@link quantize} up to the
 * rounding error.
 *
 * @param q quantized values, integers, non-empty.
 * @param scale one finite S > 0 per group.
 * @param zeroPoint one integer Z per group.
 * @param groupSize an integer ≥ 1; omitted = one group (then `scale` and `zeroPoint` have length 1).
 * @throws {TypeError} when an array is not an array of numbers or `groupSize` is not a number.
 * @throws {RangeError} when `q` is empty or has a non-integer, a scale is not finite and > 0, a
 *   zero point is not an integer, `groupSize` is not an integer ≥ 1, or the number of scales or
 *   zero points differs from the number of groups ⌈q.length / groupSize⌉, or a reconstructed
 *   value overflows to ±Infinity.
 * @example dequantize([0, 10, 20, 30], [0.1], [-10]) // [-1, 0, 1, 2] (PyTorch's scale 0.1, zero_point 10)
 */
export function dequantize(
  q: readonly number[],
  scale: readonly number[],
  zeroPoint: readonly number[],
  groupSize?: number,
): number[] {
  const qs = checkFiniteArray('q', q);
  qs.forEach((v, i) => {
    if (!Number.isInteger(v)) throw new RangeError(`q[${i}] must be an integer, got ${describeValue(v)}`);
  });
  const scales = checkNumberArray('scale', scale);
  scales.forEach((s, i) =>
    checkNumber(`scale[${i}]`, s, (v) => Number.isFinite(v) && v > 0, 'finite and > 0'),
  );
  const zeros = checkNumberArray('zeroPoint', zeroPoint);
  zeros.forEach((z, i) => checkNumber(`zeroPoint[${i}]`, z, Number.isInteger, 'an integer'));
  const size = groupSize === undefined ? qs.length : checkInteger('groupSize', groupSize, 1);
  const groupCount = Math.ceil(qs.length / size);
  for (const [name, arr] of [
    ['scale', scales],
    ['zeroPoint', zeros],
  ] as const) {
    if (arr.length !== groupCount) {
      throw new RangeError(`${name} must have one entry per group (${groupCount}), got ${arr.length}`);
    }
  }
  const out = reconstruct(qs, scales, zeros, size);
  out.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      throw new RangeError(`scale · (q + zeroPoint) must stay finite, got ${describeValue(v)} at q[${i}]`);
    }
  });
  return out;
}
