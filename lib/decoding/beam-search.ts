import { checkInteger, checkNumber, describeValue } from '@/lib/utils/validate';
import {
  canImprove,
  lengthNormalise,
  mergeFinished,
  type BeamSequence,
  type EarlyStopping,
} from './beam-hypotheses';
import {
  checkDecodeLimits,
  checkEosInVocab,
  checkLengthPenalty,
  checkModel,
  queryModel,
  type NextTokenModel,
} from './next-token-model';

export type { BeamSequence, EarlyStopping } from './beam-hypotheses';

export interface BeamSearchOptions {
  /** Beams kept alive per step, an integer ≥ 1. */
  readonly numBeams: number;
  /** The most tokens to generate (EOS included), an integer ≥ 1. */
  readonly maxNewTokens: number;
  /** The end-of-sequence token id. */
  readonly eosTokenId: number;
  /** Exponent of the length in the score; default 1. */
  readonly lengthPenalty?: number;
  /** `true`, `false` (default) or `'never'`; see {@link beamSearch}. */
  readonly earlyStopping?: EarlyStopping;
  /** Hypotheses to return, an integer in [1, numBeams]; default 1. */
  readonly numReturnSequences?: number;
}

export interface BeamSearchResult {
  /** The best finished hypotheses, best score first. */
  sequences: BeamSequence[];
}

/** What became of one candidate continuation in a step. */
export interface BeamCandidate {
  tokens: number[];
  sumLogprob: number;
  /** `finished`: ranked in the top numBeams and ended (EOS or maxNewTokens); `running`: kept as a beam. */
  fate: 'finished' | 'running' | 'pruned';
}

export type BeamStopReason = 'max-new-tokens' | 'no-running-beam' | 'all-finished' | 'no-improvement';

/** One step of {@link beamSearchSteps}, for a demo to draw. */
export interface BeamStep {
  /** Tokens generated once this step is done (1 for the first step). */
  generatedLength: number;
  /** Every continuation with positive probability, best sumLogprob first (ties: beam rank, token id). */
  candidates: BeamCandidate[];
  /** The pool of finished hypotheses after this step, best first. */
  finished: BeamSequence[];
  /** Why the search ended after this step, or `null` if it goes on. */
  stop: BeamStopReason | null;
}

interface Beam {
  readonly tokens: readonly number[];
  readonly sumLogprob: number;
}

interface Candidate {
  readonly beam: Beam;
  readonly token: number;
  readonly sumLogprob: number;
}

function checkEarlyStopping(value: unknown): EarlyStopping {
  if (value === undefined) return false;
  if (typeof value === 'boolean' || value === 'never') return value;
  const message = `earlyStopping must be true, false or 'never', got ${describeValue(value)}`;
  throw typeof value === 'string' ? new RangeError(message) : new TypeError(message);
}

const extend = (c: Candidate): number[] => [...c.beam.tokens, c.token];

