/**
 * The binary unit (1 KiB = 1024 B, IEC 80000-13) the kv-cache chart's axis counts in, so its ticks
 * read 0, 100, 200 … KiB rather than raw bytes. Text uses `formatBytes` from lib/format.
 */

export const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
export type BinaryUnit = (typeof BINARY_UNITS)[number];

/**
 * The largest binary unit not above `bytes` (below 1 KiB: B), and its size in bytes.
 *
 * @throws RangeError unless `bytes` is finite and ≥ 0.
 * @example binaryUnit(524288) // { unit: 'KiB', size: 1024 }
 */
export function binaryUnit(bytes: number): { unit: BinaryUnit; size: number } {
  if (!(Number.isFinite(bytes) && bytes >= 0))
    throw new RangeError(`bytes must be finite and >= 0, got ${bytes}`);
  let i = 0;
  while (i < BINARY_UNITS.length - 1 && bytes >= 1024 ** (i + 1)) i++;
  return { unit: BINARY_UNITS[i]!, size: 1024 ** i };
}
