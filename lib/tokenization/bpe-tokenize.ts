import { describeValue } from '@/lib/utils/validate';
import { applyMerge } from './bpe-merge';
import { checkStringArray, codePoints } from './validate';

/** A merge rule as {@link bpeTokenize} reads it: left and right token, anything after ignored. */
export type BpeMergeRule = readonly [string, string, ...unknown[]];

/**
 * Checks that every merge starts with two strings.
 *
 * @throws {TypeError} otherwise (`merges[2] must start with two strings, got …`).
 */
function checkMerges(value: unknown): readonly BpeMergeRule[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`merges must be an array of [left, right] pairs, got ${describeValue(value)}`);
  }
  value.forEach((merge: unknown, i) => {
    if (!Array.isArray(merge) || typeof merge[0] !== 'string' || typeof merge[1] !== 'string') {
      throw new TypeError(`merges[${i}] must start with two strings, got ${describeValue(merge)}`);
    }
  });
  return value as readonly BpeMergeRule[];
}

/**
 * Tokenizes pre-split words with learned BPE merges.
 *
 * Formula: split each word into its characters (code points), then apply every merge in the
 * order it was learned — each one everywhere in the word, left to right, without overlaps — and
 * concatenate the tokens of all words in order. This is the `tokenize` function of the Hugging
 * Face NLP course, chapter 6 "Byte-Pair Encoding tokenization"
 * (https://huggingface.co/learn/llm-course/chapter6/5). Applying the rules in learned order gives
 * the same tokens as GPT-2's `bpe` (lowest-rank pair first) for merges learned this way. A
 * character that no merge touches stays a token of its own: there is no `[UNK]` here (the course
 * maps characters outside its base vocabulary to `[UNK]`; byte-level BPE never needs to). Extra
 * items after the two tokens of a merge (such as `bpeTrain`'s frequency) are ignored.
 *
 * @param words pre-tokenized words.
 * @param merges `[left, right, ...]` rules in learned order, as `bpeTrain` returns them.
 * @throws {TypeError} when `words` is not an array of strings or a merge does not start with two
 *   strings.
 * @example bpeTokenize(['bug', 'thug'], [['u', 'g'], ['u', 'n'], ['h', 'ug']]) // ['b', 'ug', 't', 'hug']
 */
export function bpeTokenize(words: readonly string[], merges: readonly BpeMergeRule[]): string[] {
  const ws = checkStringArray('words', words);
  const rules = checkMerges(merges);
  const tokens: string[] = [];
  for (const word of ws) {
    let split: readonly string[] = codePoints(word);
    for (const [left, right] of rules) {
      if (split.length < 2) break;
      split = applyMerge(split, left, right);
    }
    for (const token of split) tokens.push(token);
  }
  return tokens;
}
