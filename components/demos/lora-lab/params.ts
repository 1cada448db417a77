/**
 * The parameter tab's state and its reading: a model preset (the block-anatomy demo's Hugging Face
 * configs), the adapted linear layers and a rank, counted with `loraTargetShapes` and
 * `loraTrainableParams` against `decoderParamCount`. Pure, so it is tested without React
 * (tests/unit/demos/lora-lab-params.test.ts).
 */
import { PRESETS, type ModelPreset } from '@/components/demos/block-anatomy/presets';
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { decoderParamCount } from '@/lib/calculators/decoder-params';
import { LORA_TARGETS, loraTargetShapes, loraTrainableParams, type LoraTarget } from '@/lib/calculators/lora';

/** The four LLaMA-style presets (GPT-2's fused attention has no q_proj … down_proj to adapt). */
export const MODEL_KEYS = ['llama2-7b', 'llama3-8b', 'mistral-7b', 'qwen2.5-7b'] as const;
export type ModelKey = (typeof MODEL_KEYS)[number];

export const MODELS: Record<ModelKey, ModelPreset> = {
  'llama2-7b': PRESETS['llama2-7b'],
  'llama3-8b': PRESETS['llama3-8b'],
  'mistral-7b': PRESETS['mistral-7b'],
  'qwen2.5-7b': PRESETS['qwen2.5-7b'],
};

/** The HF module names PEFT's `target_modules` takes. */
export const MODULE_NAMES: Record<LoraTarget, string> = {
  q: 'q_proj',
  k: 'k_proj',
  v: 'v_proj',
  o: 'o_proj',
  gate: 'gate_proj',
  up: 'up_proj',
  down: 'down_proj',
};

/** Target sets worth one click: the LoRA paper's W_q, W_v and QLoRA's every linear layer. */
export const TARGET_PRESETS = {
  qv: ['q', 'v'],
  attention: ['q', 'k', 'v', 'o'],
  all: [...LORA_TARGETS],
} as const satisfies Record<string, readonly LoraTarget[]>;
export type TargetPresetKey = keyof typeof TARGET_PRESETS;
export const TARGET_PRESET_KEYS = Object.keys(TARGET_PRESETS) as TargetPresetKey[];

/** Ranks worth one click. */
export const RANK_PRESETS = [1, 4, 8, 16, 64, 256] as const;

/**
 * What PEFT's `print_trainable_parameters()` prints for `LoraConfig(r=8, target_modules=["q_proj",
 * "v_proj"])` — literals from outside this project (runs of Llama-2-7b-hf and Meta-Llama-3-8B),
 * shown beside the demo's own count when the form holds exactly that setting.
 */
export const PEFT_PRINTED: Partial<Record<ModelKey, string>> = {
  'llama2-7b': 'trainable params: 4,194,304 || all params: 6,742,609,920',
  'llama3-8b': 'trainable params: 3,407,872 || all params: 8,033,669,120',
};

/** The PEFT printout that applies to a draft, if any (r = 8 on exactly q_proj and v_proj). */
export function peftPrinted(draft: ParamsDraft): string | undefined {
  const qv = draft.targets.length === 2 && draft.targets.includes('q') && draft.targets.includes('v');
  return qv && draft.rank.trim() === '8' ? PEFT_PRINTED[draft.model] : undefined;
}

/** The form: a model, the adapted layers (in LLaMA order) and the rank as typed. */
export interface ParamsDraft {
  readonly model: ModelKey;
  readonly targets: readonly LoraTarget[];
  readonly rank: string;
}

/** Llama 2 7B, r = 8 on q_proj and v_proj: the PEFT example that prints 4,194,304. */
export const DEFAULT_PARAMS: ParamsDraft = { model: 'llama2-7b', targets: ['q', 'v'], rank: '8' };

/** One adapted module: its shape and what LoRA trains on it. */
export interface ModuleRow {
  readonly target: LoraTarget;
  /** out_features, in_features. */
  readonly d: number;
  readonly k: number;
  /** r·(d + k) in one layer. */
  readonly perLayer: number;
  /** perLayer × layers. */
  readonly total: number;
  /** perLayer as a percentage of the module's own d·k weights. */
  readonly percentOfModule: number;
}

