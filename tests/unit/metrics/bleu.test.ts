import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLEU_SMOOTH_METHODS,
  bleuFromCounts,
  sentenceBleu,
  type BleuResult,
  type SentenceBleuOptions,
} from '@/lib/metrics';
import { oddText, smallVocabSentence } from './text-arbitraries';

/** Every number of a result close to sacreBLEU's, to `digits` decimals. */
function expectBleu(actual: BleuResult, expected: BleuResult, digits = 10) {
  expect(actual.score).toBeCloseTo(expected.score, digits);
  expect(actual.bp).toBeCloseTo(expected.bp, digits);
  expect(actual.precisions).toHaveLength(expected.precisions.length);
  actual.precisions.forEach((p, i) => expect(p).toBeCloseTo(expected.precisions[i] ?? Number.NaN, digits));
  expect(actual.counts).toEqual(expected.counts);
  expect(actual.totals).toEqual(expected.totals);
  expect(actual.sysLen).toBe(expected.sysLen);
  expect(actual.refLen).toBe(expected.refLen);
}

/** A doctest `+ELLIPSIS` value such as `0.5045...`: the number starts with these 4 decimals. */
function expectDoctestPrefix(actual: number, prefix: number) {
  expect(actual).toBeGreaterThanOrEqual(prefix);
  expect(actual).toBeLessThan(prefix + 1e-4);
}

// sacreBLEU test/test_sentence_bleu.py, "Example taken from #98"
const REF = 'producţia de zahăr brut se exprimă în zahăr alb;';
const SYS = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';

// NLTK nltk/translate/bleu_score.py, sentence_bleu doctest (tokens joined by spaces)
const NLTK_HYP1 =
  'It is a guide to action which ensures that the military always obeys the commands of the party';
const NLTK_HYP2 = 'It is to insure the troops forever hearing the activity guidebook that party direct';
const NLTK_REFS = [
  'It is a guide to action that ensures that the military will forever heed Party commands',
  'It is the guiding principle which guarantees the military forces always being under the command of the Party',
  'It is the practical guide for the army always to heed the directions of the party',
];

