import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beamHypothesisScore,
  exhaustiveBest,
  greedyDecode,
  hfBlogExample,
  lengthPenaltyExample,
  type ExhaustiveOptions,
  type NextTokenModel,
} from '@/lib/decoding';
import { randomCase, randomModel } from './random-next-token-model';

describe('exhaustiveBest', () => {
  it('finds "The dog has" (0.36), the most likely sequence of the HF blog tree', () => {
    // HF blog: beam search "has found the most likely word sequence in our toy example", 0.4 × 0.9 = 0.36
    const best = exhaustiveBest(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 2, lengthPenalty: 0 });
    expect(best.tokens).toEqual([2, 9]);
    expect(best.sumLogprob).toBeCloseTo(-1.0217, 4); // log .36
    expect(best.score).toBe(best.sumLogprob);
  });

  it('scores like beam search, so the length penalty can change the optimum', () => {
    // lengthPenaltyExample: "a <eos>" log .45 = −0.7985 (2 tokens) vs "b c d <eos>" log .357696 = −1.0281
    // (4 tokens); lp 0: −0.7985 wins; lp 1: −1.0281 / 4 = −0.2570 beats −0.7985 / 2 = −0.3993
    const at = (lengthPenalty: number) =>
      exhaustiveBest(lengthPenaltyExample.model, { eosTokenId: 0, maxNewTokens: 4, lengthPenalty });
    expect(at(0).tokens).toEqual([1, 0]);
    expect(at(0).score).toBeCloseTo(-0.7985, 4);
    expect(at(1).tokens).toEqual([2, 3, 4, 0]);
    expect(at(1).score).toBeCloseTo(-0.257, 4);
  });

  it('defaults lengthPenalty to 1 and breaks ties toward the first sequence in token order', () => {
    // uniform over {<eos>, 1}: [0] −0.6931 / 1, [1 0] and [1 1] −1.3863 / 2 = −0.6931: a three-way tie
    const fair: NextTokenModel = () => [0.5, 0.5];
    expect(exhaustiveBest(fair, { eosTokenId: 0, maxNewTokens: 2 }).tokens).toEqual([0]);
    expect(exhaustiveBest(fair, { eosTokenId: 1, maxNewTokens: 2 }).tokens).toEqual([0, 0]);
  });

  it('enumerates up to vocab^maxNewTokens = 100 000 and refuses more', () => {
    const tenths: NextTokenModel = () => Array.from({ length: 10 }, () => 0.1);
    // 10^5 = 100 000 is allowed: every complete sequence ties, the first is [0] (<eos> at once)
    expect(exhaustiveBest(tenths, { eosTokenId: 0, maxNewTokens: 5, lengthPenalty: 0 }).tokens).toEqual([0]);
    expect(() => exhaustiveBest(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 5 })).toThrow(
      new RangeError('exhaustiveBest needs vocab^maxNewTokens <= 100000, got 13^5 = 371293'),
    );
  });

  it('rejects invalid models and options', () => {
    const ok: ExhaustiveOptions = { eosTokenId: 0, maxNewTokens: 2 };
    expect(() => exhaustiveBest(42 as unknown as NextTokenModel, ok)).toThrow(TypeError);
    expect(() => exhaustiveBest(() => [1], 'x' as unknown as ExhaustiveOptions)).toThrow(TypeError);
    expect(() => exhaustiveBest(() => [1], { ...ok, eosTokenId: 1 })).toThrow(
      /eosTokenId must be an integer in \[0, 0\]/,
    );
    expect(() => exhaustiveBest(() => [1], { ...ok, maxNewTokens: -1 })).toThrow(RangeError);
    expect(() => exhaustiveBest(() => [1], { ...ok, lengthPenalty: Number.NaN })).toThrow(RangeError);
    const broken: NextTokenModel = (g) => (g.length === 0 ? [0.5, 0.5] : [0.5, 0.4]);
    expect(() => exhaustiveBest(broken, ok)).toThrow(/model\(\[1\]\) must be probabilities summing to 1/);
  });

  it('returns a complete sequence scoring at least greedy’s (property)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const model = randomModel(c.seed, c.vocab, c.zeroRate);
        const best = exhaustiveBest(model, c);
        expect(best.tokens.slice(0, -1)).not.toContain(c.eosTokenId);
        if (best.tokens.at(-1) !== c.eosTokenId) expect(best.tokens).toHaveLength(c.maxNewTokens);
        expect(best.score).toBe(beamHypothesisScore(best.sumLogprob, best.tokens.length, c.lengthPenalty));
        const greedy = greedyDecode(model, c);
        const greedyScore = beamHypothesisScore(greedy.sumLogprob, greedy.tokens.length, c.lengthPenalty);
        expect(best.score).toBeGreaterThanOrEqual(greedyScore - 1e-12);
      }),
    );
  });
});
