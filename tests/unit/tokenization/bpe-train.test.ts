import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpeTokenize, bpeTrain } from '@/lib/tokenization';

/** The course's toy corpus (HF NLP course, chapter 6 "Byte-Pair Encoding tokenization"). */
const HUG: [string, number][] = [
  ['hug', 10],
  ['pug', 5],
  ['pun', 12],
  ['bun', 4],
  ['hugs', 5],
];

/**
 * The course's `word_freqs` for its four-sentence corpus after GPT-2 pre-tokenization, in the
 * order it prints them (chapter 6 section 5, "Implementing BPE").
 */
const COURSE_CORPUS: [string, number][] = [
  ['This', 3],
  ['Ġis', 2],
  ['Ġthe', 1],
  ['ĠHugging', 1],
  ['ĠFace', 1],
  ['ĠCourse', 1],
  ['.', 4],
  ['Ġchapter', 1],
  ['Ġabout', 1],
  ['Ġtokenization', 1],
  ['Ġsection', 1],
  ['Ġshows', 1],
  ['Ġseveral', 1],
  ['Ġtokenizer', 1],
  ['Ġalgorithms', 1],
  ['Hopefully', 1],
  [',', 1],
  ['Ġyou', 1],
  ['Ġwill', 1],
  ['Ġbe', 1],
  ['Ġable', 1],
  ['Ġto', 1],
  ['Ġunderstand', 1],
  ['Ġhow', 1],
  ['Ġthey', 1],
  ['Ġare', 1],
  ['Ġtrained', 1],
  ['Ġand', 1],
  ['Ġgenerate', 1],
  ['Ġtokens', 1],
];

/** Words over a 3-letter alphabet, so pairs repeat and ties are common. */
const wordFreqs = fc.uniqueArray(
  fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }), fc.integer({ min: 1, max: 5 })),
  { selector: ([word]) => word, maxLength: 8 },
);

