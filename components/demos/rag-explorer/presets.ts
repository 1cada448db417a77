/**
 * Preset queries with hand-made relevance judgements over this site's own sections (ids as in
 * corpus.ts: `chapter/page#heading-id`, `glossary#term-id`). Grade 2 = the section that teaches
 * the answer, 1 = a section or glossary entry that states part of it; every other section counts
 * as 0. The judgements were made by reading the sections, and
 * tests/unit/demos/rag-explorer-presets.test.ts checks that every judged id is in the corpus.
 */
import type { Locale } from '@/lib/i18n';

export const PRESET_KEYS = [
  'hybrid',
  'top-p',
  'kv-cache',
  'rope',
  'lora',
  'pass-at-k',
  'lost-in-the-middle',
] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export interface Preset {
  readonly query: Record<Locale, string>;
  /** graded judgements by section id (the same ids in both languages) */
  readonly relevance: Readonly<Record<string, number>>;
}

export const PRESETS: Readonly<Record<PresetKey, Preset>> = {
  hybrid: {
    query: {
      zh: '混合检索怎样用倒数排名融合合并 BM25 和稠密检索的结果',
      en: 'how hybrid retrieval merges BM25 and dense rankings with reciprocal rank fusion',
    },
    relevance: {
      'frontiers/index#hybrid-retrieval': 2,
      'glossary#reciprocal-rank-fusion': 1,
      'frontiers/index#retrieval': 1,
    },
  },
  'top-p': {
    query: { zh: 'top-p 核采样保留哪些词元', en: 'which tokens does top-p nucleus sampling keep' },
    relevance: { 'decoding/sampling#top-p': 2, 'glossary#top-p': 1 },
  },
  'kv-cache': {
    query: {
      zh: 'KV 缓存存了什么，为什么能加速生成',
      en: 'what the KV cache stores and why it speeds up generation',
    },
    relevance: { 'decoding/acceleration#what-is-cached': 2, 'glossary#kv-cache': 1 },
  },
  rope: {
    query: {
      zh: 'RoPE 旋转位置编码怎样表示相对位置',
      en: 'how RoPE rotary embeddings encode relative position',
    },
    relevance: {
      'pretraining/position#rope': 2,
      'pretraining/position#rope-derivation': 1,
      'glossary#rope': 1,
    },
  },
  lora: {
    query: {
      zh: 'LoRA 用低秩矩阵减少微调的参数',
      en: 'LoRA low-rank matrices reduce fine-tuning parameters',
    },
    relevance: { 'alignment/peft#lora': 2, 'alignment/peft#lora-math': 2, 'glossary#lora': 1 },
  },
  'pass-at-k': {
    query: { zh: 'pass@k 的无偏估计怎么算', en: 'unbiased estimator of pass@k' },
    relevance: {
      'evaluation/execution#unbiased-estimator': 2,
      'evaluation/execution#pass-at-k': 1,
      'glossary#pass-at-k': 1,
    },
  },
  'lost-in-the-middle': {
    query: {
      zh: '长上下文里放在中间的信息为什么容易被忽略',
      en: 'why models miss information in the middle of a long context',
    },
    relevance: { 'frontiers/long-context#lost-in-the-middle': 2, 'glossary#lost-in-the-middle': 1 },
  },
};

export const DEFAULT_PRESET: PresetKey = 'hybrid';

/** The preset whose query (in this language) is exactly `query`, if any. */
export function presetFor(query: string, locale: Locale): PresetKey | null {
  return PRESET_KEYS.find((key) => PRESETS[key].query[locale] === query) ?? null;
}
