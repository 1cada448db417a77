/**
 * The memory tab's state: a base-model size, an adapter size and the double-quantisation switch,
 * read through `finetuneMemoryBytes` for full fine-tuning, LoRA and QLoRA. The presets take their
 * counts from lib (`decoderParamCount`, and the parameter tab's LoRA count), never typed by hand.
 * Pure (tests/unit/demos/lora-lab-params.test.ts).
 */
import { groupDigits, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { decoderParamCount } from '@/lib/calculators/decoder-params';
import {
  FINETUNE_METHODS,
  finetuneMemoryBytes,
  type FinetuneMemoryParts,
  type FinetuneMethod,
} from '@/lib/calculators/finetune-memory';
import { MODELS, loraTrainableFor, TARGET_PRESETS } from './params';

export type MemoryField = 'params' | 'trainable';

export interface MemoryDraft {
  readonly params: string;
  readonly trainable: string;
  readonly doubleQuant: boolean;
}

const llama2 = decoderParamCount(MODELS['llama2-7b'].config).total;
const llama3 = decoderParamCount(MODELS['llama3-8b'].config).total;

export const MEMORY_PRESET_KEYS = ['llama2-qv8', 'llama3-all16', '65b'] as const;
export type MemoryPresetKey = (typeof MEMORY_PRESET_KEYS)[number];

/**
 * Llama 2 7B with r = 8 on q_proj, v_proj (PEFT's 4,194,304); Llama 3 8B with r = 16 on every
 * linear layer; a 65B model (QLoRA's largest) with adapters of 0.2% of its weights, the size QLoRA
 * §2 calls commonly used. All with double quantisation on, as in the QLoRA paper.
 */
export const MEMORY_PRESETS: Record<MemoryPresetKey, MemoryDraft> = {
  'llama2-qv8': {
    params: groupDigits(llama2),
    trainable: groupDigits(loraTrainableFor('llama2-7b', TARGET_PRESETS.qv, 8)),
    doubleQuant: true,
  },
  'llama3-all16': {
    params: groupDigits(llama3),
    trainable: groupDigits(loraTrainableFor('llama3-8b', TARGET_PRESETS.all, 16)),
    doubleQuant: true,
  },
  // 0.2% = 1/500
  '65b': { params: groupDigits(65e9), trainable: groupDigits(65e9 / 500), doubleQuant: true },
};

export const DEFAULT_MEMORY: MemoryDraft = MEMORY_PRESETS['llama2-qv8'];

export interface MemoryReading {
  readonly params: number;
  readonly trainable: number;
  readonly doubleQuant: boolean;
  readonly methods: Readonly<Record<FinetuneMethod, FinetuneMemoryParts>>;
  /** QLoRA's total without double quantisation minus with it. */
  readonly dqSaving: number;
}

export type MemoryError =
  | { kind: 'field'; field: MemoryField; error: FieldError }
  | { kind: 'lib'; field: MemoryField | null; message: string };

export type MemoryResult = { ok: true; reading: MemoryReading } | { ok: false; error: MemoryError };

/**
 * Reads the two counts (thousands separators allowed) and asks lib for all three methods; lib
 * rejects negative and non-finite counts with a message naming the field.
 *
 * @example readMemory(DEFAULT_MEMORY).ok // true
 */
export function readMemory(draft: MemoryDraft): MemoryResult {
  const values: Partial<Record<MemoryField, number>> = {};
  for (const field of ['params', 'trainable'] as const) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const params = values.params ?? NaN;
  const trainable = values.trainable ?? NaN;
  try {
    const methods = Object.fromEntries(
      FINETUNE_METHODS.map((method) => [
        method,
        finetuneMemoryBytes({ params, trainableParams: trainable, method, doubleQuant: draft.doubleQuant }),
      ]),
    ) as Record<FinetuneMethod, FinetuneMemoryParts>;
    const qlora = (doubleQuant: boolean) =>
      finetuneMemoryBytes({ params, trainableParams: trainable, method: 'qlora', doubleQuant }).total;
    return {
      ok: true,
      reading: {
        params,
        trainable,
        doubleQuant: draft.doubleQuant,
        methods,
        dqSaving: qlora(false) - qlora(true),
      },
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const field = e.message.startsWith('params')
      ? 'params'
      : e.message.startsWith('trainableParams')
        ? 'trainable'
        : null;
    return { ok: false, error: { kind: 'lib', field, message: e.message } };
  }
}

/** Whether a draft is exactly a preset's (numbers compared as typed). */
export function loadedMemoryPreset(draft: MemoryDraft): MemoryPresetKey | undefined {
  return MEMORY_PRESET_KEYS.find((key) => {
    const p = MEMORY_PRESETS[key];
    return (
      p.params === draft.params && p.trainable === draft.trainable && p.doubleQuant === draft.doubleQuant
    );
  });
}
