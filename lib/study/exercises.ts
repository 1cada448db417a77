/**
 * Numeric exercises generated from a seed and checked by the same lib/ code that runs the demos,
 * so every generated question has a computed, correct answer. Pure: the caller supplies the seed.
 */
import { fullHistoryInputTokens } from '@/lib/agents/context-cost';
import { passHatK } from '@/lib/agents/pass-hat-k';
import { uniformTaskReliability } from '@/lib/agents/reliability';
import { dpoLoss, grpoAdvantages, ppoClipObjective } from '@/lib/alignment';
import {
  decoderParamCount,
  kvCacheBytes,
  loraTargetShapes,
  loraTrainableParams,
  modelStateBytes,
  pipelineBubble,
  type DecoderConfig,
  type LoraTarget,
} from '@/lib/calculators';
import { annealProbs, createRng, topPFilter } from '@/lib/decoding';
import { confusionCounts, eloExpectedScore, passAtK, precision } from '@/lib/metrics';
import { parseNumberList } from '@/lib/format/parse';
import { clipContrastiveLoss, vitTokenCount } from '@/lib/multimodal';
import { contextualCalibration } from '@/lib/prompting/contextual-calibration';
import { selfConsistencyAccuracy } from '@/lib/prompting/self-consistency';
import { bm25Scores, ndcgAtK, reciprocalRankFusion } from '@/lib/retrieval';
import { bpeTrain } from '@/lib/tokenization';
import { learningRate, roundToFloat } from '@/lib/training';
import { alibiSlopes } from '@/lib/transformer';

