import { checkInteger } from '@/lib/utils/validate';
import { checkTokenIds } from './token-ids';

/**
 * The tokens that no-repeat-n-gram blocking bans next: those that would complete an n-gram that
 * already occurs in previousTokens.
 *
 * Formula: with L = previousTokens.length and prefix = the last n − 1 tokens, ban t_{s+n−1} for
 * every start s in [0, L − n] with t_s … t_{s+n−2} = prefix; return the banned ids ascending and
 * unique; none when L < n. For n = 1 the prefix is empty and matches every window, so every token
 * seen so far is banned. HF `NoRepeatNGramLogitsProcessor`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py,
 * `_get_ngrams` / `_get_generated_ngrams`: the n-grams are keyed by their first n − 1 tokens and
 * the key `previous_tokens[L + 1 − n : L]` is looked up), after fairseq's `no_repeat_ngram_size`.
 * The caller sets the banned logits to `-Infinity`.
 *
 * @param previousTokens token ids so far (prompt included, as in HF), each an integer ≥ 0.
 * @param n the n-gram size, an integer ≥ 1 (HF `no_repeat_ngram_size`; 0 means "off" there and in
 *   `decodingPipeline`, never here).
 * @throws {TypeError} when `previousTokens` is not an array of numbers or `n` is not a number.
 * @throws {RangeError} when an id is not an integer ≥ 0 or `n` is not an integer ≥ 1.
 * @example noRepeatNgramBannedTokens([1, 1, 2, 1], 2) // [1, 2] (bigrams (1, 1) and (1, 2) exist)
 */
export function noRepeatNgramBannedTokens(previousTokens: readonly number[], n: number): number[] {
  const ids = checkTokenIds('previousTokens', previousTokens);
  const size = checkInteger('n', n, 1);
  const length = ids.length;
  if (length < size) return [];
  const prefixStart = length - size + 1;
  const banned = new Set<number>();
  for (let s = 0; s + size <= length; s++) {
    let matches = true;
    for (let i = 0; i < size - 1 && matches; i++) matches = ids[s + i] === ids[prefixStart + i];
    if (matches) banned.add(ids[s + size - 1] ?? -1);
  }
  return [...banned].sort((a, b) => a - b);
}
