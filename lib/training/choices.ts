import { describeValue } from '@/lib/utils/validate';

/**
 * Returns `value` when it is one of the allowed strings (schedule and format names), in the style
 * of `lib/utils/validate.ts`.
 *
 * @throws {TypeError} when `value` is not a string.
 * @throws {RangeError} `${name} must be one of 'a', 'b', got "c"` when it is not allowed.
 * @example checkChoice('format', 'bf16', ['fp16', 'bf16'] as const) // 'bf16'
 */
export function checkChoice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  const list = allowed.map((a) => `'${a}'`).join(', ');
  if (typeof value !== 'string') {
    throw new TypeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
  }
  return value as T;
}
