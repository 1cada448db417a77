/**
 * The training-memory demo's setup as it travels in the address bar: `?memory=` followed by the
 * nine numbers in `FIELDS` order and a five-character code for the choices (ZeRO stage, sequence
 * parallelism, recomputation n/s/f, optimizer offload, parameter offload), joined by `_`.
 * Pure, so it is tested without React.
 */
import {
  FIELDS,
  RECOMPUTE,
  type Field,
  type Options,
  type Recompute,
  type Setup,
  type Stage,
} from './presets';

/** The query parameter that carries the setup. */
export const PARAM = 'memory';

const RECOMPUTE_CODE: Record<Recompute, string> = { none: 'n', selective: 's', full: 'f' };
const bit = (b: boolean) => (b ? '1' : '0');

/** @example encodeSetup(PRESETS['7b-8gpu']) // '6738415616_32_4096_32_8_1_4096_1_1024_10s00' */
export function encodeSetup({ values, options: o }: Setup): string {
  const code = `${o.stage}${bit(o.sequenceParallel)}${RECOMPUTE_CODE[o.recompute]}${bit(o.offloadOptimizer)}${bit(o.offloadParams)}`;
  return [...FIELDS.map((f) => String(values[f])), code].join('_');
}

const NUMBER = /^\d+(\.\d+)?(e\+?\d+)?$/;

/**
 * The setup in a query value, or null when the value is not one (wrong count, a part that is not
 * a plain non-negative number, an unknown code). Whether lib/ accepts the numbers is the
 * caller's check.
 *
 * @example decodeSetup('7500000000_32_4096_32_64_1_1024_1_64_00n00')?.options.stage // 0
 */
export function decodeSetup(value: string | null): Setup | null {
  if (value === null) return null;
  const parts = value.split('_');
  if (parts.length !== FIELDS.length + 1) return null;
  const values = {} as Record<Field, number>;
  for (const [i, field] of FIELDS.entries()) {
    const text = parts[i] ?? '';
    if (!NUMBER.test(text)) return null;
    values[field] = Number(text);
  }
  const code = /^([0-3])([01])([nsf])([01])([01])$/.exec(parts[FIELDS.length] ?? '');
  if (!code) return null;
  const recompute = RECOMPUTE.find((r) => RECOMPUTE_CODE[r] === code[3]) ?? 'none';
  const options: Options = {
    stage: Number(code[1]) as Stage,
    sequenceParallel: code[2] === '1',
    recompute,
    offloadOptimizer: code[4] === '1',
    offloadParams: code[5] === '1',
  };
  return { values, options };
}
