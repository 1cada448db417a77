import { checkInteger, describeValue } from '@/lib/utils/validate';
import { applyMerge } from './bpe-merge';
import { codePoints } from './validate';

/** A learned merge: the left token, the right token, and the pair's weighted count when merged. */
export type BpeMerge = [left: string, right: string, frequency: number];

/** What {@link bpeTrain} returns. */
export interface BpeTrainResult {
  /** the merges in the order they were learned */
  merges: BpeMerge[];
  /** each training word as the tokens it is split into after the last merge */
  splits: Record<string, string[]>;
}

/**
 * Checks `[word, frequency]` pairs: strings, frequencies finite and > 0, no word twice.
 *
 * @throws {TypeError} when `wordFreqs` is not an array of `[string, number]` pairs.
 * @throws {RangeError} when a frequency is not finite and > 0 or a word repeats.
 */
function checkWordFreqs(value: unknown): readonly (readonly [string, number])[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`wordFreqs must be an array of [word, frequency] pairs, got ${describeValue(value)}`);
  }
  const seen = new Set<string>();
  value.forEach((entry: unknown, i) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') {
      throw new TypeError(`wordFreqs[${i}] must be a [string, number] pair, got ${describeValue(entry)}`);
    }
    const [word, freq] = entry as [string, number];
    if (!(Number.isFinite(freq) && freq > 0)) {
      throw new RangeError(`wordFreqs[${i}][1] must be finite and > 0, got ${describeValue(freq)}`);
    }
    if (seen.has(word)) {
      throw new RangeError(`wordFreqs must not repeat a word, got ${describeValue(word)} twice`);
    }
    seen.add(word);
  });
  return value as readonly (readonly [string, number])[];
}

/**
 * Trains byte-pair-encoding merges on a word-frequency table.
 *
 * Formula: split every word into its characters (code points; no end-of-word marker). Each step
 * counts every adjacent pair (a, b) over all words, weighted by the word's frequency — words in
 * the given order, pairs left to right, overlapping occurrences all counted (`aaa` holds `(a, a)`
 * twice) — merges the most frequent pair everywhere (left to right, no overlaps), and records
 * `[a, b, count]`. A tie goes to the pair encountered first in that scan. Training stops after
 * `numMerges` merges, or earlier when every word is a single token. This is the Hugging Face NLP
 * course, chapter 6 "Byte-Pair Encoding tokenization"
 * (https://huggingface.co/learn/llm-course/chapter6/5): its `compute_pair_freqs`, the strict
 * `max_freq < freq` search, and `merge_pair`. (The 🤗 Tokenizers trainer breaks ties by its
 * internal ids instead, so it may learn other merges on ties, as the course notes.)
 *
 * @param wordFreqs `[word, frequency]` pairs, words distinct, frequencies finite and > 0.
 * @param numMerges how many merges to learn at most, an integer ≥ 0.
 * @throws {TypeError} when `wordFreqs` is not an array of `[string, number]` pairs or
 *   `numMerges` is not a number.
 * @throws {RangeError} when a frequency is not finite and > 0, a word repeats, or `numMerges` is
 *   not an integer ≥ 0.
 * @example bpeTrain([['hug', 10], ['pug', 5], ['pun', 12], ['bun', 4], ['hugs', 5]], 3).merges
 *   // [['u', 'g', 20], ['u', 'n', 16], ['h', 'ug', 15]]
 */
export function bpeTrain(
  wordFreqs: readonly (readonly [string, number])[],
  numMerges: number,
): BpeTrainResult {
  const entries = checkWordFreqs(wordFreqs);
  const maxMerges = checkInteger('numMerges', numMerges, 0);
  let splits = entries.map(([word]) => codePoints(word) as readonly string[]);
  const merges: BpeMerge[] = [];

  while (merges.length < maxMerges) {
    // Pairs keyed unambiguously; a Map keeps first-encounter order for the tie rule.
    const counts = new Map<string, BpeMerge>();
    splits.forEach((split, w) => {
      const freq = (entries[w] as readonly [string, number])[1];
      for (let i = 0; i + 1 < split.length; i++) {
        const left = split[i] as string;
        const right = split[i + 1] as string;
        const key = JSON.stringify([left, right]);
        const entry = counts.get(key);
        if (entry) entry[2] += freq;
        else counts.set(key, [left, right, freq]);
      }
    });
    let best: BpeMerge | null = null;
    for (const entry of counts.values()) if (best === null || entry[2] > best[2]) best = entry;
    if (best === null) break;
    const [left, right] = best;
    splits = splits.map((split) => applyMerge(split, left, right));
    merges.push([left, right, best[2]]);
  }

  return {
    merges,
    splits: Object.fromEntries(entries.map(([word], w) => [word, [...(splits[w] as readonly string[])]])),
  };
}
