import { checkString } from './text-validate';

/**
 * One "CJK character" for `segmentCjk`: the CJK Unified Ideographs (U+4E00–9FFF, Extension A
 * U+3400–4DBF, Extensions B–I U+20000–2EE5F, G–H U+30000–323AF), the Compatibility Ideographs
 * (U+F900–FAFF, U+2F800–2FA1F), and CJK punctuation: CJK Symbols and Punctuation U+3001–303F (not
 * U+3000, the ideographic space, which is whitespace), vertical forms U+FE10–FE1F, CJK
 * compatibility forms U+FE30–FE4F, and the full-width punctuation of U+FF01–FF65 (`，` `！` `（`,
 * halfwidth `｡` `｢`). Full-width digits and Latin letters (`１` `Ａ`) are not in the class, so they
 * stay in words like ASCII ones.
 */
const CJK =
  '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2ee5f}\\u{2f800}-\\u{2fa1f}\\u{30000}-\\u{323af}' +
  '\\u3001-\\u303f\\ufe10-\\ufe1f\\ufe30-\\ufe4f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';

/**
 * A boundary with a CJK character on at least one side and no whitespace on either: where
 * `segmentCjk` puts a space. (JavaScript's `\s`, which includes U+3000, decides what is already a
 * gap; Python's `str.split()` later agrees on every character that matters here.)
 */
const BOUNDARY = new RegExp(`(?<=[${CJK}])(?=\\S)|(?<=\\S)(?=[${CJK}])`, 'gu');

/**
 * Cuts Chinese (and Japanese kanji) text into characters by putting a space between every CJK
 * ideograph or CJK punctuation mark and the character next to it, so that tokenizers which split
 * on whitespace see one token per character. Latin words, numbers and ASCII punctuation are left
 * whole, and existing whitespace is kept as it is.
 *
 * Formula: insert ' ' at every position between two non-whitespace code points of which at least
 * one is a CJK character (see the class above). This is the first step of sacreBLEU's `zh`
 * tokenizer (`tokenizer_zh.py`, which surrounds each Chinese character with spaces before running
 * the 13a rules, https://github.com/mjpost/sacrebleu/blob/master/sacrebleu/tokenizers/tokenizer_zh.py)
 * and of character-level Chinese evaluation such as CMRC 2018's, but it adds a space only where
 * there is none, so it is idempotent. It does not help rouge-score's default tokenizer, which
 * deletes every character outside `[a-z0-9]` (see `rougeTokenize`).
 *
 * @param text any string (lone surrogates and emoji pass through unchanged).
 * @throws {TypeError} when `text` is not a string.
 * @example segmentCjk('我爱北京天安门。') // '我 爱 北 京 天 安 门 。'
 * @example segmentCjk('用GPT-4写代码, ok') // '用 GPT-4 写 代 码 , ok'
 */
export function segmentCjk(text: string): string {
  return checkString('text', text).replace(BOUNDARY, ' ');
}

const HAS_CJK = new RegExp(`[${CJK}]`, 'u');

/**
 * Whether `text` has a CJK ideograph or CJK punctuation mark (the characters `segmentCjk` splits
 * off), e.g. to warn that 13a, rouge-score and SQuAD's normalisation will not split it.
 *
 * @param text any string.
 * @throws {TypeError} when `text` is not a string.
 * @example containsCjk('Eiffel 铁塔') // true
 * @example containsCjk('ＡＢＣ，') // true (the full-width comma)
 * @example containsCjk('café ひらがな') // false
 */
export function containsCjk(text: string): boolean {
  return HAS_CJK.test(checkString('text', text));
}
