import { checkInteger, checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { checkProbs } from './validate';

/**
 * A language model reduced to what decoding needs: given the tokens generated so far, the
 * probability of every token in the vocabulary coming next. Token ids are indices into the returned
 * vector, whose length (the vocabulary size) must not change between calls.
 *
 * @example const model: NextTokenModel = (generated) => (generated.length < 2 ? [0.1, 0.9] : [1, 0]);
 */
export type NextTokenModel = (generated: readonly number[]) => readonly number[];

/** How far a model's output may sum from 1 (float rounding in hand-written tables, e.g. 10 × 0.1). */
const SUM_TOLERANCE = 1e-6;

/**
 * Returns `model` when it is a function.
 *
 * @throws {TypeError} when it is not.
 * @example checkModel((g) => [1]) // the same function
 */
export function checkModel(model: unknown): NextTokenModel {
  if (typeof model !== 'function') {
    throw new TypeError(
      `model must be a function from the generated tokens to next-token probabilities, got ${describeValue(model)}`,
    );
  }
  return model as NextTokenModel;
}

/**
 * Returns `value` as a next-token distribution: an array of finite numbers ≥ 0 summing to 1 within
 * 1e-6, of length `vocabSize` when given. Messages start with `name`.
 *
 * @throws {TypeError} when `value` is not an array of numbers.
 * @throws {RangeError} when it is empty, has a negative or non-finite entry, does not sum to 1, or
 *   has a length other than `vocabSize`.
 * @example checkDistribution([0.25, 0.75], 'fallback') // [0.25, 0.75]
 */
export function checkDistribution(value: unknown, name: string, vocabSize?: number): readonly number[] {
  const probs = checkProbs(value, name);
  if (vocabSize !== undefined && probs.length !== vocabSize) {
    throw new RangeError(
      `${name} must have ${vocabSize} probabilities (the vocabulary size), got ${probs.length}`,
    );
  }
  const sum = probs.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    throw new RangeError(`${name} must be probabilities summing to 1 (within 1e-6), got a sum of ${sum}`);
  }
  return probs;
}

/**
 * Calls `model` on a copy of `generated` (so the model cannot alter the decoder's state) and checks
 * its answer with {@link checkDistribution}; every message names the call, e.g. `model([2, 0])`.
 *
 * @throws {TypeError} when the answer is not an array of numbers.
 * @throws {RangeError} when it is not a distribution or its length is not `vocabSize`.
 * @example queryModel(() => [0.25, 0.75], [1]) // [0.25, 0.75]
 */
export function queryModel(
  model: NextTokenModel,
  generated: readonly number[],
  vocabSize?: number,
): readonly number[] {
  return checkDistribution(model([...generated]), `model([${generated.join(', ')}])`, vocabSize);
}

/** The options every decoder here shares, checked. */
export interface DecodeLimits {
  readonly options: Readonly<Record<string, unknown>>;
  readonly eosTokenId: number;
  readonly maxNewTokens: number;
}

/**
 * Checks the options bag and its `eosTokenId` (integer ≥ 0; the upper bound needs the vocabulary,
 * see {@link checkEosInVocab}) and `maxNewTokens` (integer ≥ 1).
 *
 * @throws {TypeError} when `options` is not an object or a field is not a number.
 * @throws {RangeError} when a field is out of range.
 * @example checkDecodeLimits({ eosTokenId: 0, maxNewTokens: 3 }).maxNewTokens // 3
 */
export function checkDecodeLimits(options: unknown): DecodeLimits {
  const opts = checkObject('options', options);
  return {
    options: opts,
    eosTokenId: checkInteger('eosTokenId', opts.eosTokenId, 0),
    maxNewTokens: checkInteger('maxNewTokens', opts.maxNewTokens, 1),
  };
}

/**
 * Checks that `eosTokenId` is a token of a vocabulary of `vocabSize` tokens.
 *
 * @throws {RangeError} `eosTokenId must be an integer in [0, 2] …` when it is not.
 * @example checkEosInVocab(2, 3) // 2
 */
export function checkEosInVocab(eosTokenId: number, vocabSize: number): number {
  return checkNumber(
    'eosTokenId',
    eosTokenId,
    (x) => x < vocabSize,
    `an integer in [0, ${vocabSize - 1}] (a token id of the model's vocabulary)`,
  );
}

/**
 * Checks an optional length penalty: `undefined` gives the default 1 (HF `GenerationConfig`), any
 * other value must be a finite number.
 *
 * @throws {TypeError} when it is not a number.
 * @throws {RangeError} when it is `NaN` or ±Infinity.
 * @example checkLengthPenalty(undefined) // 1
 */
export function checkLengthPenalty(value: unknown): number {
  if (value === undefined) return 1;
  return checkNumber('lengthPenalty', value, Number.isFinite, 'a finite number');
}
