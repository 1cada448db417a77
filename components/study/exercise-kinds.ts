import type { ExerciseKind } from '@/lib/study/exercises';

/** Where each numeric exercise belongs, for the per-chapter and per-tag accuracy. */
export const EXERCISE_KINDS: readonly { kind: ExerciseKind; chapter: string; tags: string[] }[] = [
  { kind: 'anneal', chapter: 'intro', tags: ['temperature'] },
  { kind: 'top-p', chapter: 'decoding', tags: ['top-p', 'sampling'] },
  { kind: 'precision', chapter: 'evaluation', tags: ['precision-recall', 'classification'] },
  { kind: 'pass-at-k', chapter: 'evaluation', tags: ['pass-at-k'] },
  { kind: 'elo', chapter: 'evaluation', tags: ['elo'] },
  { kind: 'param-count', chapter: 'pretraining', tags: ['parameter-count', 'architecture'] },
  { kind: 'kv-cache', chapter: 'pretraining', tags: ['kv-cache', 'attention'] },
  { kind: 'bpe-merge', chapter: 'pretraining', tags: ['bpe', 'tokenization'] },
  { kind: 'alibi-slope', chapter: 'pretraining', tags: ['alibi', 'position'] },
  { kind: 'zero-memory', chapter: 'pretraining', tags: ['zero', 'memory'] },
  { kind: 'pipeline-bubble', chapter: 'pretraining', tags: ['pipeline-parallelism'] },
  { kind: 'lr-at-step', chapter: 'pretraining', tags: ['lr-schedule'] },
  { kind: 'bf16-round', chapter: 'pretraining', tags: ['bf16', 'precision'] },
  { kind: 'dpo-loss', chapter: 'alignment', tags: ['dpo', 'preference-optimization'] },
  { kind: 'grpo-advantage', chapter: 'alignment', tags: ['grpo', 'rlvr'] },
  { kind: 'lora-params', chapter: 'alignment', tags: ['lora', 'peft'] },
  { kind: 'ppo-clip', chapter: 'alignment', tags: ['ppo', 'rlhf'] },
  { kind: 'majority-vote', chapter: 'prompting', tags: ['self-consistency', 'chain-of-thought'] },
  {
    kind: 'calibrated-prediction',
    chapter: 'prompting',
    tags: ['contextual-calibration', 'in-context-learning'],
  },
  { kind: 'pass-hat-k', chapter: 'agents', tags: ['pass-hat-k', 'agent-evaluation'] },
  { kind: 'compound-success', chapter: 'agents', tags: ['reliability', 'retries'] },
  { kind: 'context-cost', chapter: 'agents', tags: ['context-growth', 'cost'] },
];
