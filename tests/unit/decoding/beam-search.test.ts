import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beamHypothesisScore,
  beamSearch,
  beamSearchSteps,
  exhaustiveBest,
  greedyDecode,
  hfBlogExample,
  lengthPenaltyExample,
  tableModel,
  type BeamSearchOptions,
  type NextTokenModel,
} from '@/lib/decoding';
import { randomCase, randomModel } from './random-next-token-model';

// Every hand trace below was also run through transformers 5.18.0 `generate()` (torch 2.13, CPU) on
// the same table as a model whose logits are log p; "HF:" gives its `sequences_scores` (float32).
// Tokens: 0 = <eos>, 1 = a, 2 = b, 3 = c, 4 = d unless said otherwise.

/** numBeams 2, maxNewTokens 3, lengthPenalty 1: `true` and `false` part ways at step 2. */
const trueVsFalse = tableModel(
  { '': [0.4, 0.35, 0.25], '1': [0.5, 0.3, 0.2], '2': [0.1, 0.1, 0.8], '2,2': [0.9, 0.05, 0.05] },
  [0.9, 0.05, 0.05],
);
/** numBeams 2, maxNewTokens 3: `false` and `'never'` part ways at step 2 when lengthPenalty > 0. */
const falseVsNever = tableModel(
  { '': [0.42, 0.33, 0.25], '1': [0.5, 0.45, 0.05], '2': [0.2, 0.4, 0.4], '1,1': [0.95, 0.025, 0.025] },
  [0.9, 0.05, 0.05],
);
/** Greedy's prefix "a a" ranks third at step 2 and is pruned, though "a a <eos>" is the optimum. */
const beamWorseThanGreedy = tableModel(
  {
    '': [0.01, 0.4, 0.35, 0.24],
    '1': [0.01, 0.41, 0.29, 0.29],
    '2': [0.01, 0.01, 0.5, 0.48],
    '3': [0.25, 0.25, 0.25, 0.25],
    '1,1': [0.97, 0.01, 0.01, 0.01],
    '2,2': [0.4, 0.3, 0.2, 0.1],
    '2,3': [0.1, 0.2, 0.3, 0.4],
  },
  [0.97, 0.01, 0.01, 0.01],
);

const two = { numBeams: 2, eosTokenId: 0, numReturnSequences: 2 } as const;
const tokensOf = (r: { sequences: { tokens: number[] }[] }) => r.sequences.map((s) => s.tokens);
const scoresOf = (r: { sequences: { score: number }[] }) => r.sequences.map((s) => s.score);
function expectScores(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] ?? Number.NaN, 6));
}

