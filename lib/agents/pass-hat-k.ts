import { checkPassAtK } from '@/lib/metrics/pass-at-k';

/** Up to this many factors the ratio is computed exactly with BigInt and rounded once. */
const EXACT_FACTORS = 4096;
/** Up to this many factors a floating-point product is fast enough; beyond it, a series. */
const PRODUCT_FACTORS = 1_000_000;
/** ln of half the smallest subnormal: below it a value rounds to 0. */
const LN_UNDERFLOW = Math.log(2) * -1075;

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * num/den rounded once to the nearest double (ties to even), for integers 0 ≤ num ≤ den, den > 0:
 * the same value as CPython's `int / int` true division.
 */
function divideRounded(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // q = ⌊num·2^s/den⌋ holds at least two bits below the last one a double keeps (the 2^-1074
  // place for subnormals, hence the cap); `sticky` remembers a non-zero remainder.
  const s = Math.min(56 - (bitLength(num) - bitLength(den)), 1076);
  const scaled = num << BigInt(s);
  const q = scaled / den;
  const sticky = scaled % den !== 0n;
  const drop = Math.max(bitLength(q) - 53, s - 1074);
  const dropBig = BigInt(drop);
  let kept = q >> dropBig;
  const rest = q & ((1n << dropBig) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
  return Number(kept) * 2 ** (drop - s);
}

/** Π_{i<m} (n − M − i)/(n − i), exact then rounded once. */
function exactRatio(n: number, big: number, m: number): number {
  let num = 1n;
  let den = 1n;
  for (let i = 0; i < m; i++) {
    num *= BigInt(n - big - i);
    den *= BigInt(n - i);
  }
  return divideRounded(num, den);
}

/** Π_{i<m} (n − M − i)/(n − i) in floating point, stopping once it underflows to 0. */
function productRatio(n: number, big: number, m: number): number {
  let product = 1;
  for (let i = 0; i < m && product > 0; i++) product *= (n - big - i) / (n - i);
  return product;
}

/**
 * Π_{i<m} (1 − M/(n − i)) for many factors, when M/n < 1e-3 (the only case left once the product
 * cannot underflow): ln(1 − x) = −Σ_j x^j/j, so the log of the product is
 * −Σ_j (M^j/j)·Σ_{y=a}^{n} y^(−j) with a = n − m + 1, and each inner sum is, by Euler–Maclaurin,
 * ∫_a^n y^(−j) dy + (a^(−j) + n^(−j))/2 + j(a^(−j−1) − n^(−j−1))/12 (the next term is smaller by
 * a factor ~j²/a², negligible for a > 10^6). Powers are taken of r = M/a < 1, and every term has
 * the same sign, so nothing overflows and nothing cancels.
 */
function seriesRatio(n: number, big: number, m: number): number {
  const a = n - m + 1;
  const lnRatio = Math.log1p((m - 1) / a); // ln(n/a)
  const r = big / a;
  const s = big / n;
  let sum = 0;
  let rPower = 1; // r^(j−1)
  let sPower = 1; // s^(j−1)
  for (let j = 1; j <= 64; j++) {
    const integral = j === 1 ? big * lnRatio : (big * rPower * -Math.expm1(-(j - 1) * lnRatio)) / (j - 1);
    rPower *= r;
    sPower *= s;
    const ends = (rPower + sPower) / 2;
    const slope = (j * (rPower / a - sPower / n)) / 12;
    const term = (integral + ends + slope) / j;
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return Math.exp(-sum);
}

/**
 * pass^k — the chance that k independent tries of an agent all succeed — estimated without bias
 * from n tries of which c succeeded.
 *
 * Formula: pass^k = C(c, k)/C(n, k) (Yao et al. 2024, "τ-bench",
 * https://arxiv.org/abs/2406.12045, §3; `sierra-research/tau-bench` `run.py`:
 * `comb(c, k) / comb(num_trials, k)`, averaged over tasks there). With d = n − c, the ratio is
 * symmetric in k and d: it equals Π_{i<m} (n − M − i)/(n − i) with m = min(k, d), M = max(k, d).
 * Computed without binomials, so nothing overflows at n = 1,200 or far beyond: for m ≤ 4,096
 * exactly in BigInt and rounded once (bit-for-bit CPython's `comb(c, k) / comb(n, k)`); up to
 * 10^6 factors as a floating-point product (relative error below m·2^-52); beyond, by a series
 * accurate to ~1e-14. pass^1 = c/n; pass^k falls as k grows, unlike pass@k.
 *
 * @param n tries per task, an integer ≥ 1.
 * @param c successful tries, an integer in [0, n].
 * @param k tries that must all succeed, an integer in [1, n]; c < k gives 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is not an integer or out of its range.
 * @example passHatK(10, 7, 3) // 0.2916666666666667 (= C(7,3)/C(10,3) = 35/120)
 * @example passHatK(1200, 1199, 600) // 0.5
 */
export function passHatK(n: number, c: number, k: number): number {
  const [nn, cc, kk] = checkPassAtK(n, c, k);
  if (cc < kk) return 0;
  const d = nn - cc;
  const m = Math.min(kk, d);
  const big = Math.max(kk, d);
  if (m === 0) return 1;
  if (m <= EXACT_FACTORS) return exactRatio(nn, big, m);
  // Every factor is at most 1 − M/n, so the product is at most (1 − M/n)^m.
  if (m * Math.log1p(-big / nn) < LN_UNDERFLOW) return 0;
  return m <= PRODUCT_FACTORS ? productRatio(nn, big, m) : seriesRatio(nn, big, m);
}