function run(model: NextTokenModel, options: BeamSearchOptions, steps?: BeamStep[]): BeamSequence[] {
  const next = checkModel(model);
  const { options: opts, eosTokenId, maxNewTokens } = checkDecodeLimits(options);
  const numBeams = checkInteger('numBeams', opts.numBeams, 1);
  const lengthPenalty = checkLengthPenalty(opts.lengthPenalty);
  // generate(num_beams=1) runs greedy search; one beam agrees with it except that 'never' with
  // lengthPenalty > 0 would keep searching past greedy's EOS, so with one beam 'never' acts as false.
  const requested = checkEarlyStopping(opts.earlyStopping);
  const earlyStopping = numBeams === 1 && requested === 'never' ? false : requested;
  const numReturnSequences =
    opts.numReturnSequences === undefined
      ? 1
      : checkNumber(
          'numReturnSequences',
          opts.numReturnSequences,
          (x) => Number.isInteger(x) && x >= 1 && x <= numBeams,
          `an integer in [1, numBeams] = [1, ${numBeams}]`,
        );
  const limits = { numBeams, maxNewTokens, lengthPenalty, earlyStopping };

  let running: Beam[] = [{ tokens: [], sumLogprob: 0 }];
  let finished: BeamSequence[] = [];
  let vocabSize: number | undefined;
  for (let length = 1; ; length++) {
    const candidates: Candidate[] = [];
    for (const beam of running) {
      const probs = queryModel(next, beam.tokens, vocabSize);
      if (vocabSize === undefined) {
        checkEosInVocab(eosTokenId, probs.length);
        vocabSize = probs.length;
      }
      // log 0 = −∞ would make an impossible continuation a beam; HF never meets it with real logits.
      probs.forEach((p, token) => {
        if (p > 0) candidates.push({ beam, token, sumLogprob: beam.sumLogprob + Math.log(p) });
      });
    }
    // Stable sort: ties keep beam rank, then token id (torch.topk leaves tie order unspecified).
    candidates.sort((a, b) => b.sumLogprob - a.sumLogprob);
    const top = candidates.slice(0, 2 * numBeams);
    const ends = (c: Candidate) => length === maxNewTokens || c.token === eosTokenId;
    const justFinished = top.slice(0, numBeams).filter(ends);
    const kept = top.filter((c) => !ends(c)).slice(0, numBeams);
    finished = mergeFinished(
      finished,
      justFinished.map((c) => ({
        tokens: extend(c),
        sumLogprob: c.sumLogprob,
        score: lengthNormalise(c.sumLogprob, length, lengthPenalty),
      })),
      numBeams,
    );
    running = kept.map((c) => ({ tokens: extend(c), sumLogprob: c.sumLogprob }));

    let stop: BeamStopReason | null = null;
    const best = running[0];
    if (length === maxNewTokens) stop = 'max-new-tokens';
    else if (best === undefined) stop = 'no-running-beam';
    else if (earlyStopping === true && finished.length === numBeams) stop = 'all-finished';
    else if (!canImprove(finished, best.sumLogprob, length, limits)) stop = 'no-improvement';

    if (steps) {
      const fate = (c: Candidate): BeamCandidate['fate'] =>
        kept.includes(c) ? 'running' : justFinished.includes(c) ? 'finished' : 'pruned';
      steps.push({
        generatedLength: length,
        candidates: candidates.map((c) => ({ tokens: extend(c), sumLogprob: c.sumLogprob, fate: fate(c) })),
        finished: finished.map((h) => ({ ...h, tokens: [...h.tokens] })),
        stop,
      });
    }
    if (stop !== null) return finished.slice(0, numReturnSequences);
  }
}

