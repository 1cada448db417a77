import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpeTokenize, type BpeMergeRule } from '@/lib/tokenization';

/** The three rules of the course walk-through (HF NLP course, ch. 6 §5 "Tokenization algorithm"). */
const THREE_RULES: BpeMergeRule[] = [
  ['u', 'g'],
  ['u', 'n'],
  ['h', 'ug'],
];

/** The 19 merges the course's implementation learns on its four-sentence corpus. */
const COURSE_MERGES: BpeMergeRule[] = [
  ['Ġ', 't'],
  ['i', 's'],
  ['e', 'r'],
  ['Ġ', 'a'],
  ['Ġt', 'o'],
  ['e', 'n'],
  ['T', 'h'],
  ['Th', 'is'],
  ['o', 'u'],
  ['s', 'e'],
  ['Ġto', 'k'],
  ['Ġtok', 'en'],
  ['n', 'd'],
  ['Ġ', 'is'],
  ['Ġt', 'h'],
  ['Ġth', 'e'],
  ['i', 'n'],
  ['Ġa', 'b'],
  ['Ġtoken', 'i'],
];

describe('bpeTokenize', () => {
  it('applies the course rules in learned order', () => {
    // HF NLP course ch. 6 §5: "The word "bug" will be tokenized as ["b", "ug"]"; "thug" merges "u"+"g",
    // then "h"+"ug" -> "hug" (the course writes [UNK] for "t" and "m", which are outside its base
    // vocabulary; this function keeps unknown characters as they are)
    expect(bpeTokenize(['bug'], THREE_RULES)).toEqual(['b', 'ug']);
    expect(bpeTokenize(['thug'], THREE_RULES)).toEqual(['t', 'hug']);
    expect(bpeTokenize(['mug'], THREE_RULES)).toEqual(['m', 'ug']);
  });

  it('reproduces the course tokenize("This is not a token.")', () => {
    // HF NLP course ch. 6 §5; GPT-2's pre-tokenizer gives the words below
    const words = ['This', 'Ġis', 'Ġnot', 'Ġa', 'Ġtoken', '.'];
    expect(bpeTokenize(words, COURSE_MERGES)).toEqual([
      'This',
      'Ġis',
      'Ġ',
      'n',
      'o',
      't',
      'Ġa',
      'Ġtoken',
      '.',
    ]);
  });

  it('ignores what follows the two tokens of a rule, and handles empty input', () => {
    expect(
      bpeTokenize(
        ['hugs'],
        [
          ['u', 'g', 20],
          ['h', 'ug', 15, 'note'],
        ],
      ),
    ).toEqual(['hug', 's']);
    expect(bpeTokenize([], THREE_RULES)).toEqual([]);
    expect(bpeTokenize(['', 'a'], THREE_RULES)).toEqual(['a']);
    expect(bpeTokenize(['hug'], [])).toEqual(['h', 'u', 'g']);
    // characters are code points, as Python's list(word)
    expect(bpeTokenize(['😀😀'], [['😀', '😀']])).toEqual(['😀😀']);
  });

  it('does not mutate its inputs', () => {
    const words = Object.freeze(['hugs', 'pun']);
    const rules = Object.freeze(
      THREE_RULES.map((rule) => Object.freeze([...rule]) as unknown as BpeMergeRule),
    );
    expect(bpeTokenize(words, rules)).toEqual(['hug', 's', 'p', 'un']);
    expect(words).toEqual(['hugs', 'pun']);
  });

  it('rejects words that are not strings and rules that do not start with two strings', () => {
    expect(() => bpeTokenize('hug' as unknown as string[], THREE_RULES)).toThrow(TypeError);
    expect(() => bpeTokenize(['hug', 3] as unknown as string[], THREE_RULES)).toThrow(
      new TypeError('words[1] must be a string, got 3'),
    );
    expect(() => bpeTokenize(['hug'], [['u']] as unknown as BpeMergeRule[])).toThrow(
      new TypeError('merges[0] must start with two strings, got an array of length 1'),
    );
    expect(() => bpeTokenize(['hug'], 'ug' as unknown as BpeMergeRule[])).toThrow(TypeError);
  });

  it('only regroups characters: tokens spell the words back, none empty (property)', () => {
    const letter = fc.constantFrom('a', 'b', 'c');
    const rules = fc.array(
      fc.tuple(
        fc.string({ unit: letter, minLength: 1, maxLength: 3 }),
        fc.string({ unit: letter, minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letter, maxLength: 8 }), { maxLength: 5 }),
        rules,
        (words, merges) => {
          const tokens = bpeTokenize(words, merges);
          expect(tokens.join('')).toBe(words.join(''));
          expect(tokens.every((t) => t.length > 0)).toBe(true);
        },
      ),
    );
  });
});
