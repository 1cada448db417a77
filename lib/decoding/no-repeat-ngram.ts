import { checkInteger } from '@/lib/utils/validate';
import { checkTokenIds } from './token-ids';

/** One ban of {@link noRepeatNgramBans}: the token and the earlier n-gram it would repeat. */
export interface NgramBan {
  /** The banned token id. */
  token: number;
  /** Where the first earlier occurrence of the n-gram starts in previousTokens (0-based). */
  start: number;
  /** That n-gram: the current prefix (last n − 1 tokens) followed by `token`. */
  ngram: number[];
}

/**
 * The tokens that no-repeat-n-gram blocking bans next, each with the earlier n-gram that bans it.
 *
 * Formula: with L = previousTokens.length and prefix = the last n − 1 tokens, ban t_{s+n−1} for
 * every start s in [0, L − n] with t_s … t_{s+n−2} = prefix; one entry per banned id (the first s),
 * ascending by id; none when L < n. For n = 1 the prefix is empty and matches every window, so
 * every token seen so far is banned. HF `NoRepeatNGramLogitsProcessor`
 * (https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py,
 * `_get_ngrams` / `_get_generated_ngrams`: the n-grams are keyed by their first n − 1 tokens and
 * the key `previous_tokens[L + 1 − n : L]` is looked up), after fairseq's `no_repeat_ngram_size`.
 *
 * @param previousTokens token ids so far (prompt included, as in HF), each an integer ≥ 0.
 * @param n the n-gram size, an integer ≥ 1.
 * @throws {TypeError} when `previousTokens` is not an array of numbers or `n` is not a number.
 * @throws {RangeError} when an id is not an integer ≥ 0 or `n` is not an integer ≥ 1.
 * @example noRepeatNgramBans([0, 1, 2, 3, 0, 1], 3) // [{ token: 2, start: 0, ngram: [0, 1, 2] }]
 */
export function noRepeatNgramBans(previousTokens: readonly number[], n: number): NgramBan[] {
  const ids = checkTokenIds('previousTokens', previousTokens);
  const size = checkInteger('n', n, 1);
  const length = ids.length;
  const bans = new Map<number, NgramBan>();
  const prefixStart = length - size + 1;
  for (let s = 0; s + size <= length; s++) {
    let matches = true;
    for (let i = 0; i < size - 1 && matches; i++) matches = ids[s + i] === ids[prefixStart + i];
    const token = ids[s + size - 1] ?? -1;
    if (matches && !bans.has(token)) bans.set(token, { token, start: s, ngram: ids.slice(s, s + size) });
  }
  return [...bans.values()].sort((a, b) => a.token - b.token);
}

/**
 * The tokens that no-repeat-n-gram blocking bans next: those that would complete an n-gram that
 * already occurs in previousTokens.
 *
 * Formula: the ids of {@link noRepeatNgramBans}, ascending and unique; none when fewer than n
 * tokens. HF `NoRepeatNGramLogitsProcessor`, after fairseq's `no_repeat_ngram_size`.
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
  return noRepeatNgramBans(previousTokens, n).map((ban) => ban.token);
}
