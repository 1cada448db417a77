import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeAnswer,
  squadExactMatch,
  squadF1,
  squadF1Details,
  squadScore,
  squadTokens,
} from '@/lib/metrics';
import { oddText, smallVocabSentence } from './text-arbitraries';

// Expected values are the output of the official SQuAD v2.0 script's functions (evaluate-v2.0.py:
// normalize_answer, compute_exact, compute_f1, and get_raw_scores' gold filtering) on each input,
// run with CPython 3.11.
describe('normalizeAnswer', () => {
  it('lower-cases, drops punctuation and articles, and collapses whitespace', () => {
    expect(normalizeAnswer('The Cat!')).toBe('cat');
    expect(normalizeAnswer('  An  apple a day, the end. ')).toBe('apple day end');
    expect(normalizeAnswer('A')).toBe('');
  });

  it('removes articles only as whole words', () => {
    expect(normalizeAnswer('the theatre')).toBe('theatre');
    expect(normalizeAnswer('Anthem of a nation')).toBe('anthem of nation');
  });

  it('removes punctuation before articles, so it can glue words or expose an article', () => {
    expect(normalizeAnswer("it's")).toBe('its');
    expect(normalizeAnswer('1,000.5')).toBe('10005');
    expect(normalizeAnswer('the_cat')).toBe('thecat');
    expect(normalizeAnswer('_the_')).toBe('');
    expect(normalizeAnswer('état-the')).toBe('étatthe');
  });

  it('keeps non-ASCII punctuation and letters, and uses Unicode word boundaries', () => {
    expect(normalizeAnswer('北京，天安门。')).toBe('北京，天安门。');
    expect(normalizeAnswer('Ünïcödé THE')).toBe('ünïcödé');
    // a combining accent is not a word character in Python's \b, so "the" before it is an article
    expect(normalizeAnswer('the\u0301 cat')).toBe('\u0301 cat');
    // U+00A0 is whitespace to Python, U+200B is not
    expect(normalizeAnswer('a\u00a0b')).toBe('b');
    expect(normalizeAnswer('x\u200by')).toBe('x\u200by');
  });

  it('rejects a non-string', () => {
    expect(() => normalizeAnswer(5 as unknown as string)).toThrow(new TypeError('s must be a string, got 5'));
  });
});

describe('squadTokens', () => {
  it('splits the normalised answer', () => {
    expect(squadTokens('The Denver Broncos')).toEqual(['denver', 'broncos']);
    expect(squadTokens('')).toEqual([]);
    expect(squadTokens('the')).toEqual([]);
    // Chinese has no spaces: one token
    expect(squadTokens('北京 天安门')).toEqual(['北京', '天安门']);
    expect(squadTokens('北京天安门')).toEqual(['北京天安门']);
  });

  it('rejects a non-string', () => {
    expect(() => squadTokens(null as unknown as string)).toThrow(TypeError);
  });
});

describe('squadExactMatch', () => {
  it('compares normalised strings', () => {
    expect(squadExactMatch('the Denver Broncos!', 'Denver Broncos')).toBe(1);
    expect(squadExactMatch('Broncos', 'Denver Broncos')).toBe(0);
  });

  it('rejects non-strings', () => {
    expect(() => squadExactMatch(1 as unknown as string, 'a')).toThrow(
      new TypeError('prediction must be a string, got 1'),
    );
    expect(() => squadExactMatch('a', [] as unknown as string)).toThrow(/gold must be a string/);
  });
});

describe('squadF1', () => {
  it('is the token-overlap F1', () => {
    // "Broncos of Denver" vs "Denver Broncos": 2 shared tokens; P = 2/3, R = 2/2,
    // F1 = 2 · (2/3) · 1 / (2/3 + 1) = (4/3) / (5/3) = 0.8 (official: 0.8)
    expect(squadF1('Broncos of Denver', 'Denver Broncos')).toBeCloseTo(0.8, 15);
    // "in 1990 and 1991" vs "1991 and 1992": shared "and", "1991" → P = 2/4, R = 2/3,
    // F1 = 2 · 0.5 · (2/3) / (0.5 + 2/3) = (2/3) / (7/6) = 4/7 (official: 0.5714285714285715)
    expect(squadF1('in 1990 and 1991', '1991 and 1992')).toBeCloseTo(4 / 7, 15);
  });

  it('counts repeated tokens as a multiset', () => {
    // "the the cat cat" → tokens [cat, cat] (articles dropped); gold [cat]: common 1,
    // P = 1/2, R = 1/1, F1 = 2/3 (official: 0.6666666666666666)
    expect(squadF1('the the cat cat', 'cat')).toBeCloseTo(2 / 3, 15);
  });

  it('is 1 when both sides are empty after normalisation, 0 when only one is', () => {
    // compute_f1: "If either is no-answer, then F1 is 1 if they agree, 0 otherwise"
    expect(squadF1('', 'the')).toBe(1);
    expect(squadF1('Denver', '')).toBe(0);
  });

  it('rejects non-strings', () => {
    expect(() => squadF1(undefined as unknown as string, 'a')).toThrow(TypeError);
    expect(() => squadF1('a', 0 as unknown as string)).toThrow(TypeError);
  });
});

