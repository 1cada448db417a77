/**
 * Display formatting for demo readouts. Pure; never returns "NaN" or "undefined": values that
 * have no finite rendering are spelled out (∞, −∞) and NaN is rejected.
 */

function checkFinite(name: string, value: number) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${typeof value}`);
  if (Number.isNaN(value)) throw new RangeError(`${name} must not be NaN`);
}

/**
 * A probability or other value with a fixed number of decimals; ±Infinity as ∞ / −∞.
 * @example formatFixed(0.30769, 2) // → '0.31'
 */
export function formatFixed(value: number, digits: number): string {
  checkFinite('value', value);
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  return value.toFixed(digits).replace(/^-/, '−');
}

/**
 * Scientific notation for tiny or huge numbers, plain decimals in between.
 * @example formatScientific(0.000904, 3) // → '9.04 × 10⁻⁴'
 * @example formatScientific(0.25, 3) // → '0.25'
 */
export function formatScientific(value: number, significant: number): string {
  checkFinite('value', value);
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  if (magnitude >= -2 && magnitude < 4)
    return String(Number(value.toPrecision(significant))).replace(/^-/, '−');
  const mantissa = Number((value / 10 ** magnitude).toPrecision(significant));
  return `${String(mantissa).replace(/^-/, '−')} × 10${superscript(magnitude)}`;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

function superscript(n: number): string {
  return [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/**
 * Counts with metric suffixes as the LLM literature writes them (70B parameters, 1.4T tokens).
 * @example formatCount(7.0e10) // → '70B'
 * @example formatCount(1.4e12) // → '1.4T'
 */
export function formatCount(value: number): string {
  checkFinite('value', value);
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(value.toPrecision(3)));
}

/**
 * Bytes in binary units (1 KiB = 1024 B), three significant digits, as memory calculators print them.
 * @example formatBytes(524288) // → '512 KiB'
 * @example formatBytes(2147483648) // → '2 GiB'
 */
export function formatBytes(value: number): string {
  checkFinite('value', value);
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = Math.abs(value);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const sign = value < 0 ? '−' : '';
  return `${sign}${Number(v.toPrecision(3))} ${units[i]}`;
}

export * from './parse';
