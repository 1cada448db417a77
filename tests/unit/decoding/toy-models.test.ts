import { describe, expect, it } from 'vitest';
import {
  beamSearch,
  greedyDecode,
  greedyTrapExample,
  hfBlogExample,
  lengthPenaltyExample,
  tableModel,
  type ToyExample,
} from '@/lib/decoding';

const words = (example: ToyExample, tokens: readonly number[]) => tokens.map((t) => example.vocab[t]);

describe('tableModel', () => {
  it('looks the prefix up by its comma-joined ids and falls back otherwise', () => {
    const model = tableModel({ '': [0.5, 0.5, 0], '1': [0, 0, 1], '1,2': [1, 0, 0] }, [0.2, 0.4, 0.4]);
    expect(model([])).toEqual([0.5, 0.5, 0]);
    expect(model([1])).toEqual([0, 0, 1]);
    expect(model([1, 2])).toEqual([1, 0, 0]);
    expect(model([2])).toEqual([0.2, 0.4, 0.4]);
    expect(model([1, 2, 0])).toEqual([0.2, 0.4, 0.4]);
  });

  it('copies the table and hands out fresh arrays', () => {
    const row = [0.5, 0.5];
    const table: Record<string, number[]> = { '': row };
    const model = tableModel(table, [1, 0]);
    row[0] = 0.9;
    table['1'] = [0, 1];
    expect(model([])).toEqual([0.5, 0.5]);
    expect(model([1])).toEqual([1, 0]);
    const out = model([]) as number[];
    out[0] = 7;
    expect(model([])).toEqual([0.5, 0.5]);
  });

  it('rejects malformed keys and distributions', () => {
    const fallback = [0.5, 0.5];
    expect(() => tableModel({ '1, 0': fallback }, fallback)).toThrow(
      new RangeError(`table keys must be token ids in [0, 1] joined by ',' (e.g. '' or '2,9'), got "1, 0"`),
    );
    expect(() => tableModel({ '01': fallback }, fallback)).toThrow(RangeError);
    expect(() => tableModel({ a: fallback }, fallback)).toThrow(RangeError);
    expect(() => tableModel({ '2': fallback }, fallback)).toThrow(/token ids in \[0, 1\]/);
    expect(() => tableModel({ '': [1, 0, 0] }, fallback)).toThrow(
      new RangeError(`table[""] must have 2 probabilities (the vocabulary size), got 3`),
    );
    expect(() => tableModel({ '1': [0.5, 0.6] }, fallback)).toThrow(
      /table\["1"\] must be probabilities summing to 1/,
    );
    expect(() => tableModel({}, [0.5, -0.5, 1])).toThrow(/fallback\[1\] must be finite and >= 0/);
    expect(() => tableModel({}, [])).toThrow(RangeError);
    expect(() => tableModel(null as unknown as Record<string, number[]>, fallback)).toThrow(TypeError);
    expect(() => tableModel({ '': 'x' as unknown as number[] }, fallback)).toThrow(TypeError);
  });
});

describe('toy examples', () => {
  it('hfBlogExample: greedy "The nice woman" (0.2), beam search "The dog has" (0.36)', () => {
    // Patrick von Platen, "How to generate text" (HF blog, 2020): greedy 0.5 × 0.4 = 0.2; beam search with
    // num_beams=2 finds "The", "dog", "has" with 0.36
    const greedy = greedyDecode(hfBlogExample.model, hfBlogExample);
    expect(words(hfBlogExample, greedy.tokens)).toEqual(['nice', 'woman']);
    expect(Math.exp(greedy.sumLogprob)).toBeCloseTo(0.2, 12);
    const [beam] = beamSearch(hfBlogExample.model, { ...hfBlogExample, numBeams: 2 }).sequences;
    expect(words(hfBlogExample, beam?.tokens ?? [])).toEqual(['dog', 'has']);
    expect(Math.exp(beam?.sumLogprob ?? Number.NaN)).toBeCloseTo(0.36, 12);
  });

  it('greedyTrapExample: greedy "a <eos>" (0.135), beam search "b <eos>" (0.36)', () => {
    // hand trace, 2 beams: 1: a log .45, b log .4 → beams a, b (<eos> log .1 ranks third: dropped)
    // 2: [b <eos>] log .36 = −1.0217, [a <eos>] log .135 = −2.0025 both rank in the top 2 and finish;
    //    bound: best running [a a] log .117 / 2 = −1.0728 ≤ worst −2.0025 / 2 = −1.0012: stop
    // HF (transformers 5.18.0): sequences [[b, <eos>], [a, <eos>]], scores [−0.5108256, −1.0012403]
    const greedy = greedyDecode(greedyTrapExample.model, greedyTrapExample);
    expect(words(greedyTrapExample, greedy.tokens)).toEqual(['a', '<eos>']);
    expect(Math.exp(greedy.sumLogprob)).toBeCloseTo(0.135, 12);
    const beam = beamSearch(greedyTrapExample.model, {
      ...greedyTrapExample,
      numBeams: 2,
      numReturnSequences: 2,
    });
    expect(beam.sequences.map((s) => words(greedyTrapExample, s.tokens))).toEqual([
      ['b', '<eos>'],
      ['a', '<eos>'],
    ]);
    expect(beam.sequences[0]?.score).toBeCloseTo(-0.5108256, 6);
    expect(beam.sequences[1]?.score).toBeCloseTo(-1.0012403, 6);
  });

  it('lengthPenaltyExample: greedy and lengthPenalty 0 take the short sentence, 1 the long one', () => {
    // 0.5 × 0.9 = 0.45 vs 0.46 × 0.9 × 0.9 × 0.96 = 0.357696 (see the beamSearch trace)
    const greedy = greedyDecode(lengthPenaltyExample.model, lengthPenaltyExample);
    expect(words(lengthPenaltyExample, greedy.tokens)).toEqual(['a', '<eos>']);
    const top = (lengthPenalty: number) =>
      beamSearch(lengthPenaltyExample.model, { ...lengthPenaltyExample, numBeams: 2, lengthPenalty })
        .sequences[0];
    expect(words(lengthPenaltyExample, top(0)?.tokens ?? [])).toEqual(['a', '<eos>']);
    expect(words(lengthPenaltyExample, top(1)?.tokens ?? [])).toEqual(['b', 'c', 'd', '<eos>']);
    expect(Math.exp(top(1)?.sumLogprob ?? Number.NaN)).toBeCloseTo(0.357696, 12);
  });

  it('names every token of every example', () => {
    for (const example of [hfBlogExample, greedyTrapExample, lengthPenaltyExample]) {
      expect(example.model([])).toHaveLength(example.vocab.length);
      expect(example.vocab[example.eosTokenId]).toBe('<eos>');
    }
  });
});