export const EXERCISE_KINDS = [
  'anneal',
  'top-p',
  'precision',
  'pass-at-k',
  'elo',
  'param-count',
  'kv-cache',
  'bpe-merge',
  'alibi-slope',
  'zero-memory',
  'pipeline-bubble',
  'lr-at-step',
  'bf16-round',
  'dpo-loss',
  'grpo-advantage',
  'lora-params',
  'ppo-clip',
  'majority-vote',
  'calibrated-prediction',
  'pass-hat-k',
  'compound-success',
  'context-cost',
  'bm25-term',
  'rrf-score',
  'ndcg',
  'visual-token-count',
  'clip-loss-2x2',
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export type Exercise =
  | { kind: 'anneal'; seed: number; tokens: string[]; probs: number[]; temperature: number; answer: number }
  | { kind: 'top-p'; seed: number; tokens: string[]; probs: number[]; topP: number; answer: number[] }
  | {
      kind: 'precision';
      seed: number;
      scores: number[];
      labels: (0 | 1)[];
      threshold: number;
      answer: number;
    }
  | { kind: 'pass-at-k'; seed: number; n: number; c: number; k: number; answer: number }
  | { kind: 'elo'; seed: number; ratingA: number; ratingB: number; answer: number }
  /** Total parameters of a small LLaMA-style decoder, in millions. */
  | { kind: 'param-count'; seed: number; config: DecoderConfig; answer: number }
  /** KV cache of a batch, in MiB. */
  | {
      kind: 'kv-cache';
      seed: number;
      layers: number;
      kvHeads: number;
      numHeads: number;
      headDim: number;
      seqLen: number;
      batch: number;
      bytesPerElem: number;
      answer: number;
    }
  /** Weighted count of the `merge`-th BPE merge (1-based) on a small corpus. */
  | { kind: 'bpe-merge'; seed: number; corpus: [string, number][]; merge: number; answer: number }
  /** ALiBi slope of head `head` (1-based) among `numHeads`. */
  | { kind: 'alibi-slope'; seed: number; numHeads: number; head: number; answer: number }
  /** Model-state memory per GPU (mixed-precision Adam, ZeRO stage), in GB (10⁹ bytes). */
  | {
      kind: 'zero-memory';
      seed: number;
      params: number;
      stage: 0 | 1 | 2 | 3;
      numGpus: number;
      answer: number;
    }
  /** Pipeline bubble time over ideal compute time, (p − 1)/(v·m). */
  | {
      kind: 'pipeline-bubble';
      seed: number;
      stages: number;
      microBatches: number;
      interleave: number;
      answer: number;
    }
  /** Learning rate at a step of an HF schedule with warm-up, in units of 10⁻⁴. */
  | {
      kind: 'lr-at-step';
      seed: number;
      schedule: 'linear' | 'cosine' | 'cosine_with_min_lr';
      peakLr: number;
      warmupSteps: number;
      totalSteps: number;
      minLrRatio: number;
      step: number;
      answer: number;
    }
  /** A number rounded to bfloat16 (to nearest, ties to even). */
  | { kind: 'bf16-round'; seed: number; value: number; answer: number }
  /** DPO loss (sigmoid) of one pair from its four summed log-probabilities and β. */
  | {
      kind: 'dpo-loss';
      seed: number;
      policyChosenLogp: number;
      policyRejectedLogp: number;
      refChosenLogp: number;
      refRejectedLogp: number;
      beta: number;
      answer: number;
    }
  /** GRPO advantage of answer `index` (0-based) in a group of 0/1 rewards (TRL: sample std + 1e-4). */
  | { kind: 'grpo-advantage'; seed: number; rewards: number[]; index: number; answer: number }
  /** LoRA trainable parameters of a whole decoder, in millions. */
  | {
      kind: 'lora-params';
      seed: number;
      hiddenSize: number;
      intermediateSize: number;
      numLayers: number;
      rank: number;
      targets: 'qv' | 'qkvo' | 'all-linear';
      answer: number;
    }
  /** PPO's clipped surrogate min(r·A, clip(r, 1 − ε, 1 + ε)·A) for one token. */
  | { kind: 'ppo-clip'; seed: number; ratio: number; advantage: number; epsilon: number; answer: number }
  /** Chance that a majority vote over n samples returns answer 1 (the correct one); ties split at random. */
  | { kind: 'majority-vote'; seed: number; answerProbs: number[]; n: number; answer: number }
  /** Calibrated probability of label `label` (0-based) after dividing by the content-free probabilities. */
  | {
      kind: 'calibrated-prediction';
      seed: number;
      labels: string[];
      probs: number[];
      contentFreeProbs: number[];
      label: number;
      answer: number;
    }
  /** pass^k = C(c, k)/C(n, k): the chance k tries all succeed, from n tries with c successes (τ-bench). */
  | { kind: 'pass-hat-k'; seed: number; n: number; c: number; k: number; answer: number }
  /** Task success Π(1 − (1 − p)^(1 + r)) over m independent steps, each retried up to r times. */
  | { kind: 'compound-success'; seed: number; steps: number; p: number; retries: number; answer: number }
  /** Input tokens of n steps re-sending the full history without caching: Σ_{i=1..n} (s + (i − 1)·t). */
  | {
      kind: 'context-cost';
      seed: number;
      systemTokens: number;
      stepTokens: number;
      steps: number;
      answer: number;
    }
  /**
   * BM25 contribution idf·tf·(k1 + 1)/(tf + k1·(1 − b + b·|d|/avgdl)) of one query term to one
   * document (k1 = 1.2, b = 0.75, Lucene's idf ln(1 + (N − n + 0.5)/(n + 0.5))). The stated numbers
   * come from a real corpus: `lengths[i]` tokens in document i, `termCounts[i]` of them the term,
   * document 0 being d.
   */
  | {
      kind: 'bm25-term';
      seed: number;
      docs: number;
      docsWithTerm: number;
      tf: number;
      docLength: number;
      avgdl: number;
      lengths: number[];
      termCounts: number[];
      answer: number;
    }
  /** Reciprocal rank fusion score Σ 1/(k + rank) of document `id` over two rankings (ranks from 1). */
  | {
      kind: 'rrf-score';
      seed: number;
      bm25Ranking: string[];
      denseRanking: string[];
      id: string;
      k: number;
      answer: number;
    }
  /** nDCG@k with linear gain rel/log₂(i + 2), the ideal order taken over all judged documents. */
  | {
      kind: 'ndcg';
      seed: number;
      ranking: string[];
      relevance: Record<string, number>;
      k: number;
      answer: number;
    }
  /** Tokens a ViT encoder sees for one image: ⌊H/P⌋·⌊W/P⌋, + 1 with a class token. */
  | {
      kind: 'visual-token-count';
      seed: number;
      height: number;
      width: number;
      patchSize: number;
      clsToken: boolean;
      answer: number;
    }
  /** CLIP's symmetric contrastive loss of a 2 × 2 batch of 2-D unit embeddings at a logit scale. */
  | {
      kind: 'clip-loss-2x2';
      seed: number;
      imageEmbeds: (readonly [number, number])[];
      textEmbeds: (readonly [number, number])[];
      /** cos(image i, text j), exact at 2 decimals */
      cosines: number[][];
      logitScale: number;
      answer: number;
    };

/** The PEFT target modules of each `lora-params` target set. */
export const LORA_TARGET_SETS = {
  qv: ['q', 'v'],
  qkvo: ['q', 'k', 'v', 'o'],
  'all-linear': ['q', 'k', 'v', 'o', 'gate', 'up', 'down'],
} as const satisfies Record<string, readonly LoraTarget[]>;

const WORDS = ['cheese', 'bread', 'apple', 'ball', 'homework', 'house', 'garden'];
/** Short words over a few letters, so that pairs repeat across words (the HF course style). */
const BPE_WORDS = ['hug', 'pug', 'pun', 'bun', 'hugs', 'bug', 'gun', 'nut', 'hut', 'sun', 'buns', 'hugging'];

/** A distribution over `size` tokens with probabilities in whole hundredths (easy to read). */
function hundredths(rng: () => number, size: number): number[] {
  const weights = Array.from({ length: size }, () => 1 + Math.floor(rng() * 9));
  const total = weights.reduce((a, b) => a + b, 0);
  const probs = weights.map((w) => Math.floor((100 * w) / total));
  probs[0]! += 100 - probs.reduce((a, b) => a + b, 0); // rounding remainder to the first token
  return probs.sort((a, b) => b - a).map((p) => p / 100);
}

/**
 * Unit vectors counter-clockwise round the circle whose coordinates are 0, ±0.6, ±0.8 or ±1, so
 * the cosine of any two (a sum of two products) is exact at 2 decimals.
 */
const UNIT_VECTORS: readonly (readonly [number, number])[] = [
  [1, 0],
  [0.8, 0.6],
  [0.6, 0.8],
  [0, 1],
  [-0.6, 0.8],
  [-0.8, 0.6],
  [-1, 0],
  [-0.8, -0.6],
  [-0.6, -0.8],
  [0, -1],
  [0.6, -0.8],
  [0.8, -0.6],
];

/** A Fisher–Yates shuffle of a copy: every order equally likely. */
function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * Generates one exercise of a kind from a seed (the same seed always gives the same exercise).
 * @throws {RangeError} for an unknown kind.
 * @example generateExercise('pass-at-k', 1).kind // → 'pass-at-k'
 */
export function generateExercise(kind: ExerciseKind, seed: number): Exercise {
  const rng = createRng(seed);
  switch (kind) {
    case 'anneal': {
      const probs = hundredths(rng, 3);
      const temperature = pick(rng, [0.25, 0.5, 2, 4]);
      return {
        kind,
        seed,
        tokens: WORDS.slice(0, 3),
        probs,
        temperature,
        answer: annealProbs(probs, temperature)[0]!,
      };
    }
    case 'top-p': {
      const probs = hundredths(rng, 5);
      const topP = pick(rng, [0.5, 0.6, 0.7, 0.8, 0.9]);
      const kept = topPFilter(
        probs.map((p) => Math.log(p)),
        topP,
      );
      const answer = kept.flatMap((logit, i) => (logit === -Infinity ? [] : [i]));
      return { kind, seed, tokens: WORDS.slice(0, 5), probs, topP, answer };
    }
    case 'precision': {
      const scores = Array.from({ length: 8 }, () => int(rng, 1, 99) / 100);
      const labels = scores.map((s) => (rng() < s ? 1 : 0) as 0 | 1);
      const threshold = pick(rng, [0.3, 0.4, 0.5, 0.6, 0.7]);
      const predicted = scores.map((s) => (s >= threshold ? 1 : 0) as 0 | 1);
      // zeroDivision 0, as scikit-learn reports when nothing is predicted positive.
      const answer = precision(confusionCounts(labels, predicted), 0);
      return { kind, seed, scores, labels, threshold, answer };
    }
    case 'pass-at-k': {
      const n = int(rng, 5, 20);
      const c = int(rng, 1, n - 1);
      const k = int(rng, 1, Math.min(5, n));
      return { kind, seed, n, c, k, answer: passAtK(n, c, k) };
    }
    case 'elo': {
      const ratingA = 900 + 10 * int(rng, 0, 40);
      const ratingB = 900 + 10 * int(rng, 0, 40);
      return { kind, seed, ratingA, ratingB, answer: eloExpectedScore(ratingA, ratingB) };
    }
    case 'param-count': {
      const headDim = pick(rng, [64, 128]);
      const numHeads = pick(rng, [4, 8, 16]);
      const hiddenSize = headDim * numHeads;
      const config: DecoderConfig = {
        vocabSize: pick(rng, [32000, 50257, 128256]),
        hiddenSize,
        numLayers: int(rng, 2, 16),
        numHeads,
        numKvHeads: pick(rng, [numHeads, numHeads / 4, 1]),
        intermediateSize: pick(rng, [2, 3, 4]) * hiddenSize,
        mlp: 'gated',
        norm: 'rmsnorm',
        attentionBias: 'none',
        mlpBias: false,
        tiedEmbeddings: rng() < 0.5,
        positionEmbedding: 'rope',
      };
      return { kind, seed, config, answer: decoderParamCount(config).total / 1e6 };
    }
    case 'kv-cache': {
      const numHeads = pick(rng, [16, 32, 64]);
      const kvHeads = pick(rng, [numHeads, 8, 1]);
      const fields = {
        layers: pick(rng, [16, 24, 32, 40, 80]),
        kvHeads,
        numHeads,
        headDim: pick(rng, [64, 128]),
        seqLen: pick(rng, [1024, 2048, 4096, 8192]),
        batch: pick(rng, [1, 2, 4, 8]),
        bytesPerElem: pick(rng, [1, 2]),
      };
      return { kind, seed, ...fields, answer: kvCacheBytes(fields) / 2 ** 20 };
    }
    case 'bpe-merge': {
      const words = [...BPE_WORDS];
      for (let i = words.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1)); // Fisher–Yates: every order equally likely
        [words[i], words[j]] = [words[j]!, words[i]!];
      }
      words.length = 4;
      const corpus = words.map((w): [string, number] => [w, int(rng, 1, 12)]);
      const { merges } = bpeTrain(corpus, 3);
      const merge = int(rng, 1, merges.length);
      return { kind, seed, corpus, merge, answer: merges[merge - 1]![2] };
    }
    case 'alibi-slope': {
      const numHeads = pick(rng, [4, 6, 8, 12, 16, 24]);
      const head = int(rng, 1, numHeads);
      return { kind, seed, numHeads, head, answer: alibiSlopes(numHeads)[head - 1]! };
    }
    case 'zero-memory': {
      const params = pick(rng, [1.3, 7, 13, 70]) * 1e9;
      const stage = pick(rng, [0, 1, 2, 3] as const);
      const numGpus = pick(rng, [8, 16, 64]);
      return {
        kind,
        seed,
        params,
        stage,
        numGpus,
        answer: modelStateBytes({ params, stage, numGpus }) / 1e9,
      };
    }
    case 'pipeline-bubble': {
      const stages = pick(rng, [2, 4, 8]);
      const interleave = pick(rng, [1, 1, 2]);
      // Interleaving needs a multiple of the stage count (Megatron refuses anything else).
      const microBatches = stages * int(rng, 1, 4);
      return {
        kind,
        seed,
        stages,
        microBatches,
        interleave,
        answer: pipelineBubble({ stages, microBatches, interleave }).ofIdeal,
      };
    }
    case 'lr-at-step': {
      const schedule = pick(rng, ['linear', 'cosine', 'cosine_with_min_lr'] as const);
      const peakLr = pick(rng, [1, 2, 3, 6]) * 1e-4;
      const warmupSteps = pick(rng, [100, 200, 500, 1000]);
      const totalSteps = warmupSteps * pick(rng, [5, 10, 20]);
      const minLrRatio = schedule === 'cosine_with_min_lr' ? 0.1 : 0;
      const step = int(rng, 0, 20) * (totalSteps / 20);
      const lr = learningRate(step, { schedule, peakLr, warmupSteps, totalSteps, minLrRatio });
      return { kind, seed, schedule, peakLr, warmupSteps, totalSteps, minLrRatio, step, answer: lr * 1e4 };
    }
    case 'bf16-round': {
      const value = (pick(rng, [1, -1]) * int(rng, 1001, 99999)) / pick(rng, [10, 100, 1000]);
      return { kind, seed, value, answer: roundToFloat(value, 'bf16') };
    }
    case 'dpo-loss': {
      // Summed log-probs with one decimal; the reference is the SFT model the policy started from.
      const logp = () => -int(rng, 50, 400) / 10;
      const [refChosenLogp, refRejectedLogp] = [logp(), logp()];
      const policyChosenLogp = Math.min(0, refChosenLogp + int(rng, -20, 40) / 10);
      const policyRejectedLogp = Math.min(0, refRejectedLogp - int(rng, -10, 60) / 10);
      const beta = pick(rng, [0.1, 0.2, 0.5]);
      const logps = { policyChosenLogp, policyRejectedLogp, refChosenLogp, refRejectedLogp };
      return { kind, seed, ...logps, beta, answer: dpoLoss(logps, { beta }).loss };
    }
    case 'grpo-advantage': {
      const size = pick(rng, [4, 6, 8]);
      // At least one right and one wrong answer: an all-equal group has no signal.
      const correct = int(rng, 1, size - 1);
      const rewards: number[] = Array.from({ length: size }, (_, i) => (i < correct ? 1 : 0));
      for (let i = size - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [rewards[i], rewards[j]] = [rewards[j]!, rewards[i]!];
      }
      const index = int(rng, 0, size - 1);
      return { kind, seed, rewards, index, answer: grpoAdvantages(rewards)[index]! };
    }
    case 'lora-params': {
      const [hiddenSize, intermediateSize, numLayers] = pick(rng, [
        [2048, 5632, 22], // TinyLlama-1.1B
        [4096, 11008, 32], // LLaMA-2-7B
        [5120, 13824, 40], // LLaMA-2-13B
      ] as const);
      const rank = pick(rng, [4, 8, 16, 32, 64]);
      const targets = pick(rng, ['qv', 'qkvo', 'all-linear'] as const);
      const shapes = loraTargetShapes(
        { hiddenSize, intermediateSize, numHeads: hiddenSize / 128 },
        LORA_TARGET_SETS[targets],
      );
      const perLayer = shapes.reduce((sum, { d, k }) => sum + loraTrainableParams({ d, k, r: rank }), 0);
      return {
        kind,
        seed,
        hiddenSize,
        intermediateSize,
        numLayers,
        rank,
        targets,
        answer: (numLayers * perLayer) / 1e6,
      };
    }
    case 'ppo-clip': {
      const epsilon = pick(rng, [0.1, 0.2, 0.3]);
      const ratio = int(rng, 50, 150) / 100;
      const advantage = (pick(rng, [1, -1]) * int(rng, 5, 30)) / 10;
      return { kind, seed, ratio, advantage, epsilon, answer: ppoClipObjective(ratio, advantage, epsilon) };
    }
    case 'majority-vote': {
      // Two or three answers in whole tenths; the correct answer (the first) need not be the mode.
      const answerProbs = pick(rng, [
        [0.6, 0.4],
        [0.4, 0.6],
        [0.5, 0.3, 0.2],
        [0.4, 0.3, 0.3],
        [0.3, 0.5, 0.2],
        [0.7, 0.2, 0.1],
      ]);
      const n = pick(rng, [1, 2, 3, 4, 5]);
      return { kind, seed, answerProbs, n, answer: selfConsistencyAccuracy(answerProbs, n) };
    }
    case 'calibrated-prediction': {
      const labels = ['positive', 'negative'];
      const p = int(rng, 30, 90) / 100;
      const cf = int(rng, 50, 90) / 100;
      const probs = [p, Math.round((1 - p) * 100) / 100];
      const contentFreeProbs = [cf, Math.round((1 - cf) * 100) / 100];
      const label = int(rng, 0, 1);
      const calibrated = contextualCalibration(probs, contentFreeProbs);
      return { kind, seed, labels, probs, contentFreeProbs, label, answer: calibrated[label]! };
    }
    case 'pass-hat-k': {
      // At least k successes and at least one failure, so the answer is neither 0 nor 1.
      const n = int(rng, 4, 12);
      const k = int(rng, 2, Math.min(4, n - 1));
      const c = int(rng, k, n - 1);
      return { kind, seed, n, c, k, answer: passHatK(n, c, k) };
    }
    case 'compound-success': {
      // Retries go with less reliable steps, or the answer would round to 1.000; the worst cases,
      // 0.85^30 ≈ 0.0076 and 0.91^30 ≈ 0.059, are still visible at 3 decimals.
      const steps = pick(rng, [5, 10, 15, 20, 30]);
      const retries = pick(rng, [0, 0, 1, 2]);
      const p = pick(rng, retries === 0 ? [0.85, 0.9, 0.95, 0.98, 0.99] : [0.7, 0.8, 0.85, 0.9]);
      return { kind, seed, steps, p, retries, answer: uniformTaskReliability(p, steps, retries).success };
    }
    case 'context-cost': {
      // Round token counts, so that n·s + t·n(n − 1)/2 can be done by hand.
      const systemTokens = pick(rng, [500, 1000, 2000, 3000]);
      const stepTokens = pick(rng, [100, 200, 300, 500, 800]);
      const steps = int(rng, 4, 20);
      return {
        kind,
        seed,
        systemTokens,
        stepTokens,
        steps,
        answer: fullHistoryInputTokens(systemTokens, stepTokens, steps),
      };
    }
    case 'bm25-term': {
      // A real corpus behind the stated N, n, tf, |d| and avgdl: document 0 is d, documents
      // 1 … n − 1 also hold the term, and the whole-number lengths average exactly avgdl.
      const docs = pick(rng, [4, 5, 8, 10, 20]);
      const avgdl = pick(rng, [20, 40, 60, 80, 100]);
      const docLength = avgdl * pick(rng, [0.5, 0.75, 1, 1, 1.25, 1.5, 2]);
      const tf = int(rng, 1, 5);
      const docsWithTerm = int(rng, 1, docs - 1);
      const rest = docs * avgdl - docLength;
      const base = Math.floor(rest / (docs - 1));
      const lengths = [
        docLength,
        ...Array.from({ length: docs - 1 }, (_, i) => base + (i < rest - base * (docs - 1) ? 1 : 0)),
      ];
      // Move tokens between neighbours (the sum stays N·avgdl); every length stays ≥ 2/3 of base ≥ 8.
      for (let i = 1; i + 1 < docs; i += 2) {
        const shift = int(rng, -Math.floor(base / 3), Math.floor(base / 3));
        lengths[i]! += shift;
        lengths[i + 1]! -= shift;
      }
      const termCounts = lengths.map((_, i) => (i === 0 ? tf : i < docsWithTerm ? int(rng, 1, 3) : 0));
      const corpus = lengths.map((length, i) => {
        const count = termCounts[i]!;
        return [...Array<string>(count).fill('term'), ...Array<string>(length - count).fill('other')];
      });
      return {
        kind,
        seed,
        docs,
        docsWithTerm,
        tf,
        docLength,
        avgdl,
        lengths,
        termCounts,
        answer: bm25Scores(['term'], corpus, { k1: 1.2, b: 0.75 })[0]!,
      };
    }
    case 'rrf-score': {
      // Two top-5 lists over eight documents: the asked one may be in both lists or in only one.
      const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
      const bm25Ranking = shuffled(rng, ids).slice(0, 5);
      const denseRanking = shuffled(rng, ids).slice(0, 5);
      const id = pick(rng, [...new Set([...bm25Ranking, ...denseRanking])]);
      const k = 60;
      const fused = reciprocalRankFusion([bm25Ranking, denseRanking], { k });
      const answer = fused.find((r) => r.id === id)!.score;
      return { kind, seed, bm25Ranking, denseRanking, id, k, answer };
    }
    case 'ndcg': {
      // Six of seven documents judged 0–3, at least one relevant; five retrieved, so the ranking may
      // miss a relevant judged document (it still counts in the ideal) or hold an unjudged one.
      const ids = shuffled(rng, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
      const judged = ids.slice(0, 6).sort();
      const relevance: Record<string, number> = {};
      for (const id of judged) relevance[id] = int(rng, 0, 3);
      relevance[pick(rng, judged)] = int(rng, 1, 3);
      const ranking = shuffled(rng, ids).slice(0, 5);
      const k = pick(rng, [3, 4, 5]);
      return { kind, seed, ranking, relevance, k, answer: ndcgAtK(ranking, relevance, k) };
    }
    case 'visual-token-count': {
      // Common input sides; 14 and 16 do not divide all of them, so the floor matters.
      const sizes = [224, 256, 336, 384, 448, 512, 640, 768];
      const patchSize = pick(rng, [14, 16, 32]);
      const height = pick(rng, sizes);
      const width = rng() < 0.5 ? height : pick(rng, sizes);
      const clsToken = rng() < 0.5;
      const answer = vitTokenCount({ imageSize: [height, width], patchSize, clsToken });
      return { kind, seed, height, width, patchSize, clsToken, answer };
    }
    case 'clip-loss-2x2': {
      // Two images 16° to 90° apart; each caption is its image's vector or a neighbour of it.
      const first = int(rng, 0, 11);
      const second = (first + int(rng, 1, 3)) % 12;
      const near = (i: number) => UNIT_VECTORS[(i + int(rng, -1, 1) + 12) % 12]!;
      const imageEmbeds = [UNIT_VECTORS[first]!, UNIT_VECTORS[second]!];
      const textEmbeds = [near(first), near(second)];
      const loss = (logitScale: number) => clipContrastiveLoss(imageEmbeds, textEmbeds, { logitScale }).loss;
      // Only scales that keep the loss visible at 3 decimals (s = 1 always does: loss ≥ ln(1 + e⁻²)).
      const logitScale = pick(
        rng,
        [1, 2, 5, 10].filter((s) => loss(s) >= 0.005),
      );
      const cosines = clipContrastiveLoss(imageEmbeds, textEmbeds, { logitScale: 1 }).logitsPerImage.map(
        (row) => row.map((c) => Math.round(c * 100) / 100),
      );
      return { kind, seed, imageEmbeds, textEmbeds, cosines, logitScale, answer: loss(logitScale) };
    }
    default:
      throw new RangeError(`kind must be one of ${EXERCISE_KINDS.join(', ')}, got ${String(kind)}`);
  }
}

