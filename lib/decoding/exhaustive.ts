import { lengthNormalise, type BeamSequence } from './beam-hypotheses';
import {
  checkDecodeLimits,
  checkEosInVocab,
  checkLengthPenalty,
  checkModel,
  queryModel,
  type NextTokenModel,
} from './next-token-model';

/** The largest vocab^maxNewTokens {@link exhaustiveBest} agrees to enumerate. */
export const EXHAUSTIVE_LIMIT = 100_000;

export interface ExhaustiveOptions {
  readonly eosTokenId: number;
  readonly maxNewTokens: number;
  /** Exponent of the length in the score; default 1, as in {@link beamSearch}. */
  readonly lengthPenalty?: number;
}

/**
 * The exact optimum that beam search approximates: the highest-scoring complete sequence, found by
 * trying them all.
 *
 * Formula: argmax over complete sequences y of sumLogprob(y) / |y|^lengthPenalty, where a sequence
 * is complete when it ends with EOS or has maxNewTokens tokens — exactly the sequences beam search
 * and greedy decoding can return, scored as `beamHypothesisScore` scores them (so with
 * lengthPenalty = 0 it is the most probable sequence, the MAP decode). Depth-first in token-id
 * order, skipping probability-0 tokens; on a tie the first sequence in that order wins.
 *
 * @param model next-token probabilities given the tokens generated so far.
 * @param options eosTokenId, maxNewTokens (vocab^maxNewTokens ≤ 100 000), lengthPenalty = 1.
 * @throws {TypeError} as {@link greedyDecode}.
 * @throws {RangeError} as {@link greedyDecode}, when lengthPenalty is not finite, or when
 *   vocab^maxNewTokens > 100 000 (the search would be too large to run in a page).
 * @example exhaustiveBest(hfBlogExample.model, { eosTokenId: 0, maxNewTokens: 2, lengthPenalty: 0 })
 * // { tokens: [2, 9], sumLogprob: log 0.36, score: log 0.36 } ("The dog has")
 */
export function exhaustiveBest(model: NextTokenModel, options: ExhaustiveOptions): BeamSequence {
  const next = checkModel(model);
  const { options: opts, eosTokenId, maxNewTokens } = checkDecodeLimits(options);
  const lengthPenalty = checkLengthPenalty(opts.lengthPenalty);
  const first = queryModel(next, []);
  const vocabSize = first.length;
  checkEosInVocab(eosTokenId, vocabSize);
  const size = vocabSize ** maxNewTokens;
  if (size > EXHAUSTIVE_LIMIT) {
    throw new RangeError(
      `exhaustiveBest needs vocab^maxNewTokens <= ${EXHAUSTIVE_LIMIT}, got ${vocabSize}^${maxNewTokens} = ${size}`,
    );
  }

  let best: BeamSequence | undefined;
  const visit = (prefix: number[], sumLogprob: number, probs: readonly number[]): void => {
    probs.forEach((p, token) => {
      if (p <= 0) return;
      const tokens = [...prefix, token];
      const sum = sumLogprob + Math.log(p);
      if (token === eosTokenId || tokens.length === maxNewTokens) {
        const score = lengthNormalise(sum, tokens.length, lengthPenalty);
        if (best === undefined || score > best.score) best = { tokens, sumLogprob: sum, score };
      } else {
        visit(tokens, sum, queryModel(next, tokens, vocabSize));
      }
    });
  };
  visit([], 0, first);
  // The distribution from model([]) has a positive entry, so at least one sequence was scored.
  return best as BeamSequence;
}
