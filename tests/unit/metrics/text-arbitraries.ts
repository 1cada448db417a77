import fc from 'fast-check';

/**
 * Pieces of text that trip naive tokenizers: emoji (with ZWJ and skin tones), combining marks,
 * right-to-left scripts and marks, CJK with full-width punctuation, Python-only and JS-only
 * whitespace, a lone surrogate, the 13a escapes, and ASCII punctuation next to digits.
 */
const ODD_PIECES = [
  '😀',
  '👩‍👩‍👧',
  '👍🏽',
  'e\u0301',
  '\u0301',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\ud800',
  '我爱北京',
  '。',
  '，',
  '\u00a0',
  '\u3000',
  '\x1c',
  '\x85',
  '&quot;',
  '&amp;',
  '<skipped>',
  '-\n',
  'İ',
  'ß',
  '\u212a',
  ' ',
  '.',
  ',',
  '-',
  '1',
  'the',
  'a',
  'cat',
] as const;

/** Arbitrary strings mixing odd Unicode with ordinary graphemes. */
export const oddText = fc.string({
  unit: fc.oneof(fc.constantFrom(...ODD_PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  maxLength: 30,
});

/** Space-separated sentences over a small vocabulary, so n-grams often overlap. */
export const smallVocabSentence = fc
  .array(fc.constantFrom('the', 'cat', 'sat', 'on', 'a', 'mat', 'dog', '.', ',', 'The'), { maxLength: 12 })
  .map((words) => words.join(' '));
