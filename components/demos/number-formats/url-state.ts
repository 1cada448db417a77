/**
 * The number-format explorer's state in the address (`?nf.x=1%2F3&nf.f=bf16`), so a link opens the
 * same view. Each preset has its own key prefix, since a page can show the demo twice. Pure;
 * tested in tests/unit/demos/number-formats-rows.test.ts.
 */
import { FLOAT_FORMATS, type FloatFormat } from '@/lib/training/float-format';
import { MAX_VALUE_TEXT } from './parse';
import type { PresetKey } from './presets';
import { LOSS_SCALE_EXPONENTS } from './rows';

export interface NumberFormatsState {
  /** the value field's text */
  readonly x: string;
  readonly format: FloatFormat;
  /** loss scale S = 2^exponent */
  readonly exponent: number;
  /** the "largest gradient" field's text */
  readonly largest: string;
}

const PREFIX: Record<PresetKey, string> = { default: 'nf', underflow: 'nf-u', overflow: 'nf-o' };

/** This instance's query keys and values; the loss-scale keys only where the panel is shown. */
export function encodeState(preset: PresetKey, s: NumberFormatsState): Record<string, string | null> {
  const p = PREFIX[preset];
  const loss = preset === 'underflow';
  return {
    [`${p}.x`]: s.x,
    [`${p}.f`]: s.format,
    [`${p}.s`]: loss ? String(s.exponent) : null,
    [`${p}.g`]: loss ? s.largest : null,
  };
}

/**
 * The state a query string gives this instance, each missing or invalid key taken from
 * `fallback`; null when the query has none of its keys.
 *
 * @example decodeState('?nf.x=1/3&nf.f=bf16', 'default', start) // { ...start, x: '1/3', format: 'bf16' }
 */
export function decodeState(
  search: string,
  preset: PresetKey,
  fallback: NumberFormatsState,
): NumberFormatsState | null {
  const query = new URLSearchParams(search);
  const p = PREFIX[preset];
  const get = (key: string) => query.get(`${p}.${key}`);
  if (!['x', 'f', 's', 'g'].some((key) => get(key) !== null)) return null;
  const text = (v: string | null, old: string) => (v !== null && v.length <= MAX_VALUE_TEXT ? v : old);
  const format = FLOAT_FORMATS.find((f) => f === get('f')) ?? fallback.format;
  const exponent = LOSS_SCALE_EXPONENTS.find((k) => String(k) === get('s')) ?? fallback.exponent;
  return { x: text(get('x'), fallback.x), format, exponent, largest: text(get('g'), fallback.largest) };
}
