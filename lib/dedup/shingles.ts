import { checkChoice, checkNumber, checkString } from '@/lib/utils/validate';

/** What a shingle is made of: Unicode code points, or whitespace-separated words. */
export type ShingleUnit = 'char' | 'word';
export const SHINGLE_UNITS: readonly ShingleUnit[] = ['char', 'word'];

/**
 * The set of k-shingles of a text — its contiguous runs of `size` characters or words — sorted and
 * without repeats: the "document as a set" that Jaccard similarity and MinHash work on.
 *
 * The text is NFC-normalised and every run of whitespace becomes one space (trimmed at both ends);
 * case is kept. Characters are code points, so 中 or 😀 count once. A text shorter than `size`
 * units gives one shingle (the whole text); an empty text gives none.
 * Follows Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, §3.2 (k-shingles).
 *
 * @param text any string (lone surrogates are kept as single units).
 * @param size units per shingle, an integer ≥ 1.
 * @param unit `'char'` (default) or `'word'`.
 * @throws {TypeError} when `text` is not a string.
 * @throws {RangeError} when `size` is not an integer in [1, 64] or `unit` is unknown.
 * @example shingles('abcdabd', 2) // ['ab', 'bc', 'bd', 'cd', 'da']
 */
export function shingles(text: string, size: number, unit: ShingleUnit = 'char'): string[] {
  checkString('text', text);
  checkNumber('size', size, (x) => Number.isInteger(x) && x >= 1 && x <= 64, 'an integer in [1, 64]');
  checkChoice('unit', unit, SHINGLE_UNITS);
  const clean = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (clean === '') return [];
  const units = unit === 'char' ? Array.from(clean) : clean.split(' ');
  const join = unit === 'char' ? '' : ' ';
  if (units.length <= size) return [units.join(join)];
  const out = new Set<string>();
  for (let i = 0; i + size <= units.length; i++) out.add(units.slice(i, i + size).join(join));
  return [...out].sort();
}
