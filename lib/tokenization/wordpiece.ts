import { checkInteger, checkObject } from '@/lib/utils/validate';
import { checkString, checkStringArray, codePoints } from './validate';

/** Options of {@link wordPieceTokenize}. */
export interface WordPieceOptions {
  /** the token for a word that cannot be split (default `'[UNK]'`) */
  readonly unkToken?: string;
  /** the mark of a word-internal piece (default `'##'`) */
  readonly prefix?: string;
  /** longest word, in code points, that is still split; longer ones become `unkToken` (default 100) */
  readonly maxInputCharsPerWord?: number;
}

/**
 * Python's `str.isspace` characters, on which `str.split()` (and so HF's `whitespace_tokenize`)
 * splits: ASCII whitespace, the information separators U+001C–U+001F, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. JavaScript's `\s` differs (it has
 * U+FEFF and lacks U+001C–U+001F and U+0085), hence the explicit class.
 */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/**
 * Splits one word greedily, longest match first; `null` when some position has no match.
 */
function splitWord(
  chars: readonly string[],
  vocab: ReadonlySet<string>,
  prefix: string,
  maxPieceChars: number,
): string[] | null {
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let found: string | null = null;
    // No vocabulary entry is longer than maxPieceChars code points, so shorter ends suffice.
    let end = Math.min(chars.length, start + maxPieceChars);
    for (; end > start; end--) {
      const body = chars.slice(start, end).join('');
      const piece = start > 0 ? prefix + body : body;
      if (vocab.has(piece)) {
        found = piece;
        break;
      }
    }
    if (found === null) return null;
    pieces.push(found);
    start = end;
  }
  return pieces;
}

/**
 * WordPiece tokenization, as BERT does after its basic tokenizer: greedy longest-match-first
 * against a vocabulary.
 *
 * Formula: from the left, take the longest prefix of the rest of the word that is in `vocab`
 * (written with `prefix` for every piece after the first), and repeat from where it ended; if at
 * some position nothing matches, the whole word becomes `[unkToken]`. A word longer than
 * `maxInputCharsPerWord` code points is `[unkToken]` without trying (one of exactly that length
 * is still split). As in HF's `WordpieceTokenizer.tokenize`
 * (https://github.com/huggingface/transformers/blob/v4.46.0/src/transformers/models/bert/tokenization_bert.py),
 * the input is first split on whitespace (Python's `str.split()`), each word is handled on its
 * own, and the pieces of all words are concatenated — so a single word gives its own pieces, and
 * `''` or all-whitespace gives `[]`. Lengths count code points, like Python's `list(token)` and
 * 🤗 Tokenizers' `chars().count()`.
 *
 * @param word the text to split: a word, or words separated by whitespace.
 * @param vocab the vocabulary, word-internal pieces written with `prefix`.
 * @param options `{ unkToken = '[UNK]', prefix = '##', maxInputCharsPerWord = 100 }`.
 * @throws {TypeError} when `word` is not a string, `vocab` not an array of strings, or an option
 *   has the wrong type.
 * @throws {RangeError} when `maxInputCharsPerWord` is not an integer ≥ 1.
 * @example wordPieceTokenize('unaffable', ['un', '##aff', '##able']) // ['un', '##aff', '##able']
 * @example wordPieceTokenize('unwantedX', ['un', '##want', '##ed']) // ['[UNK]']
 */
export function wordPieceTokenize(
  word: string,
  vocab: readonly string[],
  options: WordPieceOptions = {},
): string[] {
  const text = checkString('word', word);
  const entries = checkStringArray('vocab', vocab);
  const { unkToken = '[UNK]', prefix = '##', maxInputCharsPerWord = 100 } = checkObject('options', options);
  const unk = checkString('options.unkToken', unkToken);
  const mark = checkString('options.prefix', prefix);
  const maxChars = checkInteger('options.maxInputCharsPerWord', maxInputCharsPerWord, 1);

  const vocabSet = new Set(entries);
  let maxPieceChars = 0;
  for (const entry of vocabSet) maxPieceChars = Math.max(maxPieceChars, codePoints(entry).length);

  const tokens: string[] = [];
  for (const token of text.split(PYTHON_WHITESPACE)) {
    if (token === '') continue;
    const chars = codePoints(token);
    const pieces = chars.length > maxChars ? null : splitWord(chars, vocabSet, mark, maxPieceChars);
    if (pieces === null) tokens.push(unk);
    else for (const piece of pieces) tokens.push(piece);
  }
  return tokens;
}