export interface ParamsReading {
  readonly rank: number;
  readonly layers: number;
  readonly rows: readonly ModuleRow[];
  /** Σ total over the rows: the adapter parameters. */
  readonly trainable: number;
  /** The base model's parameter count (`decoderParamCount`). */
  readonly base: number;
  /** base + trainable: what PEFT prints as "all params". */
  readonly all: number;
  /** trainable / all in percent: PEFT's "trainable%". */
  readonly percent: number;
  /** Modules whose min(d, k) is below r: allowed by PEFT, but ΔW cannot use the extra rank. */
  readonly overRank: readonly { target: LoraTarget; limit: number }[];
}

export type ParamsError =
  | { kind: 'field'; error: FieldError }
  | { kind: 'lib'; message: string }
  | { kind: 'zeroRank' }
  | { kind: 'noTargets' }
  | { kind: 'tooLarge' };

export type ParamsResult = { ok: true; reading: ParamsReading } | { ok: false; error: ParamsError };

/**
 * Reads the draft. A rank that is not a number is rejected here; lib/ rejects a negative or
 * fractional rank (its message is returned); rank 0 is allowed by `loraTrainableParams` (zero
 * parameters) but refused by PEFT (`update_layer` raises for r ≤ 0), so the demo refuses it too.
 * No targets, or a count past 2^53, is an error as well.
 *
 * @example readParams(DEFAULT_PARAMS) // { ok: true, reading: { trainable: 4194304, all: 6742609920, … } }
 */
export function readParams(draft: ParamsDraft): ParamsResult {
  const parsed = parseField(draft.rank);
  if (!parsed.ok) return { ok: false, error: { kind: 'field', error: parsed.error } };
  const model = MODELS[draft.model];
  const config = model.config;
  let rows: ModuleRow[];
  try {
    const shapes = loraTargetShapes(
      {
        hiddenSize: config.hiddenSize,
        intermediateSize: config.intermediateSize,
        numHeads: config.numHeads,
        ...(config.numKvHeads === undefined ? {} : { numKvHeads: config.numKvHeads }),
        ...(config.headDim === undefined ? {} : { headDim: config.headDim }),
      },
      draft.targets,
    );
    rows = shapes.map(({ target, d, k }) => {
      const perLayer = loraTrainableParams({ d, k, r: parsed.value });
      return {
        target,
        d,
        k,
        perLayer,
        total: perLayer * config.numLayers,
        percentOfModule: (100 * perLayer) / (d * k),
      };
    });
    // An empty target list never reaches lib, so check the rank there too.
    if (shapes.length === 0) loraTrainableParams({ d: 1, k: 1, r: parsed.value });
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, error: { kind: 'lib', message: e.message } };
  }
  if (parsed.value === 0) return { ok: false, error: { kind: 'zeroRank' } };
  if (rows.length === 0) return { ok: false, error: { kind: 'noTargets' } };
  const trainable = rows.reduce((sum, row) => sum + row.total, 0);
  const base = decoderParamCount(config).total;
  const all = base + trainable;
  if (![trainable, all].every(Number.isSafeInteger)) return { ok: false, error: { kind: 'tooLarge' } };
  return {
    ok: true,
    reading: {
      rank: parsed.value,
      layers: config.numLayers,
      rows,
      trainable,
      base,
      all,
      percent: (100 * trainable) / all,
      overRank: rows
        .filter((row) => parsed.value > Math.min(row.d, row.k))
        .map((row) => ({ target: row.target, limit: Math.min(row.d, row.k) })),
    },
  };
}

/**
 * The adapter parameters of a model preset with a target set and rank (the memory tab's presets
 * use it, so their counts come from the same lib calls as this tab's readout).
 *
 * @throws {Error} when the combination is invalid (a bug in a preset).
 * @example loraTrainableFor('llama2-7b', ['q', 'v'], 8) // 4194304
 */
export function loraTrainableFor(model: ModelKey, targets: readonly LoraTarget[], rank: number): number {
  const result = readParams({ model, targets, rank: String(rank) });
  if (!result.ok) throw new Error(`invalid LoRA preset ${model} r=${rank}: ${result.error.kind}`);
  return result.reading.trainable;
}

/** The targets in LLaMA order, `target` switched on or off. */
export function toggleTarget(targets: readonly LoraTarget[], target: LoraTarget, on: boolean): LoraTarget[] {
  return LORA_TARGETS.filter((t) => (t === target ? on : targets.includes(t)));
}
