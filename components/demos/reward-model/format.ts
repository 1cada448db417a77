/**
 * How the reward-model demo prints numbers. Pure; tested in tests/unit/demos/reward-model-pair.test.ts.
 */
import { formatFixed } from '@/lib/format';

/**
 * A readout number with four decimals and no "−0.0000".
 *
 * @example formatValue(0.7310585786300049) // '0.7311'
 */
export function formatValue(v: number): string {
  const text = formatFixed(v, 4);
  return text === '−0.0000' ? '0.0000' : text;
}

/**
 * A reward as typed back into the slider's label: up to 4 decimals, real minus sign.
 *
 * @example formatReward(-0.25) // '−0.25'
 */
export function formatReward(v: number): string {
  return String(Number(v.toFixed(4))).replace(/^-/, '\u2212');
}

/**
 * A weight or gradient with an explicit sign and four decimals (+0.2500, −0.1250, 0.0000).
 *
 * @example formatSigned(0.25) // '+0.2500'
 */
export function formatSigned(v: number): string {
  const text = formatValue(v);
  return v > 0 && text !== '0.0000' ? `+${text}` : text;
}
