import { describeValue } from '@/lib/utils/validate';

/**
 * The begin-of-sentence marker: the context of the first token. It is never predicted.
 *
 * Formula: the `<s>` padding of Jurafsky & Martin, "Speech and Language Processing" (3rd ed.
 * draft), ch. 3 "N-gram Language Models", https://web.stanford.edu/~jurafsky/slp3/.
 *
 * @throws never (a constant).
 * @example BOS // '<s>'
 */
export const BOS = '<s>';

/**
 * The end-of-sentence marker: predicted after the last token, so probabilities of all sentences
 * (of every length) sum to 1.
 *
 * Formula: the `</s>` of Jurafsky & Martin, SLP3 ch. 3, https://web.stanford.edu/~jurafsky/slp3/.
 *
 * @throws never (a constant).
 * @example EOS // '</s>'
 */
export const EOS = '</s>';

/**
 * Returns `value` as a list of tokens: an array of non-empty strings that are not `<s>` or `</s>`
 * (the markers are added by the model, never written by the caller).
 *
 * Formula: a type-and-range check, no transformation.
 *
 * @throws {TypeError} when `value` is not an array of strings.
 * @throws {RangeError} when a token is empty or is a marker.
 * @example checkTokens('tokens', ['the', 'mouse']) // ['the', 'mouse']
 */
export function checkTokens(name: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${name} must be an array of strings, got ${describeValue(value)}`);
  }
  value.forEach((token: unknown, i) => {
    if (typeof token !== 'string') {
      throw new TypeError(`${name}[${i}] must be a string, got ${describeValue(token)}`);
    }
    if (token === '' || token === BOS || token === EOS) {
      throw new RangeError(
        `${name}[${i}] must be a non-empty token other than "${BOS}" and "${EOS}", got ${describeValue(token)}`,
      );
    }
  });
  return value as readonly string[];
}

/**
 * Returns `value` as a corpus: a non-empty array of sentences, each a token list as in
 * {@link checkTokens} (an empty sentence is allowed).
 *
 * Formula: a type-and-range check, no transformation.
 *
 * @throws {TypeError} when `value` is not an array of arrays of strings.
 * @throws {RangeError} when it has no sentence, or a token is empty or a marker.
 * @example checkCorpus([['the', 'mouse']]) // [['the', 'mouse']]
 */
export function checkCorpus(value: unknown): readonly (readonly string[])[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`corpus must be an array of sentences, got ${describeValue(value)}`);
  }
  if (value.length === 0) throw new RangeError('corpus must contain at least one sentence, got none');
  return value.map((sentence: unknown, i) => checkTokens(`corpus[${i}]`, sentence));
}
