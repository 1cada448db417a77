/**
 * The training-memory demo's presets and choices. Model shapes are Llama 2's Hugging Face
 * configs; the parallel layouts are illustrative (Meta did not publish its own), chosen so that
 * each preset fits an 80 GiB GPU with the settings shown.
 */

export const PRESET_KEYS = ['7b-8gpu', '70b-64gpu'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export const STAGES = [0, 1, 2, 3] as const;
export type Stage = (typeof STAGES)[number];

export const RECOMPUTE = ['none', 'selective', 'full'] as const;
export type Recompute = (typeof RECOMPUTE)[number];

/** The numeric inputs, typed as text so that bad input can be explained. */
export const FIELDS = [
  'params',
  'layers',
  'hidden',
  'heads',
  'dp',
  'tp',
  'seqLen',
  'microBatch',
  'globalBatch',
] as const;
export type Field = (typeof FIELDS)[number];

/** The choices made with radios and checkboxes. */
export interface Options {
  readonly stage: Stage;
  readonly sequenceParallel: boolean;
  readonly recompute: Recompute;
  /** DeepSpeed `offload_optimizer` (ZeRO stages 1–3). */
  readonly offloadOptimizer: boolean;
  /** DeepSpeed `offload_param` (ZeRO stage 3 only). */
  readonly offloadParams: boolean;
}

export interface Setup {
  readonly values: Readonly<Record<Field, number>>;
  readonly options: Options;
}

/** The memory of one A100 80GB (nvidia-smi: 81,920 MiB); an H100 80GB HBM3 reports 81,559 MiB. */
export const GPU_BYTES = 80 * 1024 ** 3;

// Llama 2 (Touvron et al. 2023, Table 1): 4k context, global batch 4M tokens = 1,024 sequences of
// 4,096 tokens. Shapes from meta-llama/Llama-2-7b-hf and Llama-2-70b-hf config.json.
export const PRESETS: Record<PresetKey, Setup> = {
  // hidden_size 4096, num_hidden_layers 32, num_attention_heads 32; 6,738,415,616 parameters
  // (KerasHub llama2_7b_en, and decoderParamCount in lib/calculators). Plain data parallelism over
  // 8 GPUs with ZeRO-1 and selective recomputation.
  '7b-8gpu': {
    values: {
      params: 6_738_415_616,
      layers: 32,
      hidden: 4096,
      heads: 32,
      dp: 8,
      tp: 1,
      seqLen: 4096,
      microBatch: 1,
      globalBatch: 1024,
    },
    options: {
      stage: 1,
      sequenceParallel: false,
      recompute: 'selective',
      offloadOptimizer: false,
      offloadParams: false,
    },
  },
  // hidden_size 8192, num_hidden_layers 80, num_attention_heads 64 (8 key/value heads);
  // 68,976,648,192 parameters (decoderParamCount of that config). 64 GPUs as 8-way tensor
  // parallelism inside a node × 8-way data parallelism; sequence parallelism with selective
  // recomputation as Korthikanti et al. 2022 recommend, and optimizer state sharded over the data-
  // parallel ranks (ZeRO-1, what Megatron-Core's DistributedOptimizer does).
  '70b-64gpu': {
    values: {
      params: 68_976_648_192,
      layers: 80,
      hidden: 8192,
      heads: 64,
      dp: 8,
      tp: 8,
      seqLen: 4096,
      microBatch: 1,
      globalBatch: 1024,
    },
    options: {
      stage: 1,
      sequenceParallel: true,
      recompute: 'selective',
      offloadOptimizer: false,
      offloadParams: false,
    },
  },
};

/** The numbers of a setup as the text fields show them. */
export function draftOf(values: Readonly<Record<Field, number>>): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, String(values[f])])) as Record<Field, string>;
}
