import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bleuDetails, bleuTokenize, closestRefLength, sentenceBleu } from '@/lib/metrics';
import { oddText, smallVocabSentence } from './text-arbitraries';

describe('bleuTokenize', () => {
  it('strips, tokenizes with 13a and splits, as sacreBLEU _preprocess_segment does', () => {
    // sacreBLEU Tokenizer13a("The cat sat.") = "The cat sat ."; 'none' only splits on whitespace
    expect(bleuTokenize('The cat sat.')).toEqual(['The', 'cat', 'sat', '.']);
    expect(bleuTokenize('The cat sat. \n', { tokenize: 'none' })).toEqual(['The', 'cat', 'sat.']);
  });

  it('rejects a non-string text or an unknown tokenizer', () => {
    expect(() => bleuTokenize(1 as unknown as string)).toThrow(new TypeError('text must be a string, got 1'));
    expect(() => bleuTokenize('a', { tokenize: 'zh' as 'none' })).toThrow(
      /tokenize must be one of '13a', 'none'/,
    );
    expect(() => bleuTokenize('a', 'none' as unknown as { tokenize: 'none' })).toThrow(TypeError);
  });
});

describe('closestRefLength', () => {
  it('picks the closest length and breaks ties toward the shorter', () => {
    // sacreBLEU _get_closest_ref_len; NLTK closest_ref_length doctest: refs 13 and 11, hyp 12 → 11
    expect(closestRefLength(12, [13, 11])).toBe(11);
    expect(closestRefLength(12, [13, 2])).toBe(13);
    expect(closestRefLength(12, [12, 15, 17])).toBe(12);
  });

  it('rejects lengths that are not integers >= 0 and an empty list', () => {
    expect(() => closestRefLength(3, [])).toThrow(
      new RangeError('refLens must be non-empty, got an empty array'),
    );
    expect(() => closestRefLength(-1, [2])).toThrow(new RangeError('hypLen must be an integer >= 0, got -1'));
    expect(() => closestRefLength(2, [1.5])).toThrow(/refLens\[0\] must be an integer >= 0/);
    expect(() => closestRefLength(2, '3' as unknown as number[])).toThrow(TypeError);
  });
});

describe('bleuDetails', () => {
  it('lists every hypothesis n-gram with its clipped count', () => {
    // "the the cat" vs "the cat": 'the' occurs twice but the reference has one → 1 of 2 matched
    const details = bleuDetails('the the cat', ['the cat']);
    expect(details.orders[0]).toEqual({
      n: 1,
      matched: 2,
      total: 3,
      ngrams: [
        { tokens: ['the'], hypCount: 2, refMaxCount: 1, matched: 1, positions: [0, 1] },
        { tokens: ['cat'], hypCount: 1, refMaxCount: 1, matched: 1, positions: [2] },
      ],
    });
    expect(details.orders[1]).toEqual({
      n: 2,
      matched: 1,
      total: 2,
      ngrams: [
        { tokens: ['the', 'the'], hypCount: 1, refMaxCount: 0, matched: 0, positions: [0] },
        { tokens: ['the', 'cat'], hypCount: 1, refMaxCount: 1, matched: 1, positions: [1] },
      ],
    });
    expect(details.orders[2]).toEqual({
      n: 3,
      matched: 0,
      total: 1,
      ngrams: [{ tokens: ['the', 'the', 'cat'], hypCount: 1, refMaxCount: 0, matched: 0, positions: [0] }],
    });
    expect(details.orders[3]).toEqual({ n: 4, matched: 0, total: 0, ngrams: [] });
    expect(details.hypothesisTokens).toEqual(['the', 'the', 'cat']);
    expect(details.referenceTokens).toEqual([['the', 'cat']]);
    expect([details.sysLen, details.refLen]).toEqual([3, 2]);
  });

  it('gives the counts sacreBLEU reports (test_bleu test_statistics)', () => {
    // test_bleu.py: "am I am a character sequence" vs "I am a symbol string sequence a a" → [4, 2, 1, 0] / [6, 5, 4, 3]
    const details = bleuDetails('am I am a character sequence', ['I am a symbol string sequence a a'], {
      tokenize: 'none',
    });
    expect(details.orders.map((o) => o.matched)).toEqual([4, 2, 1, 0]);
    expect(details.orders.map((o) => o.total)).toEqual([6, 5, 4, 3]);
  });

  it('rejects what sentenceBleu rejects', () => {
    expect(() => bleuDetails('a', [])).toThrow(RangeError);
    expect(() => bleuDetails(null as unknown as string, ['a'])).toThrow(TypeError);
    expect(() => bleuDetails('a', [1] as unknown as string[])).toThrow(TypeError);
    expect(() => bleuDetails('a', ['a'], { tokenize: 'char' as 'none' })).toThrow(RangeError);
  });

  it('agrees with sentenceBleu and has consistent positions (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallVocabSentence, oddText),
        fc.array(fc.oneof(smallVocabSentence, oddText), { minLength: 1, maxLength: 3 }),
        (hyp, refs) => {
          const details = bleuDetails(hyp, refs);
          const result = sentenceBleu(hyp, refs, { smoothMethod: 'none' });
          expect(details.orders.map((o) => o.matched)).toEqual(result.counts);
          expect(details.orders.map((o) => o.total)).toEqual(result.totals);
          for (const order of details.orders) {
            expect(order.total).toBe(Math.max(0, details.sysLen - order.n + 1));
            for (const g of order.ngrams) {
              expect(g.positions).toHaveLength(g.hypCount);
              expect(g.matched).toBeLessThanOrEqual(g.hypCount);
              for (const p of g.positions) {
                expect(details.hypothesisTokens.slice(p, p + order.n)).toEqual(g.tokens);
              }
            }
          }
        },
      ),
    );
  });
});
