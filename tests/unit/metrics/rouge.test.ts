import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rougeFmeasure,
  rougeL,
  rougeLDetails,
  rougeN,
  rougeNDetails,
  rougeTokenize,
  type RougeScore,
} from '@/lib/metrics';
import { oddText, smallVocabSentence } from './text-arbitraries';

/** assertAlmostEqual(expected, actual, places) as in rouge-score's absltest cases. */
function expectScore(actual: RougeScore, expected: RougeScore, places = 7) {
  expect(actual.precision).toBeCloseTo(expected.precision, places);
  expect(actual.recall).toBeCloseTo(expected.recall, places);
  expect(actual.fmeasure).toBeCloseTo(expected.fmeasure, places);
}

// rouge-score rouge/testdata/target.txt and prediction.txt, lines 0 and 1 (random strings whose
// ROUGE-1.5.5 scores are pinned in rouge_scorer_test.py)
const TARGETS = [
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L\n",
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN\n",
] as const;
const PREDICTIONS = [
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi\n",
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD\n",
] as const;

describe('rougeTokenize', () => {
  it('lower-cases and splits on whitespace (rouge-score tokenize_test)', () => {
    // tokenize_test.py: tokenize('one Two three') and tokenize('one\n Two \nthree') → ['one', 'two', 'three']
    expect(rougeTokenize('one Two three')).toEqual(['one', 'two', 'three']);
    expect(rougeTokenize('one\n Two \nthree')).toEqual(['one', 'two', 'three']);
  });

  it('treats every character outside [a-z0-9] as a separator', () => {
    // rouge-score tokenize.tokenize(…, None), run on this string:
    // ['the', 'caf', 'costs', '5', 'na', 've', 'i', 'stanbul', 'kelvink']
    expect(rougeTokenize('The café costs 5€ — naïve İstanbul Kelvin\u212a')).toEqual([
      'the',
      'caf',
      'costs',
      '5',
      'na',
      've',
      'i',
      'stanbul',
      'kelvink',
    ]);
  });

  it('yields no tokens at all for Chinese', () => {
    // rouge-score tokenize.tokenize('我爱北京天安门', None) == []
    expect(rougeTokenize('我爱北京天安门')).toEqual([]);
  });

  it('rejects a non-string', () => {
    expect(() => rougeTokenize(undefined as unknown as string)).toThrow(
      new TypeError('text must be a string, got undefined'),
    );
  });
});

describe('rougeFmeasure', () => {
  it('is the harmonic mean, 0 when precision and recall are both 0', () => {
    // rouge-score scoring.fmeasure; testRouge1: P = 1, R = 1/3 → 1/2
    expect(rougeFmeasure(1, 1 / 3)).toBeCloseTo(0.5, 15);
    expect(rougeFmeasure(0, 0)).toBe(0);
  });
});