/** Decimals each kind asks for (a BPE count and a token total are whole numbers). */
export function answerDigits(exercise: Exercise): number {
  switch (exercise.kind) {
    case 'pass-at-k':
      return 3;
    case 'alibi-slope':
      return 4;
    case 'bpe-merge':
    case 'context-cost':
    case 'visual-token-count':
      return 0;
    case 'bf16-round':
      return 4;
    case 'dpo-loss':
    case 'grpo-advantage':
    case 'ppo-clip':
    case 'majority-vote':
    case 'calibrated-prediction':
    case 'pass-hat-k':
    case 'compound-success':
    case 'bm25-term':
    case 'ndcg':
    case 'clip-loss-2x2':
      return 3;
    case 'rrf-score':
      return 5;
    default:
      return 2;
  }
}

/** How close a typed number must be: half a unit in the last decimal the exercise asks for. */
export function tolerance(exercise: Exercise): number {
  return 0.5 * 10 ** -answerDigits(exercise) + 1e-9;
}

export type CheckResult =
  { ok: true; correct: boolean } | { ok: false; error: 'empty' | 'not-a-number' | 'bad-index' };

/**
 * Checks a learner's answer: a number for most kinds, the surviving token numbers (1-based,
 * comma-separated) for top-p. Bad input is reported, never counted as wrong.
 * @example checkExercise(generateExercise('elo', 3), '') // → { ok: false, error: 'empty' }
 */
export function checkExercise(exercise: Exercise, input: string): CheckResult {
  const parsed = parseNumberList(input);
  if (!parsed.ok) return { ok: false, error: 'not-a-number' };
  if (parsed.values.length === 0) return { ok: false, error: 'empty' };
  if (exercise.kind === 'top-p') {
    const picked = parsed.values;
    if (picked.some((v) => !Number.isInteger(v) || v < 1 || v > exercise.tokens.length)) {
      return { ok: false, error: 'bad-index' };
    }
    const set = new Set(picked.map((v) => v - 1));
    // Right when it keeps as many tokens as the nucleus and no dropped token is more probable than
    // a kept one: tokens tied at the cut may be swapped (HF leaves that choice to torch.sort).
    const keptMin = Math.min(...[...set].map((i) => exercise.probs[i]!));
    const droppedMax = Math.max(...exercise.probs.filter((_, i) => !set.has(i)));
    return { ok: true, correct: set.size === exercise.answer.length && keptMin >= droppedMax };
  }
  if (parsed.values.length !== 1) return { ok: false, error: 'not-a-number' };
  return { ok: true, correct: Math.abs(parsed.values[0]! - exercise.answer) <= tolerance(exercise) };
}
