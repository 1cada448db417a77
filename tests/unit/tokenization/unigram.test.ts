import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unigramSegment } from '@/lib/tokenization';

/**
 * The HF NLP course's Unigram example (chapter 6 "Unigram tokenization"): every strict substring of
 * "hug pug pun bun hugs" with its frequency; "the sum of all frequencies is 210".
 */
const COURSE_FREQS: Record<string, number> = {
  h: 15,
  u: 36,
  g: 20,
  hu: 15,
  ug: 20,
  p: 17,
  pu: 17,
  n: 16,
  un: 16,
  b: 4,
  bu: 4,
  s: 5,
  hug: 15,
  gs: 5,
  ugs: 5,
};
const COURSE_LOG_PROBS: Record<string, number> = Object.fromEntries(
  Object.entries(COURSE_FREQS).map(([piece, freq]) => [piece, Math.log(freq / 210)]),
);

/**
 * The course's `word_freqs` for its four-sentence corpus under xlnet-base-cased's Metaspace
 * pre-tokenizer ("Implementing Unigram").
 */
const XLNET_WORD_FREQS: [string, number][] = [
  ['▁This', 3],
  ['▁is', 2],
  ['▁the', 1],
  ['▁Hugging', 1],
  ['▁Face', 1],
  ['▁Course.', 1],
  ['▁chapter', 1],
  ['▁about', 1],
  ['▁tokenization.', 1],
  ['▁section', 1],
  ['▁shows', 1],
  ['▁several', 1],
  ['▁tokenizer', 1],
  ['▁algorithms.', 1],
  ['▁Hopefully,', 1],
  ['▁you', 1],
  ['▁will', 1],
  ['▁be', 1],
  ['▁able', 1],
  ['▁to', 1],
  ['▁understand', 1],
  ['▁how', 1],
  ['▁they', 1],
  ['▁are', 1],
  ['▁trained', 1],
  ['▁and', 1],
  ['▁generate', 1],
  ['▁tokens.', 1],
];

/**
 * The course's initial 300-piece model: every character, plus the most frequent substrings of two
 * or more characters (a stable sort, as Python's `sorted`), scored log(freq / total).
 */
function courseInitialModel(): Record<string, number> {
  const chars = new Map<string, number>();
  const subwords = new Map<string, number>();
  for (const [word, freq] of XLNET_WORD_FREQS) {
    for (let i = 0; i < word.length; i++) {
      chars.set(word[i] as string, (chars.get(word[i] as string) ?? 0) + freq);
      for (let j = i + 2; j <= word.length; j++) {
        const sub = word.slice(i, j);
        subwords.set(sub, (subwords.get(sub) ?? 0) + freq);
      }
    }
  }
  const sorted = [...subwords].sort((a, b) => b[1] - a[1]);
  const tokens = new Map([...chars, ...sorted.slice(0, 300 - chars.size)]);
  const total = [...tokens.values()].reduce((a, b) => a + b, 0);
  return Object.fromEntries([...tokens].map(([t, f]) => [t, Math.log(f / total)]));
}

/** Every segmentation of `text` into pieces of `table`, by brute force. */
function allSegmentations(text: string, table: Readonly<Record<string, number>>): string[][] {
  if (text === '') return [[]];
  const out: string[][] = [];
  for (let end = 1; end <= text.length; end++) {
    const head = text.slice(0, end);
    if (Object.hasOwn(table, head)) {
      for (const rest of allSegmentations(text.slice(end), table)) out.push([head, ...rest]);
    }
  }
  return out;
}

