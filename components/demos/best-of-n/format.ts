/**
 * How the best-of-n demo prints numbers. Pure; tested in tests/unit/demos/best-of-n-compute.test.ts.
 */
import { groupDigits } from '@/components/demos/shared/number-field';
import { formatFixed, formatScientific } from '@/lib/format';

/**
 * A KL or ln N with four decimals (no "−0.0000").
 *
 * @example formatNats(0.6362943611198906) // '0.6363'
 */
export function formatNats(v: number): string {
  const text = formatFixed(v, 4);
  return text === '−0.0000' ? '0.0000' : text;
}

/**
 * A whole N with thousands separators.
 *
 * @example formatN(60000) // '60,000'
 */
export function formatN(n: number): string {
  return groupDigits(n);
}

/**
 * A value of the over-optimisation view (d, KL, R) with four significant digits, scientific when
 * tiny or huge, and no "−0".
 *
 * @example formatValue(2) // '2'
 * @example formatValue(Math.E) // '2.718'
 */
export function formatValue(v: number): string {
  const text = formatScientific(v, 4);
  return text === '−0' ? '0' : text;
}
