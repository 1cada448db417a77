/**
 * Argument checks shared by every `lib/` module. Each throws `TypeError` for a value of the wrong
 * type and `RangeError` for a value outside the allowed range, with a message naming the parameter
 * and the range (`temperature must be finite and > 0, got 0`), as CONTRACT.md requires.
 */

/**
 * Renders a value for an error message: numbers as JavaScript prints them (`NaN`, `-Infinity`),
 * strings quoted, arrays by length, anything else by its type.
 *
 * @example describeValue(Number.NaN) // 'NaN'
 * @example describeValue([1, 2]) // 'an array of length 2'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Returns `value` as a number when `ok(value)` holds.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} `${name} must be ${range}, got ${value}` when `ok(value)` is false.
 * @example checkNumber('topP', 0.9, (x) => x >= 0 && x <= 1, 'in [0, 1]') // 0.9
 */
export function checkNumber(name: string, value: unknown, ok: (x: number) => boolean, range: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${name} must be a number, got ${describeValue(value)}`);
  }
  if (!ok(value)) throw new RangeError(`${name} must be ${range}, got ${describeValue(value)}`);
  return value;
}

/**
 * Returns `value` when it is an integer ≥ `min`.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} when `value` is not an integer or is below `min`.
 * @example checkInteger('numGpus', 8, 1) // 8
 */
export function checkInteger(name: string, value: unknown, min: number): number {
  return checkNumber(name, value, (x) => Number.isInteger(x) && x >= min, `an integer >= ${min}`);
}

/**
 * Returns `value` as an array of numbers. Only types are checked; ranges are the caller's job.
 *
 * @throws {TypeError} when `value` is not an array or an item is not a number (`logits[2] must be
 *   a number, got "a"`).
 * @example checkNumberArray('logits', [1, 2]) // [1, 2]
 */
export function checkNumberArray(name: string, value: unknown): readonly number[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of numbers, got ${describeValue(value)}`);
  }
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'number') {
      throw new TypeError(`${name}[${i}] must be a number, got ${describeValue(item)}`);
    }
  });
  return value as readonly number[];
}

/**
 * Returns `value` as a record when it is a non-null, non-array object (an options bag).
 *
 * @throws {TypeError} otherwise.
 * @example checkObject('options', { smoothing: 1 }) // { smoothing: 1 }
 */
export function checkObject(name: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object, got ${describeValue(value)}`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Returns `value` when it is one of the allowed strings.
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

/**
 * Returns `value` when it is a boolean.
 *
 * @throws {TypeError} `${name} must be a boolean, got ${value}` otherwise.
 * @example checkFlag('tiedEmbeddings', true) // true
 */
export function checkFlag(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new TypeError(`${name} must be a boolean, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Returns `value` when it is a string.
 *
 * @throws {TypeError} `${name} must be a string, got ${value}` otherwise.
 * @example checkString('hypothesis', 'a cat') // 'a cat'
 */
export function checkString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string, got ${describeValue(value)}`);
  return value;
}

/**
 * Returns `value` when it is an array of strings (possibly empty; the caller checks the length).
 *
 * @throws {TypeError} when `value` is not an array, or an item is not a string (`references[1] must
 *   be a string, got 3`).
 * @example checkStringArray('references', ['a cat']) // ['a cat']
 */
export function checkStringArray(name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of strings, got ${describeValue(value)}`);
  }
  value.forEach((item: unknown, i) => checkString(`${name}[${i}]`, item));
  return value as readonly string[];
}