describe('unigramSegment', () => {
  it('finds the course segmentation of "unhug" and its probability', () => {
    // (the course prints six decimals, some rounded, some cut: compared to 5e-6)
    // HF course: Character 1 (n): "un" (score 0.076191) ... Character 4 (g): "un" "hug" (score 0.005442);
    // "Thus "unhug" would be tokenized as ["un", "hug"]"
    const un = unigramSegment('un', COURSE_LOG_PROBS);
    expect(un.pieces).toEqual(['un']);
    expect(Math.exp(un.logProb)).toBeCloseTo(0.076191, 5);
    const result = unigramSegment('unhug', COURSE_LOG_PROBS);
    expect(result.pieces).toEqual(['un', 'hug']);
    expect(Math.exp(result.logProb)).toBeCloseTo(0.005442, 5);
  });

  it('scores the course corpus words as the course does, ties broken as SentencePiece', () => {
    // Scores: HF course "Back to training": hug 0.071428, pug 0.007710, pun 0.006168, bun 0.001451,
    // hugs 0.001701. Pieces: SentencePiece 0.2.2 with these log-probabilities (identity normaliser)
    // — on the ties the course lists ["pu", "g"], ["pu", "n"], ["bu", "n"], ["hug", "s"], "depending on
    // which of those segmentations is encountered first"; SentencePiece meets the longest final piece first.
    const cases: [string, string[], number][] = [
      ['hug', ['hug'], 0.071428],
      ['pug', ['p', 'ug'], 0.00771],
      ['pun', ['p', 'un'], 0.006168],
      ['bun', ['b', 'un'], 0.001451],
      ['hugs', ['h', 'ugs'], 0.001701],
    ];
    for (const [word, pieces, score] of cases) {
      const result = unigramSegment(word, COURSE_LOG_PROBS);
      expect(result.pieces).toEqual(pieces);
      expect(Math.exp(result.logProb)).toBeCloseTo(score, 5);
    }
    // the course's exercise "huggun": SentencePiece 0.2.2 gives ["hug", "g", "un"]
    expect(unigramSegment('huggun', COURSE_LOG_PROBS).pieces).toEqual(['hug', 'g', 'un']);
  });

  it('gives a tie to the longer final piece, as Lattice::Viterbi', () => {
    // SentencePiece 0.2.2, pieces a −1, b −2, c −1, ab −2, bc −2: "abc" -> ["a", "bc"] (a + bc = ab + c = −3)
    expect(unigramSegment('abc', { a: -1, b: -2, c: -1, ab: -2, bc: -2 })).toEqual({
      pieces: ['a', 'bc'],
      logProb: -3,
    });
  });

  it('reproduces the course Viterbi on its 300-piece initial model', () => {
    // HF course "Implementing Unigram": encode_word("Hopefully", model) ->
    // (['H', 'o', 'p', 'e', 'f', 'u', 'll', 'y'], 41.5157494601402) and encode_word("This", model) ->
    // (['This'], 6.288267030694535). The course's scores are −log p plus its starting score of 1.
    const model = courseInitialModel();
    const hopefully = unigramSegment('Hopefully', model);
    expect(hopefully.pieces).toEqual(['H', 'o', 'p', 'e', 'f', 'u', 'll', 'y']);
    expect(hopefully.logProb).toBeCloseTo(-(41.5157494601402 - 1), 10);
    const thisWord = unigramSegment('This', model);
    expect(thisWord.pieces).toEqual(['This']);
    expect(thisWord.logProb).toBeCloseTo(-(6.288267030694535 - 1), 10);
  });

  it('handles the empty text, code points and keys that shadow Object.prototype', () => {
    expect(unigramSegment('', { a: -1 })).toEqual({ pieces: [], logProb: 0 });
    expect(unigramSegment('😀😀', { '😀': -1, '😀😀': -3 })).toEqual({ pieces: ['😀', '😀'], logProb: -2 });
    const table = JSON.parse('{"__proto__": -1, "constructor": -1}') as Record<string, number>;
    expect(unigramSegment('constructor', table).pieces).toEqual(['constructor']);
    expect(() => unigramSegment('toString', { t: -1 })).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const table = Object.freeze({ ...COURSE_LOG_PROBS });
    unigramSegment('hugs', table);
    expect(table).toEqual(COURSE_LOG_PROBS);
  });

  it('names the first character that no segmentation gets past', () => {
    expect(() => unigramSegment('hug!', COURSE_LOG_PROBS)).toThrow(
      new RangeError('text cannot be segmented: no piece of pieceLogProbs covers "!" at character 3'),
    );
    // "ab" reaches position 2, "bc" would need to start at 1, which no piece ends at
    expect(() => unigramSegment('abc', { ab: -1, bc: -1 })).toThrow(
      new RangeError('text cannot be segmented: no piece of pieceLogProbs covers "c" at character 2'),
    );
    expect(() => unigramSegment('x', {})).toThrow(RangeError);
  });

  it('rejects arguments of the wrong type or range', () => {
    expect(() => unigramSegment(5 as unknown as string, COURSE_LOG_PROBS)).toThrow(
      new TypeError('text must be a string, got 5'),
    );
    expect(() => unigramSegment('a', null as unknown as Record<string, number>)).toThrow(TypeError);
    expect(() => unigramSegment('a', [-1] as unknown as Record<string, number>)).toThrow(TypeError);
    expect(() => unigramSegment('a', { a: '-1' } as unknown as Record<string, number>)).toThrow(
      new TypeError('pieceLogProbs["a"] must be a number, got "-1"'),
    );
    expect(() => unigramSegment('a', { a: -Infinity })).toThrow(
      new RangeError('pieceLogProbs["a"] must be finite, got -Infinity'),
    );
    expect(() => unigramSegment('a', { a: Number.NaN })).toThrow(RangeError);
    expect(() => unigramSegment('a', { a: -1, '': 0 })).toThrow(
      new RangeError('pieceLogProbs must not hold the empty piece ""'),
    );
  });

  it('returns a best segmentation that spells the text and sums its scores (property)', () => {
    const table = fc
      .dictionary(
        fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 2, maxLength: 4 }),
        fc.integer({ min: -8, max: 0 }),
        { maxKeys: 8 },
      )
      .chain((extra) =>
        fc
          .tuple(fc.integer({ min: -8, max: 0 }), fc.integer({ min: -8, max: 0 }))
          .map(([a, b]) => ({ ...extra, a, b }) as Record<string, number>),
      );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 9 }), table, (text, logProbs) => {
        const { pieces, logProb } = unigramSegment(text, logProbs);
        expect(pieces.join('')).toBe(text);
        expect(logProb).toBe(pieces.reduce((sum, p) => sum + (logProbs[p] as number), 0));
        const scores = allSegmentations(text, logProbs).map((seg) =>
          seg.reduce((sum, p) => sum + (logProbs[p] as number), 0),
        );
        expect(logProb).toBe(Math.max(...scores));
      }),
    );
  });
});