describe('beamSearch', () => {
  it('finds "The dog has" (0.36) where greedy finds "The nice woman" (0.2)', () => {
    // HF blog "How to generate text": beam search with num_beams=2 finds "The dog has" with 0.36,
    // greedy "The nice woman" with 0.5 × 0.4 = 0.2. Both stop at maxNewTokens = 2, without EOS.
    const result = beamSearch(hfBlogExample.model, { ...two, maxNewTokens: 2 });
    expect(tokensOf(result)).toEqual([
      [2, 9],
      [1, 4],
    ]);
    // log(0.4) + log(0.9) = −0.9163 − 0.1054 = −1.0217 = log 0.36
    expect(result.sequences[0]?.sumLogprob).toBeCloseTo(-1.0217, 4);
    // HF: [−0.5108256340026855, −0.8047189712524414] = [log 0.36 / 2, log 0.2 / 2]
    expectScores(scoresOf(result), [-0.5108256340026855, -0.8047189712524414]);
  });

  it('drops an EOS ranked below numBeams, keeps a beam ranked below an EOS, and lets lengthPenalty pick', () => {
    // lengthPenaltyExample, numBeams 2, maxNewTokens 4, hand trace:
    // 1: a −0.6931, b −0.7765, <eos> −3.9120 (rank 2 ≥ numBeams: dropped), c −4.6052 → beams a, b
    // 2: [a <eos>] log .45 = −0.7985 (rank 0: finished), [b c] log .414 = −0.8819,
    //    [b <eos>] log .0184 = −3.9954 (rank 2: dropped), [a a] log .0125 = −4.3820 → beams [b c], [a a]
    // 3: [b c d] −0.9872, [b c <eos>] log .01656 = −4.1008 (rank 1: finished), [a a <eos>] −4.4228,
    //    [b c a] −4.7939 → pool full; bound −0.9872 / 3^lp still beats the worst, so go on
    // 4: [b c d <eos>] log .357696 = −1.0281, [b c a <eos>] −4.8347 finish (max length); the pool keeps 2:
    //    lp = 1: −1.0281 / 4 = −0.2570 > [a <eos>] −0.7985 / 2 = −0.3993 > −4.8347 / 4 = −1.2087
    //    lp = 0: −0.7985 > −1.0281 > −4.1008
    const run = (lengthPenalty: number) =>
      beamSearch(lengthPenaltyExample.model, { ...two, maxNewTokens: 4, lengthPenalty });
    expect(tokensOf(run(1))).toEqual([
      [2, 3, 4, 0],
      [1, 0],
    ]);
    expectScores(scoresOf(run(1)), [-0.25701794028282166, -0.39925387501716614]); // HF
    expect(tokensOf(run(0))).toEqual([
      [1, 0],
      [2, 3, 4, 0],
    ]);
    expectScores(scoresOf(run(0)), [-0.7985077500343323, -1.0280717611312866]); // HF
    expectScores(scoresOf(run(2)), [-0.06425448507070541, -0.19962693750858307]); // HF, long first
    expectScores(scoresOf(run(-1)), [-1.5970155000686646, -4.1122870445251465]); // HF, short first
    const steps = beamSearchSteps(lengthPenaltyExample.model, { ...two, maxNewTokens: 4 }).steps;
    const fates = steps[1]?.candidates.slice(0, 4).map((c) => [c.tokens, c.fate]);
    expect(fates).toEqual([
      [[1, 0], 'finished'],
      [[2, 3], 'running'],
      [[2, 0], 'pruned'],
      [[1, 1], 'running'],
    ]);
  });

  it('stops once numBeams hypotheses are finished with earlyStopping true, not with false', () => {
    // trueVsFalse, numBeams 2, maxNewTokens 3, lengthPenalty 1, hand trace:
    // 1: <eos> log .4 = −0.9163 (rank 0: finished, score −0.9163), a −1.0498, b −1.3863 → beams a, b
    // 2: [b b] log .2 = −1.6094, [a <eos>] log .175 = −1.7430 (rank 1: finished, −1.7430 / 2 = −0.8715),
    //    [a a] −2.2538, [a b] −2.6593 → pool full: −0.8715, −0.9163; beams [b b], [a a]
    //    true: stop. false: bound −1.6094 / 2 = −0.8047 > −0.9163, go on
    // 3: [b b <eos>] log .18 / 3 = −0.5716, [a a <eos>] log .0945 / 3 = −0.7864 replace both
    const eager = beamSearch(trueVsFalse, { ...two, maxNewTokens: 3, earlyStopping: true });
    expect(tokensOf(eager)).toEqual([[1, 0], [0]]);
    expectScores(scoresOf(eager), [-0.871484637260437, -0.9162907600402832]); // HF
    const patient = beamSearch(trueVsFalse, { ...two, maxNewTokens: 3, earlyStopping: false });
    expect(tokensOf(patient)).toEqual([
      [2, 2, 0],
      [1, 1, 0],
    ]);
    expectScores(scoresOf(patient), [-0.5715994834899902, -0.7863851189613342]); // HF
  });

  it("bounds with maxNewTokens under 'never' when lengthPenalty > 0, with the current length otherwise", () => {
    // falseVsNever, numBeams 2, maxNewTokens 3, hand trace:
    // 1: <eos> log .42 = −0.8675 (finished), a −1.1087, b −1.3863 → beams a, b
    // 2: [a <eos>] log .165 = −1.8018 (rank 0: finished), [a a] log .1485 = −1.9072, [b a], [b b] −2.3026
    //    → pool full; best running −1.9072
    //    lp 1, false: −1.9072 / 2 = −0.9536 ≤ worst −1.8018 / 2 = −0.9009: stop
    //    lp 1, 'never': −1.9072 / 3 = −0.6357 > −0.9009: go on, and
    // 3: [a a <eos>] log .141075 / 3 = −0.6528, [b a <eos>] log .09 / 3 = −0.8026 take the pool
    //    lp 0: both use the current length, −1.9072 ≤ −1.8018: stop
    const run = (earlyStopping: boolean | 'never', lengthPenalty: number) =>
      beamSearch(falseVsNever, { ...two, maxNewTokens: 3, earlyStopping, lengthPenalty });
    expect(tokensOf(run(false, 1))).toEqual([[0], [1, 0]]);
    expectScores(scoresOf(run(false, 1)), [-0.8675005435943604, -0.9009048938751221]); // HF
    expect(tokensOf(run('never', 1))).toEqual([
      [1, 1, 0],
      [2, 1, 0],
    ]);
    expectScores(scoresOf(run('never', 1)), [-0.6528212428092957, -0.8026485443115234]); // HF
    expect(run('never', 0)).toEqual(run(false, 0));
    expectScores(scoresOf(run('never', 0)), [-0.8675005435943604, -1.8018097877502441]); // HF
  });

  it("can do worse than greedy, even as exact beam search ('never', lengthPenalty 0)", () => {
    // Greedy: a (.4), a (.41), <eos> (.97): log .15908 = −1.8383, the optimum.
    // Beam, 2 beams: 1: a −0.9163, b −1.0498 → beams a, b. 2: [b b] log .175 = −1.7430,
    // [b c] log .168 = −1.7838, [a a] log .164 = −1.8079 ranks third and is pruned.
    // 3: [b b <eos>] log .07 = −2.6593, [b c c] log .0672 = −2.7001 finish at max length.
    const options = { ...two, maxNewTokens: 3, lengthPenalty: 0, earlyStopping: 'never' } as const;
    const result = beamSearch(beamWorseThanGreedy, options);
    expect(tokensOf(result)).toEqual([
      [2, 2, 0],
      [2, 3, 3],
    ]);
    expectScores(scoresOf(result), [-2.6592600345611572, -2.7000820636749268]); // HF
    const greedy = greedyDecode(beamWorseThanGreedy, { eosTokenId: 0, maxNewTokens: 3 });
    expect(greedy.tokens).toEqual([1, 1, 0]);
    expect(greedy.sumLogprob).toBeCloseTo(-1.8383, 4);
    expect(exhaustiveBest(beamWorseThanGreedy, options).tokens).toEqual([1, 1, 0]);
  });

  it('with one beam gives the greedy sequence, as generate(num_beams=1) does', () => {
    // greedyTrapExample-like table: greedy a (.45), <eos> (.3). A lone beam under 'never' with
    // lengthPenalty 1 would go on to "a a <eos>" (log .1135 / 3 = −0.7253 > log .135 / 2 = −1.0012);
    // HF's generate() routes num_beams=1 to greedy search, which stops at "a <eos>".
    const model = tableModel(
      { '': [0.1, 0.45, 0.4, 0.05], '1': [0.3, 0.26, 0.24, 0.2], '2': [0.9, 0.04, 0.03, 0.03] },
      [0.97, 0.01, 0.01, 0.01],
    );
    const result = beamSearch(model, { numBeams: 1, maxNewTokens: 3, eosTokenId: 0, earlyStopping: 'never' });
    expect(tokensOf(result)).toEqual([[1, 0]]);
    expect(result.sequences[0]?.score).toBeCloseTo(-1.0012, 4); // log(.45 · .3) / 2
  });

  it('breaks ties by beam rank, then token id, and keeps older hypotheses ahead', () => {
    // Uniform over 3 tokens (torch.topk leaves tie order unspecified; this is our rule):
    // 1: [<eos>], [1], [2] all log 1/3 → <eos> is rank 0: finished, −1.0986; beams [1], [2]
    // 2 (max length): all log 1/9; [1 0], [1 1] rank first, −2.1972 / 2 = −1.0986 each,
    //   tying the pool's [<eos>], which stays first
    const uniform: NextTokenModel = () => [1 / 3, 1 / 3, 1 / 3];
    const result = beamSearch(uniform, { ...two, maxNewTokens: 2 });
    expect(tokensOf(result)).toEqual([[0], [1, 0]]);
  });

  it('returns fewer sequences where HF would pad with placeholders', () => {
    // Only <eos> is possible: HF returns [[<eos>], [<eos>]] with sequences_scores [0, -1e9], the
    // second an empty slot (verified with transformers 5.18.0); here the empty slot is left out.
    const result = beamSearch(() => [1, 0, 0], { ...two, maxNewTokens: 3 });
    expect(result).toEqual({ sequences: [{ tokens: [0], sumLogprob: 0, score: 0 }] });
  });

  it('copes with a one-token vocabulary (HF needs two)', () => {
    expect(tokensOf(beamSearch(() => [1], { numBeams: 3, maxNewTokens: 5, eosTokenId: 0 }))).toEqual([[0]]);
  });

  it('rejects invalid models and options', () => {
    const m = hfBlogExample.model;
    const ok: BeamSearchOptions = { numBeams: 2, maxNewTokens: 2, eosTokenId: 0 };
    expect(() => beamSearch('m' as unknown as NextTokenModel, ok)).toThrow(TypeError);
    expect(() => beamSearch(m, null as unknown as BeamSearchOptions)).toThrow(TypeError);
    expect(() => beamSearch(m, { ...ok, numBeams: 0 })).toThrow(
      new RangeError('numBeams must be an integer >= 1, got 0'),
    );
    expect(() => beamSearch(m, { ...ok, numBeams: 1.5 })).toThrow(RangeError);
    expect(() => beamSearch(m, { ...ok, numBeams: '2' as unknown as number })).toThrow(TypeError);
    expect(() => beamSearch(m, { ...ok, maxNewTokens: 0 })).toThrow(/maxNewTokens must be an integer >= 1/);
    expect(() => beamSearch(m, { ...ok, maxNewTokens: Infinity })).toThrow(RangeError);
    expect(() => beamSearch(m, { ...ok, eosTokenId: -1 })).toThrow(RangeError);
    expect(() => beamSearch(m, { ...ok, eosTokenId: 13 })).toThrow(
      /eosTokenId must be an integer in \[0, 12\].*got 13/,
    );
    expect(() => beamSearch(m, { ...ok, lengthPenalty: Number.NaN })).toThrow(RangeError);
    expect(() => beamSearch(m, { ...ok, lengthPenalty: Infinity })).toThrow(/lengthPenalty must be a finite/);
    expect(() => beamSearch(m, { ...ok, earlyStopping: 'always' as 'never' })).toThrow(
      new RangeError(`earlyStopping must be true, false or 'never', got "always"`),
    );
    expect(() => beamSearch(m, { ...ok, earlyStopping: 1 as unknown as boolean })).toThrow(TypeError);
    expect(() => beamSearch(m, { ...ok, numReturnSequences: 3 })).toThrow(
      new RangeError('numReturnSequences must be an integer in [1, numBeams] = [1, 2], got 3'),
    );
    expect(() => beamSearch(m, { ...ok, numReturnSequences: 0 })).toThrow(RangeError);
  });

  it('rejects a model whose answer is not a distribution over a fixed vocabulary', () => {
    const ok = { numBeams: 2, maxNewTokens: 3, eosTokenId: 0 };
    const shrinking: NextTokenModel = (g) => (g.length === 0 ? [0.2, 0.8] : [1]);
    expect(() => beamSearch(shrinking, ok)).toThrow(
      new RangeError('model([1]) must have 2 probabilities (the vocabulary size), got 1'),
    );
    expect(() => beamSearch(() => [0.5, 0.6], ok)).toThrow(
      /model\(\[\]\) must be probabilities summing to 1/,
    );
    expect(() => beamSearch(() => [1.5, -0.5], ok)).toThrow(/model\(\[\]\)\[1\] must be finite and >= 0/);
    expect(() => beamSearch(() => [Number.NaN, 1], ok)).toThrow(RangeError);
    expect(() => beamSearch(() => [], ok)).toThrow(/model\(\[\]\) must be non-empty/);
    expect(() => beamSearch((() => 'x') as unknown as NextTokenModel, ok)).toThrow(TypeError);
  });

  it('returns valid hypotheses, best first, within bounded work (property)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const model = randomModel(c.seed, c.vocab, c.zeroRate);
        const { sequences } = beamSearch(model, c);
        expect(model.calls).toBeLessThanOrEqual(c.numBeams * c.maxNewTokens);
        expect(sequences.length).toBeGreaterThanOrEqual(1);
        expect(sequences.length).toBeLessThanOrEqual(c.numReturnSequences);
        sequences.forEach((s, i) => {
          const { tokens } = s;
          expect(tokens.length).toBeGreaterThanOrEqual(1);
          expect(tokens.length).toBeLessThanOrEqual(c.maxNewTokens);
          expect(tokens.slice(0, -1)).not.toContain(c.eosTokenId);
          if (tokens.at(-1) !== c.eosTokenId) expect(tokens).toHaveLength(c.maxNewTokens);
          const logp = tokens.reduce((sum, t, j) => sum + Math.log(model(tokens.slice(0, j))[t] ?? 0), 0);
          expect(s.sumLogprob).toBeCloseTo(logp, 10);
          expect(s.score).toBe(beamHypothesisScore(s.sumLogprob, tokens.length, c.lengthPenalty));
          if (i > 0) expect(s.score).toBeLessThanOrEqual(sequences[i - 1]?.score ?? Infinity);
        });
        // All probabilities positive and more tokens than beams: no empty slot, as in HF.
        if (c.zeroRate === 0 && c.vocab > c.numBeams) expect(sequences).toHaveLength(c.numReturnSequences);
      }),
    );
  });

  it('with one beam equals greedy decoding for every lengthPenalty and earlyStopping (property)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const model = randomModel(c.seed, c.vocab, c.zeroRate);
        const [beam] = beamSearch(model, { ...c, numBeams: 1, numReturnSequences: 1 }).sequences;
        const greedy = greedyDecode(model, c);
        expect(beam?.tokens).toEqual(greedy.tokens);
        expect(beam?.sumLogprob).toBe(greedy.sumLogprob);
      }),
    );
  });

  it('never beats the exhaustive optimum (property)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const model = randomModel(c.seed, c.vocab, c.zeroRate);
        const best = exhaustiveBest(model, c).score;
        beamSearch(model, c).sequences.forEach((s) => expect(s.score).toBeLessThanOrEqual(best + 1e-12));
      }),
    );
  });

  it('finds the exhaustive optimum when nothing is pruned and the bound is exact (property)', () => {
    // With numBeams ≥ vocab^(maxNewTokens − 1) every prefix stays a beam; 'never' (any lengthPenalty)
    // and false with lengthPenalty ≤ 0 only stop when no running beam can still win.
    fc.assert(
      fc.property(randomCase, fc.boolean(), (c, never) => {
        const vocab = Math.min(c.vocab, 3);
        const maxNewTokens = Math.min(c.maxNewTokens, 3);
        const model = randomModel(c.seed, vocab, c.zeroRate);
        const options = {
          eosTokenId: Math.min(c.eosTokenId, vocab - 1),
          maxNewTokens,
          numBeams: vocab ** (maxNewTokens - 1),
          lengthPenalty: never ? c.lengthPenalty : Math.min(c.lengthPenalty, 0),
          earlyStopping: never ? ('never' as const) : false,
        };
        const [top] = beamSearch(model, options).sequences;
        expect(top?.score).toBeCloseTo(exhaustiveBest(model, options).score, 12);
      }),
    );
  });
});