describe('bpeTrain', () => {
  it('learns the course walk-through merges ug (20), un (16), hug (15)', () => {
    // HF NLP course ch. 6 §5: ("u","g") is in hug, pug, hugs "for a grand total of 20"; then ("u","n")
    // "present 16 times"; then ("h","ug") -> "hug" (15 = 10 + 5)
    const { merges, splits } = bpeTrain(HUG, 3);
    expect(merges).toEqual([
      ['u', 'g', 20],
      ['u', 'n', 16],
      ['h', 'ug', 15],
    ]);
    // the course's corpus after the third merge: ("hug", 10), ("p" "ug", 5), ("p" "un", 12), ("b" "un", 4), ("hug" "s", 5)
    expect(splits).toEqual({
      hug: ['hug'],
      pug: ['p', 'ug'],
      pun: ['p', 'un'],
      bun: ['b', 'un'],
      hugs: ['hug', 's'],
    });
  });

  it('breaks ties by the first pair encountered and stops when every word is one token', () => {
    // The course's own code (compute_pair_freqs + strict `max_freq < freq` + merge_pair) run to the end:
    // ("p","ug") and ("hug","s") both count 5; "pug" comes before "hugs", so ("p","ug") wins.
    const { merges, splits } = bpeTrain(HUG, 100);
    expect(merges).toEqual([
      ['u', 'g', 20],
      ['u', 'n', 16],
      ['h', 'ug', 15],
      ['p', 'un', 12],
      ['p', 'ug', 5],
      ['hug', 's', 5],
      ['b', 'un', 4],
    ]);
    expect(splits).toEqual({ hug: ['hug'], pug: ['pug'], pun: ['pun'], bun: ['bun'], hugs: ['hugs'] });
  });

  it('reproduces the 19 merges of the course implementation', () => {
    // HF NLP course ch. 6 §5 `print(merges)` after training to a vocabulary of 50; the counts are
    // `max_freq` of the same code (the course prints the first: ('Ġ', 't') 7)
    const { merges } = bpeTrain(COURSE_CORPUS, 19);
    expect(merges).toEqual([
      ['Ġ', 't', 7],
      ['i', 's', 5],
      ['e', 'r', 5],
      ['Ġ', 'a', 5],
      ['Ġt', 'o', 4],
      ['e', 'n', 4],
      ['T', 'h', 3],
      ['Th', 'is', 3],
      ['o', 'u', 3],
      ['s', 'e', 3],
      ['Ġto', 'k', 3],
      ['Ġtok', 'en', 3],
      ['n', 'd', 3],
      ['Ġ', 'is', 2],
      ['Ġt', 'h', 2],
      ['Ġth', 'e', 2],
      ['i', 'n', 2],
      ['Ġa', 'b', 2],
      ['Ġtoken', 'i', 2],
    ]);
    // the course: `splits = merge_pair("Ġ", "t", splits); print(splits["Ġtrained"])`
    expect(bpeTrain(COURSE_CORPUS, 1).splits['Ġtrained']).toEqual(['Ġt', 'r', 'a', 'i', 'n', 'e', 'd']);
  });

  it('splits into code points, counts overlapping pairs, and merges without overlap', () => {
    // Python's list("aaa") pairs ('a','a') twice (count 2·1); merge_pair then leaves ['aa', 'a']
    expect(bpeTrain([['aaa', 1]], 1)).toEqual({ merges: [['a', 'a', 2]], splits: { aaa: ['aa', 'a'] } });
    // list("😀😀") is two characters in Python, not four UTF-16 units
    expect(bpeTrain([['😀😀', 2]], 5)).toEqual({ merges: [['😀', '😀', 2]], splits: { '😀😀': ['😀😀'] } });
    expect(bpeTrain([], 3)).toEqual({ merges: [], splits: {} });
    expect(bpeTrain(HUG, 0).splits['hugs']).toEqual(['h', 'u', 'g', 's']);
  });

  it('keeps a word named __proto__ as an ordinary key and does not mutate its input', () => {
    const input = Object.freeze([Object.freeze(['__proto__', 2] as [string, number])]);
    const { splits } = bpeTrain(input, 1);
    expect(Object.keys(splits)).toEqual(['__proto__']);
    expect(input).toEqual([['__proto__', 2]]);
  });

  it('rejects malformed word tables and merge counts', () => {
    expect(() => bpeTrain('hug' as unknown as [string, number][], 1)).toThrow(TypeError);
    expect(() => bpeTrain([['hug', '10']] as unknown as [string, number][], 1)).toThrow(
      new TypeError('wordFreqs[0] must be a [string, number] pair, got an array of length 2'),
    );
    expect(() => bpeTrain([[3, 10]] as unknown as [string, number][], 1)).toThrow(TypeError);
    expect(() => bpeTrain([['hug', 0]], 1)).toThrow(
      new RangeError('wordFreqs[0][1] must be finite and > 0, got 0'),
    );
    expect(() => bpeTrain([['hug', Number.NaN]], 1)).toThrow(RangeError);
    expect(() => bpeTrain([['hug', Infinity]], 1)).toThrow(RangeError);
    expect(() =>
      bpeTrain(
        [
          ['hug', 1],
          ['hug', 2],
        ],
        1,
      ),
    ).toThrow(new RangeError('wordFreqs must not repeat a word, got "hug" twice'));
    expect(() => bpeTrain(HUG, -1)).toThrow(new RangeError('numMerges must be an integer >= 0, got -1'));
    expect(() => bpeTrain(HUG, 1.5)).toThrow(RangeError);
    expect(() => bpeTrain(HUG, '3' as unknown as number)).toThrow(TypeError);
  });

  it('keeps every word spelled by its split, with non-increasing merge counts (property)', () => {
    fc.assert(
      fc.property(wordFreqs, fc.integer({ min: 0, max: 12 }), (table, k) => {
        const { merges, splits } = bpeTrain(table, k);
        expect(merges.length).toBeLessThanOrEqual(k);
        for (const [word] of table) expect((splits[word] ?? []).join('')).toBe(word);
        for (let i = 1; i < merges.length; i++) {
          expect((merges[i] as [string, string, number])[2]).toBeLessThanOrEqual(
            (merges[i - 1] as [string, string, number])[2],
          );
        }
      }),
    );
  });

  it('tokenizes its training words exactly as its final splits (property)', () => {
    fc.assert(
      fc.property(wordFreqs, fc.integer({ min: 0, max: 12 }), (table, k) => {
        const { merges, splits } = bpeTrain(table, k);
        const words = table.map(([word]) => word);
        expect(bpeTokenize(words, merges)).toEqual(words.flatMap((word) => splits[word] ?? []));
      }),
    );
  });
});
