import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';

/**
 * Argument checks shared by `lib/transformer`. Vectors and matrices are plain arrays (rows first);
 * each check throws `TypeError` for a wrong type and `RangeError` for a wrong value, naming the
 * parameter, as CONTRACT.md requires.
 */

/**
 * Returns `value` as a non-empty vector of finite numbers.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when it is empty or an entry is `NaN` or infinite.
 * @example checkVector('x', [1, 2]) // [1, 2]
 */
export function checkVector(name: string, value: unknown): readonly number[] {
  const xs = checkNumberArray(name, value);
  if (xs.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  xs.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}] must be finite, got ${describeValue(x)}`);
  });
  return xs;
}

/**
 * Returns `value` as a non-empty vector whose entries are finite or `-Infinity` (a removed score),
 * with at least one finite entry.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when it is empty, holds `NaN` or `+Infinity`, or is all `-Infinity`.
 * @example checkScores('scores', [1, -Infinity]) // [1, -Infinity]
 */
export function checkScores(name: string, value: unknown): readonly number[] {
  const xs = checkNumberArray(name, value);
  if (xs.length === 0) throw new RangeError(`${name} must be non-empty, got an empty array`);
  xs.forEach((x, i) => {
    if (Number.isNaN(x) || x === Infinity) {
      throw new RangeError(`${name}[${i}] must be finite or -Infinity, got ${describeValue(x)}`);
    }
  });
  if (!xs.some(Number.isFinite)) {
    throw new RangeError(`${name} must contain at least one finite value, got all -Infinity`);
  }
  return xs;
}

/**
 * Returns `value` as a non-empty matrix (array of rows) whose rows all have the same non-zero
 * length (`columns`, when given), each row passing `checkRow`.
 *
 * @throws {TypeError} when `value` is not an array of arrays of numbers.
 * @throws {RangeError} when it is empty, a row is empty, rows differ in length, the width is not
 *   `columns`, or `checkRow` rejects a row.
 * @example checkMatrix('q', [[1, 0], [0, 1]]) // [[1, 0], [0, 1]]
 */
export function checkMatrix(
  name: string,
  value: unknown,
  options: { readonly columns?: number; readonly columnsName?: string; readonly rows?: number } = {},
  checkRow: (rowName: string, row: unknown) => readonly number[] = checkVector,
): readonly (readonly number[])[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of rows, got ${describeValue(value)}`);
  }
  if (value.length === 0) throw new RangeError(`${name} must have at least one row, got an empty array`);
  if (options.rows !== undefined && value.length !== options.rows) {
    throw new RangeError(`${name} must have ${options.rows} rows, got ${value.length}`);
  }
  const rows = value.map((row: unknown, i) => checkRow(`${name}[${i}]`, row));
  const width = options.columns ?? rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      const what = options.columnsName ?? `${width} (the length of ${name}[0])`;
      throw new RangeError(`${name}[${i}] must have length ${what}, got ${row.length}`);
    }
  });
  return rows;
}

/**
 * Returns the options bag, `{}` when it is `undefined`.
 *
 * @throws {TypeError} when `value` is neither `undefined` nor a plain object.
 * @example readOptions(undefined) // {}
 */
export function readOptions(value: unknown, name = 'options'): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : checkObject(name, value);
}

/**
 * Returns `value` when it is one of `allowed`.
 *
 * @throws {RangeError} `${name} must be one of 'a', 'b', got "c"` otherwise.
 * @example checkChoice('layout', 'half', ['half', 'interleaved']) // 'half'
 */
export function checkChoice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((a) => `'${a}'`).join(', ');
  throw new RangeError(`${name} must be one of ${list}, got ${describeValue(value)}`);
}

/**
 * Throws when two vectors that combine element-wise differ in length.
 *
 * @throws {RangeError} `${nameB} must have the length of ${nameA} (n), got m`.
 * @example checkSameLength('gate', [1], 'up', [2]) // undefined
 */
export function checkSameLength(
  nameA: string,
  a: readonly unknown[],
  nameB: string,
  b: readonly unknown[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${nameB} must have the length of ${nameA} (${a.length}), got ${b.length}`);
  }
}

/**
 * Largest entry by a loop (`Math.max(...xs)` overflows the stack on long arrays); `-Infinity`
 * for an empty array.
 *
 * @throws never.
 * @example maxOf([1, 3, 2]) // 3
 */
export function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/**
 * Reads an optional per-element parameter vector of the same length as `x`.
 *
 * @throws {TypeError} when it is not an array of numbers.
 * @throws {RangeError} when it is empty, not finite, or not of the length of `x`.
 * @example optionalParams('options.weight', undefined, [1, 2]) // undefined
 */
export function optionalParams(
  name: string,
  value: unknown,
  x: readonly number[],
): readonly number[] | undefined {
  if (value === undefined) return undefined;
  const params = checkVector(name, value);
  checkSameLength('x', x, name, params);
  return params;
}

/**
 * Reads a normalisation epsilon: finite and ≥ 0.
 *
 * @throws {TypeError} when it is not a number.
 * @throws {RangeError} otherwise.
 * @example checkEps(1e-5) // 1e-5
 */
export function checkEps(value: unknown): number {
  return checkNumber('options.eps', value, (e) => Number.isFinite(e) && e >= 0, 'finite and >= 0');
}
