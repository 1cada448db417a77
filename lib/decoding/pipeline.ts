import { checkInteger, checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { minPFilter } from './min-p';
import { noRepeatNgramBannedTokens } from './no-repeat-ngram';
import { presenceFrequencyPenalty } from './presence-frequency';
import { repetitionPenalty } from './repetition-penalty';
import { softmax } from './softmax';
import { applyTemperature } from './temperature';
import { checkTokenIds } from './token-ids';
import { topKFilter } from './top-k';
import { topPFilter } from './top-p';
import { checkLogits } from './validate';

/** Settings of {@link decodingPipeline}; an omitted field (or its "off" value) disables its stage. */
export interface DecodingConfig {
  /** CTRL / HF repetition penalty, finite and > 0; off at 1. */
  repetitionPenalty?: number;
  /** OpenAI presence penalty in [−2, 2]; off at 0. */
  presencePenalty?: number;
  /** OpenAI frequency penalty in [−2, 2]; off at 0. */
  frequencyPenalty?: number;
  /** HF no_repeat_ngram_size, an integer ≥ 0; off at 0. */
  noRepeatNgramSize?: number;
  /** Finite and > 0; off at 1. */
  temperature?: number;
  /** An integer ≥ 0; off at 0 (HF: `top_k = 0` disables the warper). */
  topK?: number;
  /** In [0, 1]; off at 1. */
  topP?: number;
  /** In [0, 1], or `null` (HF's `min_p = None`); off when omitted or `null`. */
  minP?: number | null;
  /** Floor for top-k, top-p and min-p, an integer ≥ 1; default 1. */
  minTokensToKeep?: number;
}

/** Stage ids, in the order the pipeline applies them. */
export type StageId =
  | 'input'
  | 'repetition'
  | 'presence-frequency'
  | 'no-repeat-ngram'
  | 'temperature'
  | 'top-k'
  | 'top-p'
  | 'min-p'
  | 'softmax';

/** One stage's output: its logits, their softmax, and the ids this stage newly set to `-Infinity`. */
export interface PipelineStage {
  id: StageId;
  /** false when the config disables the stage; it then passes its input through unchanged. */
  active: boolean;
  logits: number[];
  probs: number[];
  /** Ids, ascending, that were finite before this stage and are `-Infinity` after it. */
  removed: number[];
}

export interface PipelineResult {
  stages: PipelineStage[];
  /** The final distribution (= the last stage's probs). */
  probs: number[];
}

const CONFIG_KEYS: readonly (keyof DecodingConfig)[] = [
  'repetitionPenalty',
  'presencePenalty',
  'frequencyPenalty',
  'noRepeatNgramSize',
  'temperature',
  'topK',
  'topP',
  'minP',
  'minTokensToKeep',
];

type Checked = Required<Omit<DecodingConfig, 'minP'>> & { minP: number | null };

function checkConfig(value: unknown): Checked {
  const config = checkObject('config', value);
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new TypeError(`config.${key} is not a decoding setting; allowed: ${CONFIG_KEYS.join(', ')}`);
    }
  }
  const num = (key: keyof DecodingConfig, fallback: number, ok: (x: number) => boolean, range: string) =>
    config[key] === undefined ? fallback : checkNumber(`config.${key}`, config[key], ok, range);
  const penalty = (x: number) => x >= -2 && x <= 2;
  const int = (key: keyof DecodingConfig, fallback: number, min: number) =>
    config[key] === undefined ? fallback : checkInteger(`config.${key}`, config[key], min);
  return {
    repetitionPenalty: num('repetitionPenalty', 1, (x) => Number.isFinite(x) && x > 0, 'finite and > 0'),
    presencePenalty: num('presencePenalty', 0, penalty, 'in [-2, 2]'),
    frequencyPenalty: num('frequencyPenalty', 0, penalty, 'in [-2, 2]'),
    noRepeatNgramSize: int('noRepeatNgramSize', 0, 0),
    temperature: num('temperature', 1, (x) => Number.isFinite(x) && x > 0, 'finite and > 0'),
    topK: int('topK', 0, 0),
    topP: num('topP', 1, (x) => x >= 0 && x <= 1, 'in [0, 1]'),
    minP:
      config.minP === undefined || config.minP === null
        ? null
        : checkNumber('config.minP', config.minP, (x) => x >= 0 && x <= 1, 'in [0, 1] or null'),
    minTokensToKeep: int('minTokensToKeep', 1, 1),
  };
}

