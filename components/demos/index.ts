import { islandTag } from '@/components/islands/island';
import { DecodingPipeline } from './decoding-pipeline';
import { LlmTimeline, TimelineEvent } from './llm-timeline/timeline';
import { ReliabilityDiagram } from './reliability-diagram';
import { TemperatureAnnealing } from './temperature-annealing';
import { ScheduleExplorer } from './schedule-explorer';
import { AdamStepper } from './adam-stepper';
import { NumberFormats } from './number-formats';
import { TrainingMemory } from './training-memory';
import { PipelineBubble } from './pipeline-bubble';
import { RopeScaling } from './rope-scaling';
import { TokenizerLab } from './tokenizer-lab';
import { AttentionLab } from './attention-lab';
import { PositionLab } from './position-lab';
import { BlockAnatomy } from './block-anatomy';
import { KvCache } from './kv-cache';
import { MoeRouter } from './moe-router';
import { OnlineSoftmax } from './online-softmax';
import { MinhashDedup } from './minhash-dedup';
import { ChatTemplate } from './chat-template';
import { RewardModel } from './reward-model';
import { PpoClip } from './ppo-clip';
import { KlEstimators } from './kl-estimators';
import { DpoCalculator } from './dpo-calculator';
import { GrpoLab } from './grpo-lab';
import { BestOfN } from './best-of-n';
import { LoraLab } from './lora-lab';
import { PromptBuilder } from './prompt-builder';
import { SelfConsistency } from './self-consistency';
import { ContextualCalibration } from './contextual-calibration';
import { TreeOfThoughts } from './tree-of-thoughts';
import { InjectionSandbox } from './injection-sandbox';
import { ReactStepper } from './react-stepper';
import { WorkflowPatterns } from './workflow-patterns';
import { AgentReliability } from './agent-reliability';
import { ContextCost } from './context-cost';
import { RagExplorer } from './rag-explorer';
import { ChunkingTradeoff } from './chunking-tradeoff';
import { AbstentionScoring } from './abstention-scoring';
import { ClipLoss } from './clip-loss';
import { VisualTokens } from './visual-tokens';
import { AttentionMasks } from './attention-masks';

/**
 * Demo components available in MDX. Each renders a root with `data-demo="<id>"`; manifest.ts
 * lists them for the generated end-to-end specs and the content lint. Each is an island
 * (components/islands/): static HTML in the page, its code a chunk of its own that loads when the
 * demo nears the viewport. Tags with props validate them in a server wrapper first.
 */
export const demoComponents = {
  TemperatureAnnealing,
  ChainRule: islandTag('chain-rule'),
  ScalingLaw: islandTag('scaling-law'),
  LlmTimeline,
  TimelineEvent,
  DecodingPipeline,
  BeamSearch: islandTag('beam-search'),
  Penalties: islandTag('penalties'),
  ContrastiveDecoding: islandTag('contrastive-decoding'),
  SpeculativeDecoding: islandTag('speculative-decoding'),
  Quantization: islandTag('quantization'),
  ConfusionMatrix: islandTag('confusion-matrix'),
  PrRocCurves: islandTag('pr-roc-curves'),
  GenerationMetrics: islandTag('generation-metrics'),
  PassAtK: islandTag('pass-at-k'),
  EloArena: islandTag('elo-arena'),
  ReliabilityDiagram,
  TokenizerLab,
  AttentionLab,
  PositionLab,
  BlockAnatomy,
  KvCache,
  MoeRouter,
  OnlineSoftmax,
  MinhashDedup,
  ScheduleExplorer,
  AdamStepper,
  NumberFormats,
  TrainingMemory,
  PipelineBubble,
  RopeScaling,
  ChatTemplate,
  RewardModel,
  PpoClip,
  KlEstimators,
  DpoCalculator,
  GrpoLab,
  BestOfN,
  LoraLab,
  PromptBuilder,
  SelfConsistency,
  ContextualCalibration,
  TreeOfThoughts,
  InjectionSandbox,
  ReactStepper,
  WorkflowPatterns,
  AgentReliability,
  ContextCost,
  RagExplorer,
  ChunkingTradeoff,
  AbstentionScoring,
  ClipLoss,
  VisualTokens,
  AttentionMasks,
};
