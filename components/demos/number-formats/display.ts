/**
 * How the number-format explorer prints numbers: stored values in full (the shortest decimal
 * that reads back as the same double, with × 10ⁿ instead of `e`), limits as powers of two.
 * Pure display; tested in tests/unit/demos/number-formats-rows.test.ts.
 */
import { formatScientific } from '@/lib/format';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer exponent in superscript digits: −24 → '⁻²⁴'. */
export function superscript(n: number): string {
  const digits = [...String(Math.abs(n))].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('');
  return n < 0 ? `⁻${digits}` : digits;
}

/**
 * A value in full: JavaScript's shortest round-trip decimal, `e` written as × 10ⁿ, the real minus
 * sign, ∞ for Infinity. Every value of the five formats is a double, so this names it exactly.
 *
 * @example exactText(0.333984375) // '0.333984375'
 * @example exactText(2e-8) // '2 × 10⁻⁸'
 * @example exactText(-Infinity) // '−∞'
 */
export function exactText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  const [mantissa = '', exponent] = String(v).split('e');
  const head = mantissa.replace(/^-/, '−');
  return exponent === undefined ? head : `${head} × 10${superscript(Number(exponent))}`;
}

/**
 * An error or other approximate quantity: three significant digits, ∞ for Infinity, — for none.
 *
 * @example approxText(0.000244140625) // '2.44 × 10⁻⁴'
 */
export function approxText(v: number | null): string {
  if (v === null || Number.isNaN(v)) return '—';
  return formatScientific(v, 3);
}

/**
 * A positive power of two as 2ⁿ with its decimal (`2⁻¹⁴ ≈ 6.104 × 10⁻⁵`), any other value in full.
 *
 * @example limitText(2 ** -24) // '2⁻²⁴ ≈ 5.96 × 10⁻⁸'
 * @example limitText(65504) // '65504'
 */
export function limitText(v: number): string {
  const k = Math.round(Math.log2(v));
  if (v > 0 && 2 ** k === v && k !== 0) {
    const decimal = Math.abs(k) < 10 ? exactText(v) : formatScientific(v, 4);
    return `2${superscript(k)} ${Math.abs(k) < 10 ? '=' : '≈'} ${decimal}`;
  }
  return Math.abs(v) >= 1e6 ? formatScientific(v, 5) : exactText(v);
}
