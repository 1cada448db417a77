import {
  beamHypothesisScore,
  beamSearchSteps,
  exhaustiveBest,
  greedyDecode,
  greedyTrapExample,
  hfBlogExample,
  lengthPenaltyExample,
  probFromLogprob,
  type BeamStep,
  type BeamStopReason,
  type EarlyStopping,
  type ToyExample,
} from '@/lib/decoding';

export const EXAMPLES = { hf: hfBlogExample, trap: greedyTrapExample, length: lengthPenaltyExample } as const;
export type ExampleKey = keyof typeof EXAMPLES;

export interface Settings {
  readonly example: ExampleKey;
  readonly numBeams: number;
  readonly lengthPenalty: number;
  readonly earlyStopping: EarlyStopping;
}

/** A sequence ready to show: its words, Σ log p, p and score under the current length penalty. */
export interface Shown {
  readonly text: string;
  readonly tokens: readonly number[];
  readonly sumLogprob: number;
  readonly prob: number;
  readonly score: number;
}

/**
 * What became of a candidate, finer than lib's fate: whether a finished one ended by EOS or by
 * reaching maxNewTokens, and whether a pruned EOS ranked below the top numBeams (dropped).
 */
export type Fate = 'running' | 'finished-eos' | 'finished-length' | 'dropped-eos' | 'pruned';

export interface ShownCandidate extends Shown {
  /** The prefix the candidate extends (prompt included) and the token it adds. */
  readonly prefix: string;
  readonly token: string;
  readonly fate: Fate;
}

export interface ShownStep {
  readonly candidates: readonly ShownCandidate[];
  /** Candidates with positive probability outside the top 2·numBeams (never looked at). */
  readonly unranked: number;
  readonly finished: readonly Shown[];
  readonly stop: BeamStopReason | null;
}

export interface DemoResult {
  readonly steps: readonly ShownStep[];
  readonly beam: Shown | null;
  readonly greedy: Shown;
  /** The exhaustive optimum, or the RangeError message of its size guard. */
  readonly exhaustive: Shown | { readonly error: string };
  /** The highest score among greedy, beam and exhaustive (rows with it are the winners). */
  readonly topScore: number;
  /** Beam search returned a different sequence from the exhaustive optimum (a search error). */
  readonly beamMissed: boolean;
}

const words = (ex: ToyExample, tokens: readonly number[]) => tokens.map((id) => ex.vocab[id] ?? `#${id}`);

function show(ex: ToyExample, tokens: readonly number[], sumLogprob: number, lengthPenalty: number): Shown {
  return {
    text: [ex.prompt, ...words(ex, tokens)].filter(Boolean).join(' '),
    tokens,
    sumLogprob,
    prob: probFromLogprob(sumLogprob),
    score: beamHypothesisScore(sumLogprob, tokens.length, lengthPenalty),
  };
}

function showStep(ex: ToyExample, step: BeamStep, s: Settings): ShownStep {
  const top = step.candidates.slice(0, 2 * s.numBeams);
  return {
    candidates: top.map((c) => {
      const shown = show(ex, c.tokens, c.sumLogprob, s.lengthPenalty);
      const last = c.tokens[c.tokens.length - 1] ?? 0;
      const eos = last === ex.eosTokenId;
      const fate: Fate =
        c.fate === 'running'
          ? 'running'
          : c.fate === 'finished'
            ? eos
              ? 'finished-eos'
              : 'finished-length'
            : eos
              ? 'dropped-eos'
              : 'pruned';
      return {
        ...shown,
        prefix: [ex.prompt, ...words(ex, c.tokens.slice(0, -1))].filter(Boolean).join(' '),
        token: words(ex, [last]).join(''),
        fate,
      };
    }),
    unranked: step.candidates.length - top.length,
    finished: step.finished.map((h) => show(ex, h.tokens, h.sumLogprob, s.lengthPenalty)),
    stop: step.stop,
  };
}

/** Runs beam search (step by step), greedy decoding and the exhaustive search for the settings. */
export function runDemo(s: Settings): DemoResult {
  const ex = EXAMPLES[s.example];
  const limits = { eosTokenId: ex.eosTokenId, maxNewTokens: ex.maxNewTokens };
  const run = beamSearchSteps(ex.model, {
    ...limits,
    numBeams: s.numBeams,
    lengthPenalty: s.lengthPenalty,
    earlyStopping: s.earlyStopping,
  });
  const best = run.sequences[0];
  const greedy = greedyDecode(ex.model, limits);
  let exhaustive: DemoResult['exhaustive'];
  try {
    const e = exhaustiveBest(ex.model, { ...limits, lengthPenalty: s.lengthPenalty });
    exhaustive = show(ex, e.tokens, e.sumLogprob, s.lengthPenalty);
  } catch (error) {
    exhaustive = { error: error instanceof Error ? error.message : String(error) };
  }
  const beam = best ? show(ex, best.tokens, best.sumLogprob, s.lengthPenalty) : null;
  const optimum = 'error' in exhaustive ? null : exhaustive;
  const shown = show(ex, greedy.tokens, greedy.sumLogprob, s.lengthPenalty);
  return {
    steps: run.steps.map((step) => showStep(ex, step, s)),
    beam,
    greedy: shown,
    exhaustive,
    topScore: Math.max(shown.score, beam?.score ?? -Infinity, optimum?.score ?? -Infinity),
    beamMissed: optimum !== null && beam?.tokens.join() !== optimum.tokens.join(),
  };
}
