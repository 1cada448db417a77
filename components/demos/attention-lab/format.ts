/**
 * How the attention and position labs print lib's numbers. Pure display rules, no formulas.
 */
import { formatFixed } from '@/lib/format';

/**
 * An ALiBi slope as the paper writes it: 1/2, 1/4, … when its reciprocal is a whole number,
 * otherwise six significant digits (2^(−1/2) → 0.707107).
 *
 * @example formatSlope(0.00390625) // '1/256'
 * @example formatSlope(0.7071067811865476) // '0.707107'
 */
export function formatSlope(m: number): string {
  const inverse = 1 / m;
  if (Number.isInteger(inverse) && inverse > 1) return `1/${inverse}`;
  return formatFixedSignificant(m, 6);
}

/**
 * `digits` significant digits without trailing zeros, negatives with U+2212.
 *
 * @example formatFixedSignificant(-0.41614683654, 3) // '−0.416'
 */
export function formatFixedSignificant(value: number, digits: number): string {
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits))).replace(/^-/, '−');
}

/**
 * An attention weight: a masked key's exact 0 prints as '0', every other weight with three
 * decimals (so a tiny but allowed weight shows as 0.000, not as masked).
 *
 * @example formatWeight(0.3333333, true) // '0.333'
 * @example formatWeight(0, false) // '0'
 */
export function formatWeight(w: number, allowed: boolean): string {
  return allowed ? formatFixed(w, 3) : '0';
}

/**
 * A score or matrix entry with `digits` decimals; −∞ for a masked score; a value that rounds to
 * zero prints without a sign.
 *
 * @example formatEntry(-Infinity) // '−∞'
 * @example formatEntry(-0.0004) // '0.00'
 */
export function formatEntry(v: number, digits = 2): string {
  const text = formatFixed(v, digits);
  return /^−0\.?0*$/.test(text) ? text.slice(1) : text;
}