describe('beamSearchSteps', () => {
  it('records the fate of every candidate and why the search stopped', () => {
    // HF blog tree: step 1 keeps "nice" and "dog", prunes "car"; step 2 ends at maxNewTokens, the top 2
    // ("dog has" .36, "nice woman" .2) finish, the rest are pruned.
    const { steps, sequences } = beamSearchSteps(hfBlogExample.model, { ...two, maxNewTokens: 2 });
    expect(steps.map((s) => s.stop)).toEqual([null, 'max-new-tokens']);
    expect(steps[0]?.candidates.map((c) => [c.tokens, c.fate])).toEqual([
      [[1], 'running'],
      [[2], 'running'],
      [[3], 'pruned'],
    ]);
    expect(steps[1]?.candidates.filter((c) => c.fate === 'finished').map((c) => c.tokens)).toEqual([
      [2, 9],
      [1, 4],
    ]);
    expect(steps[1]?.finished).toEqual(sequences);
  });

  it('names each stop reason', () => {
    const at = (model: NextTokenModel, options: BeamSearchOptions) =>
      beamSearchSteps(model, options).steps.map((s) => s.stop);
    // trueVsFalse step 2 (traced above): pool full
    expect(at(trueVsFalse, { ...two, maxNewTokens: 3, earlyStopping: true })).toEqual([null, 'all-finished']);
    // falseVsNever step 2 (traced above): bound −0.9536 ≤ −0.9009
    expect(at(falseVsNever, { ...two, maxNewTokens: 3 })).toEqual([null, 'no-improvement']);
    // only <eos> can follow
    expect(at(() => [1, 0], { ...two, maxNewTokens: 3 })).toEqual(['no-running-beam']);
  });

  it('rejects what beamSearch rejects', () => {
    expect(() =>
      beamSearchSteps(hfBlogExample.model, { numBeams: 0, maxNewTokens: 2, eosTokenId: 0 }),
    ).toThrow(RangeError);
  });
});
