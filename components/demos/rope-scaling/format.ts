/**
 * How the RoPE-scaling explorer prints lengths and frequencies. Pure display; tested in
 * tests/unit/demos/rope-scaling-compute.test.ts.
 */
import { groupDigits } from '@/components/demos/shared/number-field';
import { superscript } from '@/components/demos/number-formats/display';
import { formatFixed, formatScientific } from '@/lib/format';

/**
 * A wavelength or context length in positions: four significant digits below 1,000, whole
 * positions with thousands separators above (they are compared with lengths such as 8,192).
 *
 * @example formatLength(6.283185307179586) // '6.283'
 * @example formatLength(54410.14) // '54,410'
 */
export function formatLength(x: number): string {
  if (!Number.isFinite(x)) return formatScientific(x, 4);
  if (x < 1000) return String(Number(x.toPrecision(4)));
  const rounded = Math.round(x);
  return Number.isSafeInteger(rounded) ? groupDigits(rounded) : formatScientific(x, 4);
}

/** A stretch factor λ′/λ: '×8.00'. */
export const formatRatio = (r: number) => `×${formatFixed(r, 2)}`;

/** An inverse frequency θᵢ to four significant digits: '1.155 × 10⁻⁴'. */
export const formatTheta = (f: number) => formatScientific(f, 4);

/** A log-axis tick: 1, 10, 100, 1000, then 10⁴, 10⁵ … (2 and 5 as 2·10ⁿ, 5·10ⁿ). */
export function formatLogTick(v: number): string {
  if (v < 10000) return String(v);
  const power = Math.floor(Math.log10(v) + 1e-9);
  const lead = Math.round(v / 10 ** power);
  return lead === 1 ? `10${superscript(power)}` : `${lead}·10${superscript(power)}`;
}