describe('rougeN', () => {
  it('reproduces rouge-score testRouge1 and testRouge2', () => {
    // rouge_scorer_test.py
    expectScore(rougeN('testing one two', 'testing', 1), { precision: 1, recall: 1 / 3, fmeasure: 1 / 2 });
    expectScore(rougeN('testing one two', 'testing one', 2), {
      precision: 1,
      recall: 1 / 2,
      fmeasure: 2 / 3,
    });
    // testMultipleRougeTypes: rouge1 of ("testing one two", "testing one")
    expectScore(rougeN('testing one two', 'testing one', 1), {
      precision: 1,
      recall: 2 / 3,
      fmeasure: 4 / 5,
    });
  });

  it('is 0 for an empty prediction (testRougeEmpty)', () => {
    // rouge_scorer_test.py testRougeEmpty, rouge1 and rouge2
    expect(rougeN('testing one two', '', 1)).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
    expect(rougeN('testing one two', '', 2)).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('agrees with ROUGE-1.5.5 on the rouge-score test data (5 places)', () => {
    // testRouge1AgainstRouge155 and testRouge2AgainstRouge155
    expectScore(
      rougeN(TARGETS[0], PREDICTIONS[0], 1),
      { recall: 0.40741, precision: 0.6875, fmeasure: 0.51163 },
      5,
    );
    expectScore(
      rougeN(TARGETS[1], PREDICTIONS[1], 1),
      { recall: 0.40476, precision: 0.65385, fmeasure: 0.5 },
      5,
    );
    expectScore(
      rougeN(TARGETS[0], PREDICTIONS[0], 2),
      { recall: 0.30769, precision: 0.53333, fmeasure: 0.39024 },
      5,
    );
    expectScore(
      rougeN(TARGETS[1], PREDICTIONS[1], 2),
      { recall: 0.29268, precision: 0.48, fmeasure: 0.36364 },
      5,
    );
  });

  it('scores Chinese text 0 even against itself, because it has no tokens', () => {
    // rouge-score RougeScorer(['rouge1']).score('我爱北京天安门', '我爱北京天安门') → all 0.0
    expect(rougeN('我爱北京天安门', '我爱北京天安门', 1)).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('does not stem: "killed" and "kill" differ', () => {
    // rouge-score (use_stemmer=False), "Police killed the gunman" vs "the gunman kill police":
    // rouge1 = 0.75 / 0.75 / 0.75 (police, the, gunman), rouge2 = 1/3 ("the gunman")
    expectScore(rougeN('Police killed the gunman', 'the gunman kill police', 1), {
      precision: 0.75,
      recall: 0.75,
      fmeasure: 0.75,
    });
    expectScore(rougeN('Police killed the gunman', 'the gunman kill police', 2), {
      precision: 1 / 3,
      recall: 1 / 3,
      fmeasure: 1 / 3,
    });
  });

  it("clips repeated n-grams by the other side's count", () => {
    // target "the the the" (3), prediction "the" ×5: overlap min(3, 5) = 3 → P = 3/5, R = 3/3
    // (rouge-score: (0.6, 1.0, 0.7499999999999999))
    expectScore(rougeN('the the the', 'the the the the the', 1), {
      precision: 0.6,
      recall: 1,
      fmeasure: 0.75,
    });
  });

  it('rejects non-strings and an n that is not an integer >= 1', () => {
    expect(() => rougeN(1 as unknown as string, 'a', 1)).toThrow(
      new TypeError('target must be a string, got 1'),
    );
    expect(() => rougeN('a', null as unknown as string, 1)).toThrow(/prediction must be a string/);
    // rouge-score testInvalidRougeTypes: rouge0 is invalid
    expect(() => rougeN('a', 'a', 0)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => rougeN('a', 'a', 1.5)).toThrow(RangeError);
    expect(() => rougeN('a', 'a', '1' as unknown as number)).toThrow(TypeError);
  });
});

describe('rougeNDetails', () => {
  it('lists the n-grams of both sides with their overlap', () => {
    // "the cat sat" vs "the cat": target unigrams the, cat, sat; prediction adds nothing new
    const details = rougeNDetails('the cat sat', 'the cat', 1);
    expect(details.ngrams).toEqual([
      { tokens: ['the'], targetCount: 1, predictionCount: 1, overlap: 1 },
      { tokens: ['cat'], targetCount: 1, predictionCount: 1, overlap: 1 },
      { tokens: ['sat'], targetCount: 1, predictionCount: 0, overlap: 0 },
    ]);
    expect([details.overlap, details.targetTotal, details.predictionTotal]).toEqual([2, 3, 2]);
    // prediction-only n-grams come last
    expect(rougeNDetails('a b', 'b c', 1).ngrams.map((g) => g.tokens[0])).toEqual(['a', 'b', 'c']);
  });

  it('rejects what rougeN rejects', () => {
    expect(() => rougeNDetails('a', 'a', -1)).toThrow(RangeError);
    expect(() => rougeNDetails([] as unknown as string, 'a', 1)).toThrow(TypeError);
  });
});

describe('rougeL', () => {
  it('reproduces rouge-score testRougeLConsecutive and testRougeLNonConsecutive', () => {
    expectScore(rougeL('testing one two', 'testing one'), { precision: 1, recall: 2 / 3, fmeasure: 4 / 5 });
    expectScore(rougeL('testing one two', 'testing two'), { precision: 1, recall: 2 / 3, fmeasure: 4 / 5 });
  });

  it('is 0 for an empty prediction (testRougeEmpty)', () => {
    expect(rougeL('testing one two', '')).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('agrees with ROUGE-1.5.5 on the rouge-score test data (testRougeLAgainstRouge155)', () => {
    expectScore(
      rougeL(TARGETS[0], PREDICTIONS[0]),
      { recall: 0.40741, precision: 0.6875, fmeasure: 0.51163 },
      5,
    );
    expectScore(
      rougeL(TARGETS[1], PREDICTIONS[1]),
      { recall: 0.40476, precision: 0.65385, fmeasure: 0.5 },
      5,
    );
  });

  it('counts in-order matches that are not contiguous', () => {
    // "the cat sat on the mat" vs "the cat on the mat": LCS = the cat on the mat (5)
    // P = 5/5, R = 5/6, F = 2 · 1 · 5/6 / (1 + 5/6) = 10/11 (rouge-score: 0.9090909090909091)
    expectScore(rougeL('the cat sat on the mat', 'the cat on the mat'), {
      precision: 1,
      recall: 5 / 6,
      fmeasure: 10 / 11,
    });
    // ROUGE-2 of the same pair only sees contiguous pairs: 3 of 4 → P = 0.75, R = 0.6
    expectScore(rougeN('the cat sat on the mat', 'the cat on the mat', 2), {
      precision: 0.75,
      recall: 0.6,
      fmeasure: 2 / 3,
    });
  });

  it('rejects non-strings', () => {
    expect(() => rougeL(1 as unknown as string, 'a')).toThrow(
      new TypeError('target must be a string, got 1'),
    );
    expect(() => rougeL('a', {} as unknown as string)).toThrow(TypeError);
  });
});

describe('rougeLDetails', () => {
  it('locates one LCS in both token lists', () => {
    // "testing one two" vs "testing two": LCS = testing two
    expect(rougeLDetails('testing one two', 'testing two')).toEqual({
      precision: 1,
      recall: 2 / 3,
      fmeasure: 0.8,
      targetTokens: ['testing', 'one', 'two'],
      predictionTokens: ['testing', 'two'],
      lcsLength: 2,
      targetIndices: [0, 2],
      predictionIndices: [0, 1],
    });
  });

  it('rejects non-strings', () => {
    expect(() => rougeLDetails('a', 2 as unknown as string)).toThrow(/prediction must be a string/);
  });
});

describe('ROUGE invariants', () => {
  const text = fc.oneof(smallVocabSentence, oddText);
  const inUnit = (s: RougeScore) =>
    [s.precision, s.recall, s.fmeasure].every((x) => !Number.isNaN(x) && x >= 0 && x <= 1);

  it('keeps P, R and F in [0, 1] on any text, odd Unicode included (property)', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (a, b, n) => {
        expect(inUnit(rougeN(a, b, n))).toBe(true);
        expect(inUnit(rougeL(a, b))).toBe(true);
      }),
    );
  });

  it('swaps precision and recall when target and prediction swap (property)', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (a, b, n) => {
        const ab = rougeN(a, b, n);
        const ba = rougeN(b, a, n);
        expect(ab.precision).toBe(ba.recall);
        expect(ab.recall).toBe(ba.precision);
        expect(ab.fmeasure).toBeCloseTo(ba.fmeasure, 12);
        const lab = rougeL(a, b);
        const lba = rougeL(b, a);
        expect(lab.precision).toBe(lba.recall);
        expect(lab.recall).toBe(lba.precision);
      }),
    );
  });

  it('never gives ROUGE-L more recall than ROUGE-1, and its LCS indices are a real common subsequence (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const details = rougeLDetails(a, b);
        expect(details.recall).toBeLessThanOrEqual(rougeN(a, b, 1).recall + 1e-12);
        expect(details.targetIndices).toHaveLength(details.lcsLength);
        details.targetIndices.forEach((ti, k) => {
          const pi = details.predictionIndices[k] ?? -1;
          expect(details.targetTokens[ti]).toBe(details.predictionTokens[pi]);
          if (k > 0) {
            expect(ti).toBeGreaterThan(details.targetIndices[k - 1] ?? Infinity);
            expect(pi).toBeGreaterThan(details.predictionIndices[k - 1] ?? Infinity);
          }
        });
      }),
    );
  });

  it('is 1 for identical tokenizable text (property)', () => {
    const sentence = fc
      .array(fc.constantFrom('the', 'cat', 'sat', 'on', 'mat'), { minLength: 1, maxLength: 10 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, (s) => {
        expect(rougeN(s, s, 1)).toEqual({ precision: 1, recall: 1, fmeasure: 1 });
        expect(rougeL(s, s)).toEqual({ precision: 1, recall: 1, fmeasure: 1 });
      }),
    );
  });
});
