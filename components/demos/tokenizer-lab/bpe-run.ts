/**
 * One BPE run as the BPE and compare tabs show it, stitched from `@/lib/tokenization` calls:
 * the full merge list (for the slider's end and the "next merge" line), the splits after the
 * first k merges, and the vocabulary at that point. Pure; no formula of its own.
 */
import { bpeTokenize, bpeTrain, type BpeMerge } from '@/lib/tokenization';
import { baseAlphabet, mergeBound } from './corpus';

export interface BpeRun {
  /** every merge BPE learns on this corpus before no pair is left */
  allMerges: BpeMerge[];
  /** how many merges are applied (the requested step, at most allMerges.length) */
  step: number;
  /** the first `step` merges */
  merges: BpeMerge[];
  /** each corpus word split by those merges */
  splits: Record<string, string[]>;
  /** base characters (sorted), then each merged token in the order learned, without repeats */
  vocab: string[];
  /** how many of `vocab` are base characters */
  baseSize: number;
}

/**
 * Trains to the end once, then takes the state after `step` merges.
 *
 * @example runBpe([['hug', 10], ['pug', 5], ['pun', 12], ['bun', 4], ['hugs', 5]], 1).merges // [['u', 'g', 20]]
 */
export function runBpe(entries: readonly (readonly [string, number])[], step: number): BpeRun {
  const allMerges = bpeTrain(entries, mergeBound(entries)).merges;
  const k = Math.max(0, Math.min(Math.trunc(step) || 0, allMerges.length));
  const { merges, splits } = bpeTrain(entries, k);
  const alphabet = baseAlphabet(entries);
  const vocab = [...new Set([...alphabet, ...merges.map(([left, right]) => left + right)])];
  return { allMerges, step: k, merges, splits, vocab, baseSize: alphabet.length };
}

/** A word's BPE tokens, each marked when the vocabulary does not hold it (an unseen character). */
export interface SegmentedWord {
  word: string;
  tokens: { token: string; known: boolean }[];
}

/**
 * Tokenizes each word on its own with the run's merges (`bpeTokenize`) and marks tokens outside
 * the run's vocabulary: the characters the training corpus never had.
 *
 * @example segmentWords(['mug'], runBpe([['hug', 1]], 1)) // [{ word: 'mug', tokens: [{ token: 'm', known: false }, { token: 'ug', known: true }] }]
 */
export function segmentWords(words: readonly string[], run: BpeRun): SegmentedWord[] {
  const known = new Set(run.vocab);
  return words.map((word) => ({
    word,
    tokens: bpeTokenize([word], run.merges).map((token) => ({ token, known: known.has(token) })),
  }));
}
