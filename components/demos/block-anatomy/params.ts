/**
 * The parameter counter's state: the config as the learner typed it (numbers as text), turned
 * into a `DecoderConfig` and counted by `decoderParamCount`. Pure, so it is tested without React.
 */
import {
  decoderParamCount,
  type DecoderConfig,
  type DecoderParamCount,
} from '@/lib/calculators/decoder-params';
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import type { ModelPreset } from './presets';

/** The numeric fields, in the order the form shows them (names as in `DecoderConfig`). */
export const NUMBER_FIELDS = [
  'vocabSize',
  'hiddenSize',
  'numLayers',
  'numHeads',
  'numKvHeads',
  'intermediateSize',
  'maxPositions',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** A config being edited: numbers as the text in their fields, choices and flags as values. */
export interface ConfigDraft {
  readonly numbers: Readonly<Record<NumberField, string>>;
  readonly mlp: DecoderConfig['mlp'];
  readonly norm: DecoderConfig['norm'];
  readonly attentionBias: DecoderConfig['attentionBias'];
  readonly mlpBias: boolean;
  readonly tiedEmbeddings: boolean;
  readonly positionEmbedding: DecoderConfig['positionEmbedding'];
}

/** Why a draft has no count: a field that is not a number, a lib/ error, or a total past 2^53. */
export type DraftError =
  | { kind: 'field'; field: NumberField; error: FieldError }
  | { kind: 'lib'; message: string; fields: NumberField[] }
  | { kind: 'tooLarge' };

export type DraftResult =
  { ok: true; config: DecoderConfig; count: DecoderParamCount } | { ok: false; error: DraftError };

/**
 * The draft of a preset's config: every field filled (maxPositions 2048 when the model has none,
 * so switching to learned positions starts from a plausible table).
 *
 * @example draftFromConfig(PRESETS['llama2-7b'].config).numbers.hiddenSize // '4096'
 */
export function draftFromConfig(config: DecoderConfig): ConfigDraft {
  return {
    numbers: {
      vocabSize: String(config.vocabSize),
      hiddenSize: String(config.hiddenSize),
      numLayers: String(config.numLayers),
      numHeads: String(config.numHeads),
      numKvHeads: String(config.numKvHeads ?? config.numHeads),
      intermediateSize: String(config.intermediateSize),
      maxPositions: String(config.maxPositions ?? 2048),
    },
    mlp: config.mlp,
    norm: config.norm,
    attentionBias: config.attentionBias,
    mlpBias: config.mlpBias,
    tiedEmbeddings: config.tiedEmbeddings,
    positionEmbedding: config.positionEmbedding,
  };
}

/**
 * Reads the draft and counts it with `decoderParamCount`. Text that is not a number is rejected
 * first (naming the field); everything else (0 heads, heads that do not divide the hidden size,
 * KV heads that do not divide the heads, fractions, Infinity) is left to lib/, whose RangeError
 * message is returned with the fields it names. A total above 2^53 would not print exactly, so it
 * is rejected too.
 *
 * @example countDraft(draftFromConfig(PRESETS['llama2-7b'].config)) // { ok: true, count: { total: 6738415616, … }, … }
 */
export function countDraft(draft: ConfigDraft): DraftResult {
  const values: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) {
    if (field === 'maxPositions' && draft.positionEmbedding !== 'learned') continue;
    const parsed = parseField(draft.numbers[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const config: DecoderConfig = {
    vocabSize: values.vocabSize ?? NaN,
    hiddenSize: values.hiddenSize ?? NaN,
    numLayers: values.numLayers ?? NaN,
    numHeads: values.numHeads ?? NaN,
    numKvHeads: values.numKvHeads ?? NaN,
    intermediateSize: values.intermediateSize ?? NaN,
    mlp: draft.mlp,
    norm: draft.norm,
    attentionBias: draft.attentionBias,
    mlpBias: draft.mlpBias,
    tiedEmbeddings: draft.tiedEmbeddings,
    positionEmbedding: draft.positionEmbedding,
    ...(values.maxPositions === undefined ? {} : { maxPositions: values.maxPositions }),
  };
  let count: DecoderParamCount;
  try {
    count = decoderParamCount(config);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return {
      ok: false,
      error: { kind: 'lib', message: e.message, fields: fieldsInMessage(e.message, NUMBER_FIELDS) },
    };
  }
  if (!Object.values(count).every(Number.isSafeInteger)) return { ok: false, error: { kind: 'tooLarge' } };
  return { ok: true, config, count };
}

/**
 * Whether `config` is exactly the preset's (so its published count applies). `maxPositions`
 * only counts with learned positions, `numKvHeads` equal to the heads is the same as omitted.
 *
 * @example isPresetConfig(PRESETS.gpt2.config, PRESETS.gpt2) // true
 */
export function isPresetConfig(config: DecoderConfig, preset: ModelPreset): boolean {
  const norm = (c: DecoderConfig) => ({
    ...c,
    numKvHeads: c.numKvHeads ?? c.numHeads,
    maxPositions: c.positionEmbedding === 'learned' ? c.maxPositions : undefined,
  });
  const a = norm(config);
  const b = norm(preset.config);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DecoderConfig>;
  return [...keys].every((k) => a[k] === b[k]);
}
