import { describe, expect, it } from 'vitest';
import { unigramSegment, wordPieceTokenize } from '@/lib/tokenization';
import { runBpe, segmentWords } from '@/components/demos/tokenizer-lab/bpe-run';
import {
  COURSE_WORDPIECE_VOCAB,
  firstUncovered,
  SP_MARK,
  unigramSeed,
  wordPieceVocab,
} from '@/components/demos/tokenizer-lab/compare-vocab';

/** The corpus of the Hugging Face LLM course, chapter 6 (sections 5–7). */
const COURSE: [string, number][] = [
  ['hug', 10],
  ['pug', 5],
  ['pun', 12],
  ['bun', 4],
  ['hugs', 5],
];

describe('runBpe on the course corpus', () => {
  it('learns the course’s first three merges: (u, g) 20, (u, n) 16, (h, ug) 15', () => {
    const run = runBpe(COURSE, 3);
    expect(run.merges).toEqual([
      ['u', 'g', 20],
      ['u', 'n', 16],
      ['h', 'ug', 15],
    ]);
    // The course's vocabulary and corpus after the third merge.
    expect(run.vocab).toEqual(['b', 'g', 'h', 'n', 'p', 's', 'u', 'ug', 'un', 'hug']);
    expect(run.splits).toEqual({
      hug: ['hug'],
      pug: ['p', 'ug'],
      pun: ['p', 'un'],
      bun: ['b', 'un'],
      hugs: ['hug', 's'],
    });
    expect(run.baseSize).toBe(7);
  });

  it('clamps the step to what the corpus allows and runs to one token per word', () => {
    const all = runBpe(COURSE, 1000);
    expect(all.step).toBe(all.allMerges.length);
    expect(Object.values(all.splits).every((s) => s.length === 1)).toBe(true);
    expect(runBpe(COURSE, -2).step).toBe(0);
    expect(runBpe(COURSE, Number.NaN).step).toBe(0);
  });

  it('tokenizes the course’s test words and marks unseen characters', () => {
    const run = runBpe(COURSE, 3);
    // Course: "bug" → ["b", "ug"]; "mug" → ["[UNK]", "ug"]; "thug" → ["[UNK]", "hug"].
    expect(segmentWords(['bug', 'mug', 'thug'], run)).toEqual([
      {
        word: 'bug',
        tokens: [
          { token: 'b', known: true },
          { token: 'ug', known: true },
        ],
      },
      {
        word: 'mug',
        tokens: [
          { token: 'm', known: false },
          { token: 'ug', known: true },
        ],
      },
      {
        word: 'thug',
        tokens: [
          { token: 't', known: false },
          { token: 'hug', known: true },
        ],
      },
    ]);
  });
});

describe('wordPieceVocab', () => {
  it('rewrites BPE splits in the ## convention, every character in both forms', () => {
    const vocab = wordPieceVocab(runBpe(COURSE, 3).splits);
    expect(vocab).toContain('hug');
    expect(vocab).toContain('##ug');
    expect(vocab).toContain('##s');
    expect(vocab).toContain('##b');
    expect(vocab).not.toContain('##hug');
    expect(wordPieceTokenize('hugs', vocab)).toEqual(['hug', '##s']);
    expect(wordPieceTokenize('bugs', vocab)).toEqual(['b', '##ug', '##s']);
    // One unmatched position makes the whole word unknown (HF WordpieceTokenizer).
    expect(wordPieceTokenize('mug', vocab)).toEqual(['[UNK]']);
  });
});

describe('COURSE_WORDPIECE_VOCAB', () => {
  it('tokenizes as the HF course says', () => {
    // HF LLM course, chapter 6, "WordPiece tokenization".
    expect(wordPieceTokenize('hugs', COURSE_WORDPIECE_VOCAB)).toEqual(['hugs']);
    expect(wordPieceTokenize('bugs', COURSE_WORDPIECE_VOCAB)).toEqual(['b', '##u', '##gs']);
    expect(wordPieceTokenize('mug', COURSE_WORDPIECE_VOCAB)).toEqual(['[UNK]']);
    expect(wordPieceTokenize('bum', COURSE_WORDPIECE_VOCAB)).toEqual(['[UNK]']);
  });
});

describe('unigramSeed', () => {
  it('reproduces the course’s seed vocabulary without a mark: fifteen pieces, total 210', () => {
    const seed = unigramSeed(COURSE, '');
    // HF LLM course, chapter 6, "Unigram tokenization".
    expect(Object.fromEntries(seed.counts)).toEqual({
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
    });
    expect(seed.total).toBe(210);
    expect(seed.logProbs.ug).toBeCloseTo(Math.log(20 / 210), 12);
    // The course's Viterbi example: "unhug" → ["un", "hug"]; "hug" → ["hug"] with p = 15/210
    // (the course prints it cut to 0.071428).
    expect(unigramSegment('unhug', seed.logProbs).pieces).toEqual(['un', 'hug']);
    const hug = unigramSegment('hug', seed.logProbs);
    expect(hug.pieces).toEqual(['hug']);
    expect(Math.exp(hug.logProb)).toBeCloseTo(15 / 210, 12);
    expect(Math.trunc(Math.exp(hug.logProb) * 1e6) / 1e6).toBe(0.071428);
  });

  it('with ▁ puts the mark on word-initial pieces', () => {
    const seed = unigramSeed(COURSE, SP_MARK);
    const counts = Object.fromEntries(seed.counts);
    expect(counts[SP_MARK]).toBe(36); // once per word occurrence
    expect(counts[`${SP_MARK}hug`]).toBe(15); // a strict substring of ▁hugs; ▁hug itself counts
    expect(counts[`${SP_MARK}pug`]).toBeUndefined(); // a whole word, never a strict substring
    expect(unigramSegment(`${SP_MARK}hug`, seed.logProbs).pieces).toEqual([`${SP_MARK}hug`]);
  });

  it('names the character no piece covers', () => {
    const seed = unigramSeed(COURSE, SP_MARK);
    expect(firstUncovered(`${SP_MARK}mug`, seed.logProbs)).toBe('m');
    expect(firstUncovered(`${SP_MARK}bug`, seed.logProbs)).toBe('');
    expect(() => unigramSegment(`${SP_MARK}mug`, seed.logProbs)).toThrow(RangeError);
  });
});
