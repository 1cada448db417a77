import { checkNumber } from '@/lib/utils/validate';

/**
 * log σ(x), the log of the logistic function, without overflow or cancellation.
 *
 * Formula: log σ(x) = −softplus(−x) = −(max(−x, 0) + log1p(e^−|x|)). For x ≥ 0 this is
 * −log1p(e^−x), so log σ(40) = −4.248354255291589e-18 rather than the naive −log(1) = 0; for
 * x < 0 it is x − log1p(e^x), so log σ(−1000) = −1000 rather than log(0) = −Infinity. The same
 * split as torch `F.logsigmoid` and scipy `special.log_expit`
 * (https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log_expit.html).
 *
 * @param x any number but NaN; ±Infinity give the limits 0 and −Infinity.
 * @throws {TypeError} when x is not a number.
 * @throws {RangeError} when x is NaN.
 * @example logSigmoid(0) // -0.6931471805599453 (= −ln 2)
 */
export function logSigmoid(x: number): number {
  checkNumber('x', x, (v) => !Number.isNaN(v), 'a number (not NaN)');
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}
