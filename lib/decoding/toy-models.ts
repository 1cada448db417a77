import { checkObject } from '@/lib/utils/validate';
import { checkDistribution, type NextTokenModel } from './next-token-model';

const PREFIX_KEY = /^(?:(?:0|[1-9]\d*)(?:,(?:0|[1-9]\d*))*)?$/;

/**
 * A next-token model read from a table: the generated prefix, its token ids joined by ',' ('' for
 * the empty prefix, '2,9' after tokens 2 then 9), maps to a distribution; every other prefix gets
 * `fallback`. The table is copied, so editing it later does not change the model, and each call
 * returns a fresh array.
 *
 * Formula: model(w_1..w_t) = table[`${w_1},…,${w_t}`] ?? fallback.
 *
 * @param table prefix key → next-token probabilities (length = fallback's, each summing to 1).
 * @param fallback the distribution for prefixes not in the table; its length is the vocabulary.
 * @throws {TypeError} when `table` is not an object or a distribution is not an array of numbers.
 * @throws {RangeError} when a key is not token ids joined by ',' (each < vocabulary size), or a
 *   distribution has a wrong length, a negative or non-finite entry, or does not sum to 1 (±1e-6).
 * @example tableModel({ '': [0, 1], '1': [1, 0] }, [1, 0])([1]) // [1, 0]
 */
export function tableModel(
  table: Readonly<Record<string, readonly number[]>>,
  fallback: readonly number[],
): NextTokenModel {
  const rows = checkObject('table', table);
  const otherwise = [...checkDistribution(fallback, 'fallback')];
  const vocabSize = otherwise.length;
  const lookup = new Map<string, number[]>();
  for (const [key, probs] of Object.entries(rows)) {
    const ids = key === '' ? [] : key.split(',').map(Number);
    if (!PREFIX_KEY.test(key) || ids.some((id) => id >= vocabSize)) {
      throw new RangeError(
        `table keys must be token ids in [0, ${vocabSize - 1}] joined by ',' (e.g. '' or '2,9'), got ${JSON.stringify(key)}`,
      );
    }
    lookup.set(key, [...checkDistribution(probs, `table[${JSON.stringify(key)}]`, vocabSize)]);
  }
  return (generated) => [...(lookup.get(generated.join(',')) ?? otherwise)];
}

/** A toy model with the names and settings a demo needs to show it. */
export interface ToyExample {
  /** Text the generated tokens follow (not part of the model's input). */
  readonly prompt: string;
  /** Token names; a token id is an index here. */
  readonly vocab: readonly string[];
  readonly eosTokenId: number;
  readonly maxNewTokens: number;
  readonly model: NextTokenModel;
}

/**
 * The tree from Patrick von Platen, "How to generate text" (Hugging Face blog, 2020,
 * https://huggingface.co/blog/how-to-generate): after "The", greedy search takes "nice" (0.5) then
 * "woman" (0.4) for 0.5 × 0.4 = 0.2, while beam search with 2 beams finds "The dog has",
 * 0.4 × 0.9 = 0.36 — "has" is hidden behind "dog", only the second-best first word. The blog's text
 * gives nice 0.5, woman 0.4, dog second, has 0.9 and the products; the remaining branches are read
 * off its figures: dog 0.4, car 0.1; nice → woman 0.4, house 0.3, guy 0.3; dog → and 0.05,
 * runs 0.05, has 0.9; car → is 0.3, drives 0.5, turns 0.2. Two new tokens, as in the figures;
 * every longer prefix ends with `<eos>`.
 *
 * @example greedyDecode(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 2 }).tokens // [1, 4]
 */
export const hfBlogExample: ToyExample = {
  prompt: 'The',
  vocab: [
    '<eos>',
    'nice',
    'dog',
    'car',
    'woman',
    'house',
    'guy',
    'and',
    'runs',
    'has',
    'is',
    'drives',
    'turns',
  ],
  eosTokenId: 0,
  maxNewTokens: 2,
  model: tableModel(
    {
      // columns follow `vocab`: <eos>, nice, dog, car, woman, house, guy, and, runs, has, is, drives, turns
      '': [0, 0.5, 0.4, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      '1': [0, 0, 0, 0, 0.4, 0.3, 0.3, 0, 0, 0, 0, 0, 0],
      '2': [0, 0, 0, 0, 0, 0, 0, 0.05, 0.05, 0.9, 0, 0, 0],
      '3': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.5, 0.2],
    },
    [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  ),
};

/**
 * Greedy takes the likelier first token "a" (0.45), whose continuations are all weak (the best,
 * `<eos>`, 0.3: total 0.135); "b" (0.4) is followed by `<eos>` with 0.9 (total 0.36), which beam
 * search with 2 beams keeps and finds. Every probability is positive, so with up to 3 beams HF's
 * beam search runs exactly the same steps.
 *
 * @example beamSearch(greedyTrapExample.model, { numBeams: 2, maxNewTokens: 3, eosTokenId: 0 })
 * // sequences[0].tokens = [2, 0] (0.4 × 0.9 = 0.36) vs greedy [1, 0] (0.45 × 0.3 = 0.135)
 */
export const greedyTrapExample: ToyExample = {
  prompt: '',
  vocab: ['<eos>', 'a', 'b', 'c'],
  eosTokenId: 0,
  maxNewTokens: 3,
  model: tableModel(
    {
      // columns: <eos>, a, b, c
      '': [0.1, 0.45, 0.4, 0.05],
      '1': [0.3, 0.26, 0.24, 0.2],
      '2': [0.9, 0.04, 0.03, 0.03],
    },
    [0.97, 0.01, 0.01, 0.01],
  ),
};

/**
 * The length penalty picks the winner. Short: "a <eos>", 0.5 × 0.9 = 0.45 (2 tokens). Long:
 * "b c d <eos>", 0.46 × 0.9 × 0.9 × 0.96 = 0.357696 (4 tokens, each likelier than the short one's
 * average). lengthPenalty = 0 ranks by probability: log 0.45 = −0.799 beats log 0.357696 = −1.028.
 * lengthPenalty = 1 (HF's default) divides by the length: −0.799 / 2 = −0.399 loses to
 * −1.028 / 4 = −0.257. Greedy stops at the short one. All probabilities are positive.
 *
 * @example beamSearch(lengthPenaltyExample.model, { numBeams: 2, maxNewTokens: 4, eosTokenId: 0,
 *   lengthPenalty: 1 }).sequences[0].tokens // [2, 3, 4, 0]; with lengthPenalty: 0 → [1, 0]
 */
export const lengthPenaltyExample: ToyExample = {
  prompt: '',
  vocab: ['<eos>', 'a', 'b', 'c', 'd'],
  eosTokenId: 0,
  maxNewTokens: 4,
  model: tableModel(
    {
      // columns: <eos>, a, b, c, d
      '': [0.02, 0.5, 0.46, 0.01, 0.01],
      '1': [0.9, 0.025, 0.025, 0.025, 0.025],
      '2': [0.04, 0.02, 0.02, 0.9, 0.02],
      '2,3': [0.04, 0.02, 0.02, 0.02, 0.9],
      '2,3,4': [0.96, 0.01, 0.01, 0.01, 0.01],
    },
    [0.96, 0.01, 0.01, 0.01, 0.01],
  ),
};