/**
 * Beam search exactly as Hugging Face transformers ≥ 4.50 runs it (`generate(num_beams=…)` →
 * `_beam_search`), for one sequence: keep the numBeams most probable unfinished prefixes, and
 * collect finished hypotheses ranked by score = sumLogprob / generatedLength^lengthPenalty.
 *
 * Algorithm (HF `generation/utils.py`; links at v4.57.6, the same code in 5.x):
 * 1. Start from one empty beam with sumLogprob 0. (HF starts numBeams copies of the prompt, all
 *    but the first at −1e9, so the first step cannot pick the same token numBeams times: L3236-L3242.)
 * 2. Each step, every beam × every token gives a candidate with sumLogprob + log p; keep the top
 *    2·numBeams by sumLogprob (`beams_to_keep = max(2, 1 + #eos) · num_beams`, L3192; `torch.topk`
 *    over beams × vocab, L3018). Ties go to the lower beam rank, then the lower token id.
 * 3. A candidate "ends" if its token is EOS or it reaches maxNewTokens (`EosTokenCriteria`,
 *    `MaxLengthCriteria`, L3333). Only ending candidates ranked within the top numBeams become
 *    finished hypotheses, scored sumLogprob / t^lengthPenalty with t = tokens generated, EOS
 *    included (`did_top_num_beams_just_finished`, L3083-L3087); an EOS ranked numBeams..2·numBeams−1
 *    is dropped. The pool keeps the best numBeams hypotheses (L3098-L3108).
 * 4. The next beams are the best numBeams non-ending candidates among the 2·numBeams (ending ones
 *    get −1e9, L3050-L3052), so a beam that ranks below an EOS can still survive.
 * 5. Stop when (a) maxNewTokens is reached: every candidate of that step ends, so the top numBeams
 *    of the last step join the pool whether or not they end in EOS (that is how unfinished beams
 *    are "added at the end"); (b) no non-ending candidate is left; (c) earlyStopping is `true` and
 *    numBeams hypotheses are finished; (d) numBeams hypotheses are finished and the best running
 *    beam's sumLogprob / L^lengthPenalty is not > the worst finished score, where L is the tokens
 *    generated so far, or maxNewTokens when earlyStopping is `'never'` and lengthPenalty > 0
 *    (`_check_early_stop_heuristic`, L2913-L2958; `_beam_search_has_unfinished_sequences`,
 *    L2960-L2980). `false` and `true` differ only in (c); `'never'` with lengthPenalty = 0 is the
 *    exact, "canonical" beam search (HF docstring).
 * 6. Return the pool's first numReturnSequences, best score first (L3402).
 * Links: https://github.com/huggingface/transformers/blob/v4.57.6/src/transformers/generation/utils.py
 *
 * Where HF would pad with placeholders this returns nothing instead: a token with probability 0 is
 * never a candidate (HF: log 0 = −∞, or the −1e9 copies of step 1), so fewer than numBeams beams
 * may run and fewer than numReturnSequences sequences may come back. When every step offers at
 * least numBeams non-EOS tokens of positive probability (e.g. all probabilities > 0 and vocabulary
 * > numBeams) the two agree step for step. HF needs vocabulary ≥ 2; here a 1-token vocabulary works.
 *
 * @param model next-token probabilities given the tokens generated so far.
 * @param options numBeams, maxNewTokens, eosTokenId, lengthPenalty = 1, earlyStopping = false,
 *   numReturnSequences = 1 (≤ numBeams).
 * @throws {TypeError} when `model` is not a function, `options` not an object, a field of the wrong
 *   type, or the model's answer not an array of numbers.
 * @throws {RangeError} when numBeams or maxNewTokens is not an integer ≥ 1, eosTokenId not a token
 *   id, lengthPenalty not finite, earlyStopping a string other than 'never', numReturnSequences not
 *   in [1, numBeams], or the model returns a vector that is not a distribution or changes length.
 * @example beamSearch(hfBlogExample.model, { numBeams: 2, maxNewTokens: 2, eosTokenId: 0 })
 * // { sequences: [{ tokens: [2, 9], sumLogprob: log 0.36 = −1.0217, score: −0.5108 }] }
 * // ("The dog has"; greedy finds "The nice woman", 0.2)
 */
export function beamSearch(model: NextTokenModel, options: BeamSearchOptions): BeamSearchResult {
  return { sequences: run(model, options) };
}

/**
 * {@link beamSearch} with a record of every step (candidates and their fate, the finished pool,
 * the stop reason), for demos that draw the search. Same arguments, errors and `sequences`.
 *
 * @throws {TypeError|RangeError} as {@link beamSearch}.
 * @example beamSearchSteps(hfBlogExample.model, { numBeams: 2, maxNewTokens: 2, eosTokenId: 0 }).steps[0]
 * // { generatedLength: 1, candidates: [[1] running, [2] running, [3] pruned], finished: [], stop: null }
 */
export function beamSearchSteps(
  model: NextTokenModel,
  options: BeamSearchOptions,
): BeamSearchResult & { steps: BeamStep[] } {
  const steps: BeamStep[] = [];
  const sequences = run(model, options, steps);
  return { sequences, steps };
}