/**
 * The whole sampling pipeline, stage by stage, so a demo can show how each setting reshapes the
 * distribution: input → repetition penalty → presence/frequency penalty → no-repeat-n-gram ban →
 * temperature → top-k → top-p → min-p → softmax.
 *
 * Formula: each stage is the lib function of the same name applied to the previous stage's
 * logits (`repetitionPenalty`, `presenceFrequencyPenalty`, `noRepeatNgramBannedTokens` → those
 * ids set to `-Infinity`, `applyTemperature`, `topKFilter`, `topPFilter`, `minPFilter`), and the
 * last stage is `softmax`. The order is HF `generate`'s (`_get_logits_processor`: penalties and
 * the n-gram ban, then temperature, top_k, top_p, min_p; min-p after temperature as llama.cpp
 * argued), with OpenAI's additive penalties placed after the multiplicative one. Every stage is
 * always present, in this order: a disabled stage passes its input through with `active: false`
 * and `removed: []`, so the stage list has a fixed shape for the view. An omitted setting means
 * "off", which equals the HF / OpenAI default for every field except HF's top_k = 50 (pass
 * `DEFAULTS.hf` to get that).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param previousTokens token ids seen so far, each an integer in [0, logits.length).
 * @param config see {@link DecodingConfig}; unknown fields are rejected so a typo fails loudly.
 * @throws {TypeError} when an argument or a config field has the wrong type, or a config field is
 *   unknown.
 * @throws {RangeError} when `logits` or `previousTokens` is invalid, a config value is out of
 *   range (`config.topP must be in [0, 1], got 1.5`), a penalty overflows a logit, or the n-gram
 *   ban removes every remaining token.
 * @example decodingPipeline([2, 1, 0], [0], { repetitionPenalty: 2, topK: 2 }).stages.map((s) => s.id)
 *   // ['input', 'repetition', 'presence-frequency', 'no-repeat-ngram', 'temperature', 'top-k',
 *   //  'top-p', 'min-p', 'softmax']
 * @example decodingPipeline([2, 1, 0], [0], { repetitionPenalty: 2, topK: 2 }).probs // [0.5, 0.5, 0]
 */
export function decodingPipeline(
  logits: readonly number[],
  previousTokens: readonly number[],
  config: DecodingConfig = {},
): PipelineResult {
  const xs = checkLogits(logits);
  const ids = checkTokenIds('previousTokens', previousTokens, xs.length);
  const c = checkConfig(config);
  const m = c.minTokensToKeep;

  const stages: PipelineStage[] = [];
  let current: readonly number[] = xs;
  const push = (id: StageId, active: boolean, next: readonly number[]) => {
    const removed = next.flatMap((x, i) => (x === -Infinity && Number.isFinite(current[i]) ? [i] : []));
    stages.push({ id, active, logits: [...next], probs: softmax(next), removed });
    current = next;
  };
  const stage = (id: StageId, active: boolean, apply: (x: readonly number[]) => readonly number[]) =>
    push(id, active, active ? apply(current) : current);

  push('input', true, xs);
  stage('repetition', c.repetitionPenalty !== 1, (x) => repetitionPenalty(x, ids, c.repetitionPenalty));
  stage('presence-frequency', c.presencePenalty !== 0 || c.frequencyPenalty !== 0, (x) =>
    presenceFrequencyPenalty(x, ids, { presence: c.presencePenalty, frequency: c.frequencyPenalty }),
  );
  stage('no-repeat-ngram', c.noRepeatNgramSize > 0, (x) => {
    const banned = new Set(noRepeatNgramBannedTokens(ids, c.noRepeatNgramSize));
    const out = x.map((v, i) => (banned.has(i) ? -Infinity : v));
    if (!out.some(Number.isFinite)) {
      throw new RangeError(
        `config.noRepeatNgramSize = ${describeValue(c.noRepeatNgramSize)} bans every remaining token ` +
          `(${[...banned].join(', ')}); nothing is left to sample`,
      );
    }
    return out;
  });
  stage('temperature', c.temperature !== 1, (x) => applyTemperature(x, c.temperature));
  stage('top-k', c.topK > 0, (x) => topKFilter(x, c.topK, m));
  stage('top-p', c.topP < 1, (x) => topPFilter(x, c.topP, m));
  stage('min-p', c.minP !== null, (x) => minPFilter(x, c.minP ?? 0, m));
  push('softmax', true, current);
  return { stages, probs: softmax(current) };
}
