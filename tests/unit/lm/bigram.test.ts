import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainBigramModel } from '@/lib/lm';

// Jurafsky & Martin, SLP3 ch. 3: the "I am Sam" mini-corpus
const samCorpus = [
  ['I', 'am', 'Sam'],
  ['Sam', 'I', 'am'],
  ['I', 'do', 'not', 'like', 'green', 'eggs', 'and', 'ham'],
];

// Stanford CS324 "Introduction": vocabulary {ate, ball, cheese, mouse, the}
const cs324Corpus = [
  ['the', 'mouse', 'ate', 'the', 'cheese'],
  ['the', 'mouse', 'ate', 'the', 'ball'],
];

describe('trainBigramModel', () => {
  it('reproduces the SLP3 maximum-likelihood bigram estimates', () => {
    // SLP3 ch. 3: P(I|<s>) = 2/3 = .67, P(Sam|<s>) = 1/3 = .33, P(am|I) = 2/3 = .67,
    // P(</s>|Sam) = 1/2 = 0.5, P(Sam|am) = 1/2 = .5, P(do|I) = 1/3 = .33
    const lm = trainBigramModel(samCorpus, { smoothing: 0 });
    expect(lm.prob('<s>', 'I')).toBeCloseTo(2 / 3, 15);
    expect(lm.prob('<s>', 'Sam')).toBeCloseTo(1 / 3, 15);
    expect(lm.prob('I', 'am')).toBeCloseTo(2 / 3, 15);
    expect(lm.prob('Sam', '</s>')).toBe(0.5);
    expect(lm.prob('am', 'Sam')).toBe(0.5);
    expect(lm.prob('I', 'do')).toBeCloseTo(1 / 3, 15);
  });

  it('applies Laplace (add-one) smoothing over V = corpus tokens + </s>', () => {
    // SLP3 ch. 3, Laplace smoothing: (C(w_{n-1} w_n) + 1) / (C(w_{n-1}) + V), V = 10 words + </s> = 11
    const lm = trainBigramModel(samCorpus, { smoothing: 1 });
    expect(lm.vocab).toHaveLength(11);
    expect(lm.prob('<s>', 'I')).toBeCloseTo((2 + 1) / (3 + 11), 15);
    expect(lm.prob('ham', 'I')).toBeCloseTo((0 + 1) / (1 + 11), 15);
    expect(trainBigramModel(samCorpus).smoothing).toBe(1);
  });

  it('applies add-k smoothing', () => {
    // (C + k) / (C(prev) + k·V) with k = 0.5: (2 + 0.5) / (3 + 0.5 · 11)
    const lm = trainBigramModel(samCorpus, { smoothing: 0.5 });
    expect(lm.prob('<s>', 'I')).toBeCloseTo(2.5 / 8.5, 15);
  });

  it('lists the vocabulary sorted, with the end marker last', () => {
    expect(trainBigramModel(cs324Corpus).vocab).toEqual(['ate', 'ball', 'cheese', 'mouse', 'the', '</s>']);
  });

  it('factors a sequence by the chain rule, ending with </s>', () => {
    // Laplace, V = 6: c(<s>) = 2, c(the) = 4, c(mouse) = 2, c(ate) = 2, c(cheese) = 1
    const lm = trainBigramModel(cs324Corpus, { smoothing: 1 });
    const { factors, joint, logProb } = lm.sequenceProbability(['the', 'mouse', 'ate', 'the', 'cheese']);
    expect(factors.map((f) => [f.context, f.token])).toEqual([
      ['<s>', 'the'],
      ['the', 'mouse'],
      ['mouse', 'ate'],
      ['ate', 'the'],
      ['the', 'cheese'],
      ['cheese', '</s>'],
    ]);
    const byHand = [3 / 8, 3 / 10, 3 / 8, 3 / 8, 2 / 10, 2 / 7];
    factors.forEach((f, i) => expect(f.prob).toBeCloseTo(byHand[i] ?? Number.NaN, 15));
    // 3·3·3·3·2·2 / (8·10·8·8·10·7) = 324 / 358400
    expect(joint).toBeCloseTo(324 / 358400, 15);
    expect(logProb).toBeCloseTo(Math.log(324 / 358400), 12);
  });

  it('ranks the CS324 sentences as the lecture does', () => {
    // CS324: p(the mouse ate the cheese) = 0.02 > p(the cheese ate the mouse) = 0.01
    // > p(mouse the the cheese ate) = 0.0001; here 324, 54 and 2 over 358400 (by hand, Laplace)
    const lm = trainBigramModel(cs324Corpus, { smoothing: 1 });
    const p = (s: string) => lm.sequenceProbability(s.split(' ')).joint;
    expect(p('the cheese ate the mouse')).toBeCloseTo(54 / 358400, 15);
    expect(p('mouse the the cheese ate')).toBeCloseTo(2 / 358400, 15);
    expect(p('the mouse ate the cheese')).toBeGreaterThan(p('the cheese ate the mouse'));
    expect(p('the cheese ate the mouse')).toBeGreaterThan(p('mouse the the cheese ate'));
  });

  it('scores the empty sequence by p(</s> | <s>) alone', () => {
    // Laplace: (0 + 1) / (2 + 6)
    expect(trainBigramModel(cs324Corpus).sequenceProbability([]).joint).toBe(1 / 8);
  });

  it('computes perplexity per predicted token, </s> included', () => {
    // SLP3 MLE: p(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 over 4 factors -> 9^(1/4) = √3
    const lm = trainBigramModel(samCorpus, { smoothing: 0 });
    expect(lm.perplexity(['I', 'am', 'Sam'])).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('gives an unseen bigram probability 0 without smoothing', () => {
    const lm = trainBigramModel(samCorpus, { smoothing: 0 });
    const r = lm.sequenceProbability(['ham', 'Sam']);
    expect(r.joint).toBe(0);
    expect(r.logProb).toBe(-Infinity);
    expect(lm.perplexity(['ham', 'Sam'])).toBe(Infinity);
  });

  it('rejects unknown tokens with a RangeError naming them', () => {
    const lm = trainBigramModel(cs324Corpus);
    expect(() => lm.prob('the', 'dog')).toThrow(/unknown token "dog"/);
    expect(() => lm.prob('dog', 'the')).toThrow(/unknown token "dog"/);
    expect(() => lm.prob('the', '<s>')).toThrow(/unknown token "<s>"/);
    expect(() => lm.prob('</s>', 'the')).toThrow(RangeError);
    expect(() => lm.distribution('cat')).toThrow(/unknown token "cat"/);
    expect(() => lm.sequenceProbability(['the', 'dog'])).toThrow(/unknown token "dog" in tokens\[1\]/);
    expect(() => lm.sequenceProbability(['the', '</s>'])).toThrow(RangeError);
    expect(() => lm.perplexity(['cat'])).toThrow(RangeError);
    expect(() => lm.prob('the', 3 as unknown as string)).toThrow(TypeError);
  });

  it('rejects a malformed corpus or smoothing', () => {
    expect(() => trainBigramModel([])).toThrow(
      new RangeError('corpus must contain at least one sentence, got none'),
    );
    expect(() => trainBigramModel('the mouse' as unknown as string[][])).toThrow(TypeError);
    expect(() => trainBigramModel([['the', 1]] as unknown as string[][])).toThrow(
      /corpus\[0\]\[1\] must be a string/,
    );
    expect(() => trainBigramModel([['the', '</s>']])).toThrow(RangeError);
    expect(() => trainBigramModel([['']])).toThrow(RangeError);
    expect(() => trainBigramModel(cs324Corpus, { smoothing: -1 })).toThrow(
      /smoothing must be finite and >= 0, got -1/,
    );
    expect(() => trainBigramModel(cs324Corpus, { smoothing: '1' as unknown as number })).toThrow(TypeError);
  });

  it('yields conditional distributions that sum to 1 and leaves the corpus untouched (property)', () => {
    const token = fc.constantFrom('ate', 'ball', 'cheese', 'mouse', 'the');
    const corpus = fc.array(fc.array(token, { maxLength: 8 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(corpus, fc.double({ min: 0, max: 5, noNaN: true }), (sentences, k) => {
        const copy = JSON.stringify(sentences);
        const lm = trainBigramModel(sentences, { smoothing: k });
        expect(JSON.stringify(sentences)).toBe(copy);
        for (const prev of ['<s>', ...lm.vocab.slice(0, -1)]) {
          const total = lm.distribution(prev).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(1, 12);
        }
      }),
    );
  });
});