describe('sentenceBleu', () => {
  it('reproduces sacreBLEU test_sentence_bleu for every smoothing method (#98)', () => {
    // test_sentence_bleu.py test_cases, EPSILON = 1e-3
    const cases: [SentenceBleuOptions, number][] = [
      [{ smoothMethod: 'exp' }, 8.493],
      [{ smoothMethod: 'none' }, 0.0],
      [{ smoothMethod: 'floor' }, 4.51688],
      [{ smoothMethod: 'floor', smoothValue: 0.1 }, 4.51688],
      [{ smoothMethod: 'floor', smoothValue: 0.5 }, 10.1],
      [{ smoothMethod: 'add-k' }, 14.882],
      [{ smoothMethod: 'add-k', smoothValue: 1 }, 14.882],
      [{ smoothMethod: 'add-k', smoothValue: 2 }, 21.389],
      [{ smoothMethod: 'exp', tokenize: 'none' }, 7.347],
    ];
    for (const [options, expected] of cases) {
      expect(Math.abs(sentenceBleu(SYS, [REF], options).score - expected)).toBeLessThan(1e-3);
    }
  });

  it('matches every statistic sacreBLEU reports for the #98 example', () => {
    // sacreBLEU (mjpost/sacrebleu f615c72) sentence_bleu(SYS, [REF]) printed score, counts, totals,
    // precisions, bp, sys_len, ref_len
    expectBleu(sentenceBleu(SYS, [REF]), {
      score: 8.493098745313148,
      bp: 1,
      precisions: [35.714285714285715, 15.384615384615385, 4.166666666666667, 2.272727272727273],
      counts: [5, 2, 0, 0],
      totals: [14, 13, 12, 11],
      sysLen: 14,
      refLen: 10,
    });
  });

  it('reports add-k counts and totals with k added from order 2, as sacreBLEU does', () => {
    // sacreBLEU sentence_bleu(SYS, [REF], smooth_method='add-k'): counts [5, 2+1, 0+1, 0+1],
    // totals [14, 13+1, 12+1, 11+1]; order 1 is never smoothed
    expectBleu(sentenceBleu(SYS, [REF], { smoothMethod: 'add-k' }), {
      score: 14.882560178972215,
      bp: 1,
      precisions: [35.714285714285715, 21.428571428571427, 7.6923076923076925, 8.333333333333334],
      counts: [5, 3, 1, 1],
      totals: [14, 14, 13, 12],
      sysLen: 14,
      refLen: 10,
    });
  });

  it('scores 0 when no unigram matches, whatever the smoothing (sacreBLEU #141)', () => {
    // test_sentence_bleu.py test_cases_zero_bleu: SYS_0 = "this is a cat", REF_0 = "okay thanks"
    for (const smoothMethod of BLEU_SMOOTH_METHODS) {
      const result = sentenceBleu('this is a cat', ['okay thanks'], { smoothMethod });
      expect(result.score).toBe(0);
      expect(result.precisions).toEqual([0, 0, 0, 0]);
      expect(result.counts).toEqual([0, 0, 0, 0]);
      expect(result.totals).toEqual([4, 3, 2, 1]);
    }
  });

  it('reproduces sacreBLEU test_bleu single-sentence cases (raw_corpus_bleu: none, floor 0.01)', () => {
    // test_bleu.py: raw_corpus_bleu = tokenize 'none', smooth 'floor', use_effective_order=True;
    // a one-sentence corpus is a sentence score. EPSILON = 1e-8 on score / 100.
    const raw = { tokenize: 'none', smoothMethod: 'floor', smoothValue: 0.01 } as const;
    const cases: [string, string, number][] = [
      ['this is a test', 'this is a test', 1.0], // test_raw_bleu
      ['this is a fest', 'this is a test', 0.223606797749979], // test_raw_bleu
      ['test', 'a test', 0.3678794411714425], // test_effective_order
      ['a test', 'a test', 1.0], // test_effective_order
      ['a little test', 'a test', 0.03218297948685433], // test_effective_order
    ];
    for (const [hyp, ref, expected] of cases) {
      expect(Math.abs(sentenceBleu(hyp, [ref], raw).score / 100 - expected)).toBeLessThan(1e-8);
    }
    // test_statistics: counts [4, 2, 1, 0], totals [6, 5, 4, 3]
    const stats = sentenceBleu('am I am a character sequence', ['I am a symbol string sequence a a'], raw);
    expect(stats.counts).toEqual([4, 2, 1, 0]);
    expect(stats.totals).toEqual([6, 5, 4, 3]);
    // test_offset: floor 0.0 → 0; the default floor 0.1 → 0.1555722182
    const offset = { tokenize: 'none', smoothMethod: 'floor' } as const;
    expect(
      sentenceBleu('am I am a character sequence', ['I am a symbol string sequence a a'], {
        ...offset,
        smoothValue: 0,
      }).score,
    ).toBe(0);
    expect(
      Math.abs(
        sentenceBleu('am I am a character sequence', ['I am a symbol string sequence a a'], offset).score /
          100 -
          0.1555722182,
      ),
    ).toBeLessThan(1e-8);
  });

  it('matches NLTK sentence_bleu when every order has a match, and differs when one has none', () => {
    // NLTK sentence_bleu doctest: hypothesis1 → 0.5045… (all four orders have matches, so no
    // smoothing applies and both libraries compute the same number, in different units)
    expectDoctestPrefix(sentenceBleu(NLTK_HYP1, NLTK_REFS, { tokenize: 'none' }).score / 100, 0.5045);
    // hypothesis2 has no 3- or 4-gram match: NLTK's default (no smoothing) rounds to 0.0 …
    expect(sentenceBleu(NLTK_HYP2, NLTK_REFS, { tokenize: 'none', smoothMethod: 'none' }).score).toBe(0);
    // … NLTK's chencherry.method1 (epsilon 0.1) gives 0.0370…, which is sacreBLEU's floor 0.1 …
    expectDoctestPrefix(
      sentenceBleu(NLTK_HYP2, NLTK_REFS, { tokenize: 'none', smoothMethod: 'floor' }).score / 100,
      0.037,
    );
    // … and sacreBLEU's default exp smoothing gives 6.963003305718091 (sacreBLEU f615c72)
    expect(sentenceBleu(NLTK_HYP2, NLTK_REFS, { tokenize: 'none' }).score).toBeCloseTo(6.963003305718091, 10);
  });

  it('clips counts by the largest count in any one reference (NLTK modified_precision doctest)', () => {
    // NLTK: modified_precision(["the cat is on the mat", "there is a cat on the mat"],
    // "the the the the the the the", n=1) = 0.2857… = 2/7; sacreBLEU exp: 7.809849842300637
    const result = sentenceBleu('the the the the the the the', [
      'the cat is on the mat',
      'there is a cat on the mat',
    ]);
    expect(result.counts).toEqual([2, 0, 0, 0]);
    expect(result.precisions[0]).toBeCloseTo((100 * 2) / 7, 10);
    expect(result.score).toBeCloseTo(7.809849842300637, 10);
  });

  it('scores a hand-worked example', () => {
    // hyp "the cat sat on the mat", ref "the cat is on the mat" (6 tokens each, BP = 1)
    // 1-grams: the ×2, cat, on, mat match, sat does not → 5/6
    // 2-grams: "the cat", "on the", "the mat" → 3/5
    // 3-grams: "on the mat" → 1/4
    // 4-grams: none of 3 → exp smoothing 1/(2 · 3) = 1/6
    // BLEU = (5/6 · 3/5 · 1/4 · 1/6)^(1/4) = (1/48)^(1/4) = 0.379918 → 37.9918
    // (sacreBLEU f615c72 prints 37.99178428257963)
    const result = sentenceBleu('the cat sat on the mat', ['the cat is on the mat']);
    expect(result.counts).toEqual([5, 3, 1, 0]);
    expect(result.totals).toEqual([6, 5, 4, 3]);
    expect(result.score).toBeCloseTo(37.99178428257963, 10);
    // floor 0.1: 4-gram precision 0.1/3 → sacreBLEU 25.40663740773073
    expect(
      sentenceBleu('the cat sat on the mat', ['the cat is on the mat'], { smoothMethod: 'floor' }).score,
    ).toBeCloseTo(25.40663740773073, 10);
  });

  it('takes each n-gram from whichever reference has the most of it', () => {
    // sacreBLEU f615c72: refs "the cat is on the mat" / "a cat sat on a mat" → counts [6, 5, 2, 0]
    const result = sentenceBleu('the cat sat on the mat', ['the cat is on the mat', 'a cat sat on a mat']);
    expect(result.counts).toEqual([6, 5, 2, 0]);
    expect(result.score).toBeCloseTo(53.7284965911771, 10);
  });

  it('uses the closest reference length, ties to the shorter', () => {
    // sacreBLEU _get_closest_ref_len: hyp 3 tokens, refs of 4 and 2 → both 1 away → 2
    expect(sentenceBleu('a b c', ['a b c d', 'a b']).refLen).toBe(2);
    expect(sentenceBleu('a b c', ['a b', 'a b c d']).refLen).toBe(2);
  });

  it('applies the brevity penalty exp(1 − r/c) and 0 for an empty hypothesis', () => {
    // sacreBLEU f615c72: "the cat" vs a 6-token reference: bp = exp(1 − 6/2) = 0.1353352832366127
    const short = sentenceBleu('the cat', ['the cat sat on the mat']);
    expect(short.bp).toBeCloseTo(0.1353352832366127, 15);
    expect(short.score).toBeCloseTo(13.533528323661276, 10);
    // sacreBLEU: sentence_bleu("", ["a b"]) → bp 0.0, score 0.0; ("", [""]) → bp 1.0
    expect(sentenceBleu('', ['a b'])).toEqual({
      score: 0,
      bp: 0,
      precisions: [0, 0, 0, 0],
      counts: [0, 0, 0, 0],
      totals: [0, 0, 0, 0],
      sysLen: 0,
      refLen: 2,
    });
    expect(sentenceBleu('', ['']).bp).toBe(1);
  });

  it('ignores orders with no n-grams only with useEffectiveOrder', () => {
    // sacreBLEU f615c72, "the cat" vs "the cat sat on the mat":
    // effective order → 13.533528323661276; use_effective_order=False → 0.0 (orders 3-4 count as 0)
    expect(sentenceBleu('the cat', ['the cat sat on the mat']).score).toBeCloseTo(13.533528323661276, 10);
    expect(sentenceBleu('the cat', ['the cat sat on the mat'], { useEffectiveOrder: false }).score).toBe(0);
    // add-k adds k to the empty orders 3-4 too: precision (0+1)/(0+1) = 100% there (sacreBLEU: counts
    // [2, 2, 1, 1], totals [2, 2, 1, 1])
    const addK = sentenceBleu('the cat', ['the cat sat on the mat'], { smoothMethod: 'add-k' });
    expect(addK.counts).toEqual([2, 2, 1, 1]);
    expect(addK.precisions).toEqual([100, 100, 100, 100]);
  });

  it('tokenizes with 13a by default and strips trailing whitespace', () => {
    // sacreBLEU f615c72: "The cat sat on the mat." vs "The cat is on the mat." → 48.892302243490086
    // with 13a (7 tokens), 37.99178428257963 with 'none' ("mat." is one token)
    expect(sentenceBleu('The cat sat on the mat.', ['The cat is on the mat.']).score).toBeCloseTo(
      48.892302243490086,
      10,
    );
    expect(
      sentenceBleu('The cat sat on the mat.', ['The cat is on the mat.'], { tokenize: 'none' }).score,
    ).toBeCloseTo(37.99178428257963, 10);
    // sacreBLEU: rstrip + 13a make these identical → 100.00000000000004, reported here as 100
    expect(sentenceBleu('The cat sat on the mat.\n', ['  The cat sat on the mat. ']).score).toBe(100);
    expect(sentenceBleu('&quot;Hi&quot;', ['"Hi"']).score).toBe(100);
  });

  it('gives unsegmented Chinese almost no n-grams to match', () => {
    // sacreBLEU f615c72: 13a keeps "我爱北京的天安门。" as one token → 0.0; segmented by hand
    // ("我 爱 北京 的 天安门 。") → 40.93653765389909
    expect(sentenceBleu('我爱北京天安门。', ['我爱北京的天安门。']).score).toBe(0);
    expect(sentenceBleu('我 爱 北京 天安门 。', ['我 爱 北京 的 天安门 。']).score).toBeCloseTo(
      40.93653765389909,
      10,
    );
  });

  it('rejects invalid hypotheses and references', () => {
    expect(() => sentenceBleu(3 as unknown as string, ['a'])).toThrow(
      new TypeError('hypothesis must be a string, got 3'),
    );
    expect(() => sentenceBleu('a', 'a' as unknown as string[])).toThrow(TypeError);
    expect(() => sentenceBleu('a', ['a', 2] as unknown as string[])).toThrow(
      new TypeError('references[1] must be a string, got 2'),
    );
    expect(() => sentenceBleu('a', [])).toThrow(
      new RangeError('references must be a non-empty array of strings, got an empty array'),
    );
  });

  it('rejects invalid options, naming the option', () => {
    expect(() => sentenceBleu('a', ['a'], { tokenize: 'intl' as '13a' })).toThrow(
      new RangeError(`tokenize must be one of '13a', 'none', got "intl"`),
    );
    expect(() => sentenceBleu('a', ['a'], { smoothMethod: 'add-one' as 'exp' })).toThrow(
      new RangeError(`smoothMethod must be one of 'none', 'floor', 'add-k', 'exp', got "add-one"`),
    );
    expect(() => sentenceBleu('a', ['a'], { smoothMethod: 'floor', smoothValue: 1.5 })).toThrow(
      new RangeError('smoothValue must be in [0, 1] for floor, got 1.5'),
    );
    expect(() => sentenceBleu('a', ['a'], { smoothMethod: 'add-k', smoothValue: -1 })).toThrow(
      /smoothValue must be finite and >= 0, got -1/,
    );
    expect(() => sentenceBleu('a', ['a'], { smoothValue: Number.NaN })).toThrow(RangeError);
    expect(() => sentenceBleu('a', ['a'], { smoothValue: '1' as unknown as number })).toThrow(TypeError);
    expect(() => sentenceBleu('a', ['a'], { useEffectiveOrder: 1 as unknown as boolean })).toThrow(
      new TypeError('useEffectiveOrder must be a boolean, got 1'),
    );
    expect(() => sentenceBleu('a', ['a'], { tokenize: 13 as unknown as '13a' })).toThrow(TypeError);
    expect(() => sentenceBleu('a', ['a'], null as unknown as SentenceBleuOptions)).toThrow(TypeError);
  });

  const options = fc.record(
    {
      tokenize: fc.constantFrom('13a', 'none'),
      smoothMethod: fc.constantFrom(...BLEU_SMOOTH_METHODS),
      useEffectiveOrder: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('stays in [0, 100] with bp in [0, 1] and never mutates its inputs (property)', () => {
    fc.assert(
      fc.property(
        smallVocabSentence,
        fc.array(smallVocabSentence, { minLength: 1, maxLength: 3 }),
        options,
        (hyp, refs, opts) => {
          const frozen = Object.freeze([...refs]);
          const result = sentenceBleu(hyp, frozen, opts);
          expect(frozen).toEqual(refs);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(result.bp).toBeGreaterThanOrEqual(0);
          expect(result.bp).toBeLessThanOrEqual(1);
          result.precisions.forEach((p) => {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(100);
          });
        },
      ),
    );
  });

  it('is 100 for a hypothesis identical to a reference of at least 4 tokens (property)', () => {
    const sentence = fc
      .array(fc.constantFrom('the', 'cat', 'sat', 'on', 'a', 'mat', 'dog', 'The'), {
        minLength: 4,
        maxLength: 12,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(sentence, fc.array(smallVocabSentence, { maxLength: 2 }), options, (ref, others, opts) => {
        expect(sentenceBleu(ref, [...others, ref], opts).score).toBe(100);
      }),
    );
  });

  it('never throws or returns NaN on odd Unicode (property)', () => {
    fc.assert(
      fc.property(oddText, fc.array(oddText, { minLength: 1, maxLength: 3 }), options, (hyp, refs, opts) => {
        const result = sentenceBleu(hyp, refs, opts);
        for (const x of [result.score, result.bp, ...result.precisions]) expect(Number.isNaN(x)).toBe(false);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('bleuFromCounts', () => {
  it('reproduces sacreBLEU test_scoring', () => {
    // test_bleu.py test_case_scoring: compute_bleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11) / 100 = 0.8375922397
    expect(
      Math.abs(bleuFromCounts([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score / 100 - 0.8375922397),
    ).toBeLessThan(1e-8);
  });

  it('reproduces sacreBLEU test_degenerate_statistics (floor smoothing) exactly', () => {
    // test_bleu.py test_case_degenerate_stats: (counts, totals, sys_len, ref_len, offset) → 0.0
    const cases: [number[], number[], number, number, number][] = [
      [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0.0],
      [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0.0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.0],
      [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0.0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
      [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
    ];
    for (const [counts, totals, sysLen, refLen, offset] of cases) {
      expect(
        bleuFromCounts(counts, totals, sysLen, refLen, { smoothMethod: 'floor', smoothValue: offset }).score,
      ).toBe(0);
    }
  });

  it('returns fresh arrays and leaves its inputs alone', () => {
    // sacreBLEU's compute_bleu adds k into the caller's lists in place; this one does not
    const counts = Object.freeze([5, 2, 0, 0]);
    const totals = Object.freeze([14, 13, 12, 11]);
    const result = bleuFromCounts(counts, totals, 14, 10, { smoothMethod: 'add-k' });
    expect(result.counts).toEqual([5, 3, 1, 1]);
    expect(counts).toEqual([5, 2, 0, 0]);
    expect(totals).toEqual([14, 13, 12, 11]);
  });

  it('supports other maximum orders through the array length', () => {
    // one order: BLEU-1 = BP · p1; 3/4 matched, c = r → 75
    expect(bleuFromCounts([3], [4], 4, 4).score).toBeCloseTo(75, 12);
  });

  it('rejects invalid statistics and options', () => {
    expect(() => bleuFromCounts('1' as unknown as number[], [1], 1, 1)).toThrow(TypeError);
    expect(() => bleuFromCounts([], [], 1, 1)).toThrow(
      new RangeError('counts must be non-empty, got an empty array'),
    );
    expect(() => bleuFromCounts([1, 0], [1], 1, 1)).toThrow(/totals must have the same length as counts/);
    expect(() => bleuFromCounts([2], [1], 1, 1)).toThrow(
      new RangeError('counts[0] must be <= totals[0] (1), got 2'),
    );
    expect(() => bleuFromCounts([-1], [1], 1, 1)).toThrow(/counts\[0\] must be finite and >= 0, got -1/);
    expect(() => bleuFromCounts([1], [Infinity], 1, 1)).toThrow(RangeError);
    expect(() => bleuFromCounts([1], [1], -1, 1)).toThrow(
      new RangeError('sysLen must be finite and >= 0, got -1'),
    );
    expect(() => bleuFromCounts([1], [1], 1, Number.NaN)).toThrow(/refLen/);
    expect(() => bleuFromCounts([1], [1], 1, 1, { smoothMethod: 'laplace' as 'none' })).toThrow(
      /smoothMethod/,
    );
  });
});
