import { checkString } from './text-validate';
import { pythonSplit } from './tokenize-python';

/**
 * mteval-v13a's punctuation class, byte for byte from sacreBLEU's `[\{-\~\[-\` -\&\(-\+\:-\@\/]`:
 * `{|}~`, `` [\]^_` ``, space to `&` (`!"#$%&`), `()*+`, `:;<=>?@` and `/`. Not the apostrophe, `-`,
 * `.` or `,` (handled by the rules below), and no character outside ASCII: `，` `。` `“` stay glued
 * to their neighbours.
 */
const PUNCTUATION = /([\x7b-\x7e\x5b-\x60\x20-\x26\x28-\x2b\x3a-\x40\x2f])/gu;
/** Period or comma preceded by a non-digit. */
const PERIOD_COMMA_AFTER_NON_DIGIT = /([^0-9])([.,])/gu;
/** Period or comma followed by a non-digit. */
const PERIOD_COMMA_BEFORE_NON_DIGIT = /([.,])([^0-9])/gu;
/** Dash preceded by a digit. */
const DASH_AFTER_DIGIT = /([0-9])(-)/gu;

/**
 * sacreBLEU's default `13a` tokenizer: the tokenization of WMT's `mteval-v13a.pl`, returned as one
 * space-separated string.
 *
 * Formula, in order: delete `<skipped>`; join `-` + newline; newline → space; if the line has `&`,
 * unescape `&quot;` `&amp;` `&lt;` `&gt;` (in that order, once each); pad with spaces; then
 * (1) put spaces around every character of `{|}~[\]^_`!"#$%&()*+:;<=>?@/`, (2) split `.`/`,`
 * from a preceding non-digit, (3) from a following non-digit, (4) split `-` after a digit; finally
 * collapse whitespace as Python's `str.split()`. So `1,000.50` and `-5` stay whole, `U.S.A.`
 * splits, an apostrophe stays inside its word, and text without spaces (Chinese, Japanese) stays
 * one token apart from ASCII punctuation (sacreBLEU `tokenizers/tokenizer_13a.py` and
 * `tokenizer_re.py`, https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/tokenizers/tokenizer_13a.py).
 * Like sacreBLEU's tokenizer it does not strip the line; `sentenceBleu` strips trailing whitespace
 * first, as sacreBLEU's `BLEU._preprocess_segment` does.
 *
 * @param line the text to tokenize.
 * @throws {TypeError} when `line` is not a string.
 * @example tokenize13a('Hello, world!') // 'Hello , world !'
 * @example tokenize13a('It costs $1,000.50 (U.S.).') // 'It costs $ 1,000.50 ( U . S . ) .'
 * @example tokenize13a('我爱北京，天安门!') // '我爱北京，天安门 !'
 */
export function tokenize13a(line: string): string {
  let text = checkString('line', line);
  text = text.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (text.includes('&')) {
    text = text
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  text = ` ${text} `
    .replace(PUNCTUATION, ' $1 ')
    .replace(PERIOD_COMMA_AFTER_NON_DIGIT, '$1 $2 ')
    .replace(PERIOD_COMMA_BEFORE_NON_DIGIT, ' $1 $2')
    .replace(DASH_AFTER_DIGIT, '$1 $2 ');
  return pythonSplit(text).join(' ');
}
