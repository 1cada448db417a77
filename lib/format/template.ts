/**
 * Fills the numbered placeholders of a UI message: `{0}`, `{1}` … are replaced by the values at
 * those positions, as text (a value is never parsed as a template or as HTML). Lets a server
 * component hand translated messages with blanks to a client component, which cannot receive
 * functions.
 *
 * Formula: every match of /\{(\d+)\}/ is replaced by String(values[index]).
 *
 * @throws {TypeError} when `template` is not a string or `values` is not an array.
 * @throws {RangeError} when a placeholder has no value
 *   (`template placeholder {2} has no value (2 given)`).
 * @example fillTemplate('top token “{0}” p = {1}', ['mat', '0.65']) // 'top token “mat” p = 0.65'
 */
export function fillTemplate(template: string, values: readonly (string | number)[]): string {
  if (typeof template !== 'string') throw new TypeError(`template must be a string, got ${typeof template}`);
  if (!Array.isArray(values)) throw new TypeError(`values must be an array, got ${typeof values}`);
  return template.replace(/\{(\d+)\}/g, (_, i: string) => {
    if (Number(i) >= values.length) {
      throw new RangeError(`template placeholder {${i}} has no value (${values.length} given)`);
    }
    return String(values[Number(i)]);
  });
}
