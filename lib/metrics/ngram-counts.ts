/** One distinct n-gram of a token sequence: its tokens, how often it occurs and where it starts. */
export interface NgramOccurrences {
  readonly tokens: readonly string[];
  readonly count: number;
  /** Start index of each occurrence in the token sequence, ascending. */
  readonly positions: readonly number[];
}

/**
 * Counts the n-grams of a token sequence, as Python's `Counter(tuple(tokens[i:i + n]) for i in …)`
 * in sacreBLEU `extract_all_word_ngrams` and rouge-score `_create_ngrams`.
 *
 * Formula: for i = 0 … len − n, the n-gram tokens[i … i + n − 1]; none when len < n. Keys are the
 * tokens joined by a space, which is safe because every tokenizer here splits on spaces; the map
 * keeps first-occurrence order.
 *
 * @param tokens the token sequence (not mutated).
 * @param n the n-gram order, an integer ≥ 1 (callers check it).
 * @throws never.
 * @example countNgrams(['a', 'b', 'a', 'b'], 2).get('a b') // { tokens: ['a', 'b'], count: 2, positions: [0, 2] }
 */
export function countNgrams(tokens: readonly string[], n: number): Map<string, NgramOccurrences> {
  const counts = new Map<string, { tokens: string[]; count: number; positions: number[] }>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n);
    const key = gram.join(' ');
    const entry = counts.get(key);
    if (entry) {
      entry.count += 1;
      entry.positions.push(i);
    } else {
      counts.set(key, { tokens: gram, count: 1, positions: [i] });
    }
  }
  return counts;
}