describe('squadF1Details', () => {
  it('shows the tokens and counts behind the F1', () => {
    // official compute_f1('Denver Broncos', 'the Broncos') = 0.6666666666666666: P = 1/1, R = 1/2
    expect(squadF1Details('the Broncos', 'Denver Broncos')).toEqual({
      predictionTokens: ['broncos'],
      goldTokens: ['denver', 'broncos'],
      numSame: 1,
      precision: 1,
      recall: 0.5,
      f1: 0.6666666666666666,
    });
  });

  it('rejects non-strings', () => {
    expect(() => squadF1Details('a', null as unknown as string)).toThrow(TypeError);
  });
});

describe('squadScore', () => {
  it('takes the best exact match and F1 over the gold answers', () => {
    expect(squadScore('Denver Broncos', ['Denver Broncos', 'The Denver Broncos'])).toEqual({
      exact: 1,
      f1: 1,
    });
    expect(squadScore('the Broncos', ['Denver Broncos'])).toEqual({ exact: 0, f1: 0.6666666666666666 });
    expect(squadScore('Broncos of Denver', ['Denver Broncos'])).toEqual({ exact: 0, f1: 0.8 });
    expect(squadScore('in 1990 and 1991', ['1990', '1991 and 1992'])).toEqual({
      exact: 0,
      f1: 0.5714285714285715,
    });
  });

  it('treats an unanswerable question (no usable gold) as gold [""]', () => {
    // get_raw_scores: gold answers that normalise to '' are dropped; if none remain, gold = ['']
    expect(squadScore('', [])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('', ['', '  '])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('something', [])).toEqual({ exact: 0, f1: 0 });
    // a prediction that normalises to '' is a "no answer" too
    expect(squadScore('the', [])).toEqual({ exact: 1, f1: 1 });
    expect(squadScore('!!', ['The.'])).toEqual({ exact: 1, f1: 1 });
  });

  it('gives no credit for "no answer" on an answerable question', () => {
    expect(squadScore('', ['Denver'])).toEqual({ exact: 0, f1: 0 });
  });

  it('treats unsegmented Chinese as one token, so F1 degenerates to exact match', () => {
    // "北京天安门" vs "北京 天安门": tokens ['北京天安门'] vs ['北京', '天安门'] → no overlap;
    // "。" is not in string.punctuation, so it stays attached
    expect(squadScore('北京天安门', ['北京 天安门'])).toEqual({ exact: 0, f1: 0 });
    expect(squadScore('北京天安门', ['北京天安门。'])).toEqual({ exact: 0, f1: 0 });
  });

  it('rejects a non-string prediction or gold answer', () => {
    expect(() => squadScore(1 as unknown as string, [])).toThrow(
      new TypeError('prediction must be a string, got 1'),
    );
    expect(() => squadScore('a', 'a' as unknown as string[])).toThrow(
      new TypeError('goldAnswers must be an array of strings, got "a"'),
    );
    expect(() => squadScore('a', ['a', 3] as unknown as string[])).toThrow(
      new TypeError('goldAnswers[1] must be a string, got 3'),
    );
  });

  const text = fc.oneof(smallVocabSentence, oddText);

  it('keeps F1 in [0, 1], exact ⇒ F1 = 1, and never mutates its inputs (property)', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (prediction, gold) => {
        const frozen = Object.freeze([...gold]);
        const { exact, f1 } = squadScore(prediction, frozen);
        expect(frozen).toEqual(gold);
        expect(Number.isNaN(f1)).toBe(false);
        expect(f1).toBeGreaterThanOrEqual(0);
        expect(f1).toBeLessThanOrEqual(1);
        if (exact === 1) expect(f1).toBe(1);
      }),
    );
  });

  it('has symmetric per-answer scores (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(squadF1(a, b)).toBe(squadF1(b, a));
        expect(squadExactMatch(a, b)).toBe(squadExactMatch(b, a));
      }),
    );
  });

  it('scores a prediction identical to a gold answer 1/1 (property)', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (answer, others) => {
        const result = squadScore(answer, [...others, answer]);
        // an answer that normalises to '' is dropped, but then the prediction is "no answer" too
        // and only matches if no other gold answer survives
        if (normalizeAnswer(answer) !== '') expect(result).toEqual({ exact: 1, f1: 1 });
      }),
    );
  });
});
