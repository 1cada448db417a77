import { checkNumber, checkNumberArray, describeValue } from '@/lib/utils/validate';
import type { QuantizeOptions } from './quantize';

/**
 * Every value a group can be reconstructed to: the quantization grid of {@link quantize} for one
 * scale S and zero point Z.
 *
 * Formula: { S · (k + Z) : k = lo … hi }, with [lo, hi] = [−(2^(b−1) − 1), 2^(b−1) − 1] for the
 * symmetric scheme (restricted range, 2^b − 1 levels) and [0, 2^b − 1] for the asymmetric one
 * (2^b levels), as in `quantize` (x̂ = S (x_q + Z), Zhao et al., arXiv 2303.18223).
 *
 * @param options `{ bits, scheme }` as for `quantize` (bits an integer in [2, 16]).
 * @param scale S, finite and > 0 (`quantize(…).scale[g]`).
 * @param zeroPoint Z, an integer (`quantize(…).zeroPoint[g]`).
 * @throws {TypeError} when an argument has the wrong type.
 * @throws {RangeError} when `bits` is not an integer in [2, 16], `scheme` is unknown, `scale` is
 *   not finite and > 0, or `zeroPoint` is not an integer.
 * @example quantizationGrid({ bits: 2, scheme: 'asymmetric' }, 1, -1) // [-1, 0, 1, 2]
 * @example quantizationGrid({ bits: 2, scheme: 'symmetric' }, 0.5, 0) // [-0.5, 0, 0.5]
 */
export function quantizationGrid(
  options: Pick<QuantizeOptions, 'bits' | 'scheme'>,
  scale: number,
  zeroPoint: number,
): number[] {
  const bits = checkNumber(
    'bits',
    options.bits,
    (b) => Number.isInteger(b) && b >= 2 && b <= 16,
    'an integer in [2, 16]',
  );
  if (options.scheme !== 'symmetric' && options.scheme !== 'asymmetric') {
    throw new RangeError(`scheme must be 'symmetric' or 'asymmetric', got ${describeValue(options.scheme)}`);
  }
  const s = checkNumber('scale', scale, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const z = checkNumber('zeroPoint', zeroPoint, Number.isInteger, 'an integer');
  const half = 2 ** (bits - 1) - 1;
  const [lo, hi] = options.scheme === 'symmetric' ? [-half, half] : [0, 2 ** bits - 1];
  const grid: number[] = [];
  for (let k = lo; k <= hi; k++) grid.push(s * (k + z) + 0);
  return grid;
}

/**
 * How many different values an array holds: after quantization, the number of grid levels the
 * reconstruction actually uses (an outlier that stretches the scale leaves the small weights
 * sharing a handful of levels).
 *
 * Formula: |{ v_i }|, with 0 and −0 counted as one value (SameValueZero, as `Set` compares).
 *
 * @param values finite numbers (may be empty: 0).
 * @throws {TypeError} when `values` is not an array of numbers.
 * @throws {RangeError} when an entry is `NaN` or ±Infinity.
 * @example distinctCount([0.5, 0.5, -0, 0, 1]) // 3
 */
export function distinctCount(values: readonly number[]): number {
  const xs = checkNumberArray('values', values);
  xs.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`values[${i}] must be finite, got ${describeValue(x)}`);
  });
  return new Set(xs).size;
}
