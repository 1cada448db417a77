import { checkInteger } from '@/lib/utils/validate';

/** ⌊√n⌋ for a BigInt n ≥ 0, by Newton's method from an over-estimate. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Largest reduced log2 denominator handled exactly; beyond it the BigInts pass 8k bits and get slow. */
const MAX_EXACT_LOG2_DENOMINATOR = 7;

/**
 * 2^(numerator / 2^log2Denominator), correctly rounded to the nearest double — `2 ** x` in V8 may
 * be one ulp off (2 ** -0.5 gives 0.7071067811865475, not 1/√2 = 0.7071067811865476).
 *
 * Formula: write the exponent as k + s/q with q = 2^j and 0 ≤ s < q; then
 * r = ⌊2^(64 + s/q)⌋ = isqrt^j(2^(64q + s)) exactly, because ⌊√⌊x⌋⌋ = ⌊√x⌋; 2^(s/q) is irrational
 * for s > 0, so a sticky bit (2r + 1) keeps the conversion of r to a double from seeing a false
 * tie, and the result is that double times 2^(k − 64). Correctly rounded while the result is a
 * normal double. For j > 7 after reducing the fraction (ALiBi with more than 1024 heads) it falls
 * back to `2 ** x`, within an ulp.
 *
 * @param numerator an integer.
 * @param log2Denominator an integer ≥ 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is not an integer in range.
 * @example exp2Dyadic(-1, 1) // 0.7071067811865476
 */
export function exp2Dyadic(numerator: number, log2Denominator: number): number {
  let a = checkInteger('numerator', numerator, -Number.MAX_SAFE_INTEGER);
  let j = checkInteger('log2Denominator', log2Denominator, 0);
  // reduce the fraction: every halving of q halves the size of the BigInts
  while (j > 0 && a % 2 === 0) {
    a /= 2;
    j -= 1;
  }
  const q = 2 ** j;
  if (j > MAX_EXACT_LOG2_DENOMINATOR) return 2 ** (a / q);
  const k = Math.floor(a / q);
  const s = a - k * q;
  if (s === 0) return 2 ** k;
  let r = 1n << BigInt(64 * q + s);
  for (let level = 0; level < j; level++) r = isqrt(r);
  return (Number((r << 1n) | 1n) / 2) * 2 ** (k - 64);
}
