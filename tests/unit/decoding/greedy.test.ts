import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyDecode, hfBlogExample, type GreedyOptions, type NextTokenModel } from '@/lib/decoding';
import { randomCase, randomModel } from './random-next-token-model';

describe('greedyDecode', () => {
  it('takes "The nice woman" in the HF blog tree', () => {
    // HF blog "How to generate text": greedy picks "nice" (0.5) then "woman" (0.4),
    // overall 0.5 × 0.4 = 0.2; log(0.5) + log(0.4) = −0.6931 − 0.9163 = −1.6094
    const result = greedyDecode(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 2 });
    expect(result.tokens).toEqual([1, 4]);
    expect(result.sumLogprob).toBeCloseTo(-1.6094, 4);
  });

  it('stops right after EOS and keeps it', () => {
    // [0.2, 0.8] → token 1; then [0.7, 0.3] → EOS 0: log .8 + log .7 = −0.2231 − 0.3567 = −0.5798
    const model: NextTokenModel = (g) => (g.length === 0 ? [0.2, 0.8] : [0.7, 0.3]);
    const result = greedyDecode(model, { eosTokenId: 0, maxNewTokens: 10 });
    expect(result.tokens).toEqual([1, 0]);
    expect(result.sumLogprob).toBeCloseTo(-0.5798, 4);
  });

  it('stops after maxNewTokens without EOS', () => {
    // always [0.1, 0.9]: 3 × log .9 = 3 × −0.1054 = −0.3161
    const result = greedyDecode(() => [0.1, 0.9], { eosTokenId: 0, maxNewTokens: 3 });
    expect(result.tokens).toEqual([1, 1, 1]);
    expect(result.sumLogprob).toBeCloseTo(-0.3161, 4);
  });

  it('breaks ties toward the lowest token id, as torch.argmax does', () => {
    // torch.argmax docs: "If there are multiple maximal values then the indices of the first maximal value are returned."
    expect(greedyDecode(() => [0.2, 0.4, 0.4], { eosTokenId: 0, maxNewTokens: 2 }).tokens).toEqual([1, 1]);
    expect(greedyDecode(() => [0.5, 0.5], { eosTokenId: 0, maxNewTokens: 2 }).tokens).toEqual([0]);
  });

  it('gives probability-1 steps a log-probability of exactly 0', () => {
    expect(greedyDecode(() => [0, 1], { eosTokenId: 1, maxNewTokens: 4 })).toEqual({
      tokens: [1],
      sumLogprob: 0,
    });
  });

  it('rejects invalid models and options', () => {
    const ok: GreedyOptions = { eosTokenId: 0, maxNewTokens: 2 };
    const m: NextTokenModel = () => [0.5, 0.5];
    expect(() => greedyDecode(undefined as unknown as NextTokenModel, ok)).toThrow(TypeError);
    expect(() => greedyDecode(m, 3 as unknown as GreedyOptions)).toThrow(
      new TypeError('options must be an object, got 3'),
    );
    expect(() => greedyDecode(m, { ...ok, eosTokenId: 2 })).toThrow(
      /eosTokenId must be an integer in \[0, 1\]/,
    );
    expect(() => greedyDecode(m, { ...ok, eosTokenId: 0.5 })).toThrow(RangeError);
    expect(() => greedyDecode(m, { ...ok, eosTokenId: undefined as unknown as number })).toThrow(TypeError);
    expect(() => greedyDecode(m, { ...ok, maxNewTokens: 0 })).toThrow(
      new RangeError('maxNewTokens must be an integer >= 1, got 0'),
    );
    expect(() => greedyDecode(m, { ...ok, maxNewTokens: 2.5 })).toThrow(RangeError);
  });

  it('rejects a model whose answer is not a distribution over a fixed vocabulary, naming the call', () => {
    const ok = { eosTokenId: 0, maxNewTokens: 3 };
    const growing: NextTokenModel = (g) => (g.length === 0 ? [0.2, 0.8] : [0.1, 0.1, 0.8]);
    expect(() => greedyDecode(growing, ok)).toThrow(
      new RangeError('model([1]) must have 2 probabilities (the vocabulary size), got 3'),
    );
    expect(() => greedyDecode(() => [0.2, 0.2], ok)).toThrow(
      new RangeError('model([]) must be probabilities summing to 1 (within 1e-6), got a sum of 0.4'),
    );
    expect(() => greedyDecode(() => [-0.2, 1.2], ok)).toThrow(RangeError);
    expect(() => greedyDecode(() => [Infinity, 0], ok)).toThrow(RangeError);
    expect(() => greedyDecode(() => null as unknown as number[], ok)).toThrow(
      new TypeError('model([]) must be an array of numbers, got null'),
    );
  });

  it('accepts a table that sums to 1 only up to rounding', () => {
    // 10 × 0.1 sums to 0.9999999999999999 in double precision
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(greedyDecode(() => tenths, { eosTokenId: 9, maxNewTokens: 1 }).tokens).toEqual([0]);
  });

  it('ends with EOS or at maxNewTokens, never mutating what the model sees (property)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const base = randomModel(c.seed, c.vocab, c.zeroRate);
        const seen: number[][] = [];
        const model: NextTokenModel = (g) => {
          seen.push([...g]);
          return base(g);
        };
        const { tokens, sumLogprob } = greedyDecode(model, c);
        expect(tokens.length).toBeGreaterThanOrEqual(1);
        expect(tokens.length).toBeLessThanOrEqual(c.maxNewTokens);
        expect(tokens.slice(0, -1)).not.toContain(c.eosTokenId);
        if (tokens.at(-1) !== c.eosTokenId) expect(tokens).toHaveLength(c.maxNewTokens);
        expect(seen).toEqual(tokens.map((_, i) => tokens.slice(0, i)));
        expect(sumLogprob).toBeLessThanOrEqual(0);
      }),
    );
  });
});
