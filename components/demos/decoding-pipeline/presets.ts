import { PLAYGROUND_OFF } from '@/lib/decoding/playground';
import type { PlaygroundState, VocabPreset } from '@/lib/decoding/playground-url';

/**
 * Next-token situations the playground starts from. The logits are illustrative numbers chosen by
 * hand (the UI says so), not a model's output: one peaked, one flat, one almost certain. The history
 * is a few earlier tokens from the same small vocabulary, for the penalties to act on.
 */
export const VOCABS = {
  cat: {
    context: 'The cat sat on the ___',
    tokens: ['mat', 'floor', 'sofa', 'bed', 'roof', 'chair', 'table', 'windowsill'],
    logits: [4.2, 2.6, 2.3, 2, 0.8, 0.5, -0.5, -1.2],
    history: [0, 6, 0],
  },
  mood: {
    context: '我今天很___',
    tokens: ['开心', '累', '忙', '高兴', '好', '困', '难过', '饿', '无聊'],
    logits: [1.6, 1.5, 1.3, 1.1, 0.9, 0.6, 0.2, -0.1, -0.4],
    history: [1, 5, 1],
  },
  once: {
    context: 'Once upon a ___',
    tokens: ['time', 'midnight', 'hill', 'dream', 'star', 'day'],
    logits: [7.5, 3.1, 1.2, 0.9, 0.3, -0.8],
    history: [],
  },
} as const satisfies Record<string, VocabPreset & { context: string; tokens: readonly string[] }>;

export type VocabId = keyof typeof VOCABS;
/** The state a first visit (and "reset") shows: the cat sentence, every stage off. */
export const DEFAULT_STATE: PlaygroundState = {
  vocab: 'cat',
  logits: VOCABS.cat.logits,
  history: VOCABS.cat.history,
  settings: PLAYGROUND_OFF,
};
