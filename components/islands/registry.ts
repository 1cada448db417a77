/**
 * Every island the site can hydrate, by name: a loader that imports the client component.
 *
 * One list serves three readers: <Island> (Next renders the component into the page, so
 * `next dev` shows it live), the build step that renders each island to static HTML with its
 * own root (scripts/islands.mjs via render-static.tsx), and the browser loader, where each
 * `import()` becomes its own chunk that is fetched only when its island comes near the viewport.
 */
import type { ComponentProps } from 'react';

export const islands = {
  'temperature-annealing': () =>
    import('@/components/demos/temperature-annealing/demo').then((m) => m.TemperatureAnnealingDemo),
  'chain-rule': () => import('@/components/demos/chain-rule').then((m) => m.ChainRule),
  'scaling-law': () => import('@/components/demos/scaling-law').then((m) => m.ScalingLaw),
  'llm-timeline': () =>
    import('@/components/demos/llm-timeline/timeline-filter').then((m) => m.TimelineFilter),
  'decoding-pipeline': () =>
    import('@/components/demos/decoding-pipeline/demo').then((m) => m.DecodingPipelineDemo),
  'beam-search': () => import('@/components/demos/beam-search').then((m) => m.BeamSearch),
  penalties: () => import('@/components/demos/penalties').then((m) => m.Penalties),
  'contrastive-decoding': () =>
    import('@/components/demos/contrastive-decoding').then((m) => m.ContrastiveDecoding),
  'speculative-decoding': () =>
    import('@/components/demos/speculative-decoding').then((m) => m.SpeculativeDecoding),
  quantization: () => import('@/components/demos/quantization').then((m) => m.Quantization),
  'confusion-matrix': () => import('@/components/demos/confusion-matrix').then((m) => m.ConfusionMatrix),
  'pr-roc-curves': () => import('@/components/demos/pr-roc-curves').then((m) => m.PrRocCurves),
  'generation-metrics': () =>
    import('@/components/demos/generation-metrics').then((m) => m.GenerationMetrics),
  'pass-at-k': () => import('@/components/demos/pass-at-k').then((m) => m.PassAtK),
  'elo-arena': () => import('@/components/demos/elo-arena').then((m) => m.EloArena),
  'reliability-diagram': () =>
    import('@/components/demos/reliability-diagram/demo').then((m) => m.ReliabilityDiagramDemo),
  'tokenizer-lab': () => import('@/components/demos/tokenizer-lab/demo').then((m) => m.TokenizerLabDemo),
  'attention-lab': () => import('@/components/demos/attention-lab/demo').then((m) => m.AttentionLabDemo),
  'position-lab': () => import('@/components/demos/position-lab/demo').then((m) => m.PositionLabDemo),
  'block-anatomy': () => import('@/components/demos/block-anatomy/demo').then((m) => m.BlockAnatomyDemo),
  'kv-cache': () => import('@/components/demos/kv-cache/demo').then((m) => m.KvCacheDemo),
  'moe-router': () => import('@/components/demos/moe-router/demo').then((m) => m.MoeRouterDemo),
  'online-softmax': () => import('@/components/demos/online-softmax/demo').then((m) => m.OnlineSoftmaxDemo),
  'minhash-dedup': () => import('@/components/demos/minhash-dedup/demo').then((m) => m.MinhashDedupDemo),
  'schedule-explorer': () =>
    import('@/components/demos/schedule-explorer/demo').then((m) => m.ScheduleExplorerDemo),
  'adam-stepper': () => import('@/components/demos/adam-stepper/demo').then((m) => m.AdamStepperDemo),
  'number-formats': () => import('@/components/demos/number-formats/demo').then((m) => m.NumberFormatsDemo),
  'training-memory': () =>
    import('@/components/demos/training-memory/demo').then((m) => m.TrainingMemoryDemo),
  'pipeline-bubble': () =>
    import('@/components/demos/pipeline-bubble/demo').then((m) => m.PipelineBubbleDemo),
  'rope-scaling': () => import('@/components/demos/rope-scaling/demo').then((m) => m.RopeScalingDemo),
  'chat-template': () => import('@/components/demos/chat-template/demo').then((m) => m.ChatTemplateDemo),
  'reward-model': () => import('@/components/demos/reward-model/demo').then((m) => m.RewardModelDemo),
  'ppo-clip': () => import('@/components/demos/ppo-clip/demo').then((m) => m.PpoClipDemo),
  'kl-estimators': () => import('@/components/demos/kl-estimators/demo').then((m) => m.KlEstimatorsDemo),
  'dpo-calculator': () => import('@/components/demos/dpo-calculator/demo').then((m) => m.DpoCalculatorDemo),
  'grpo-lab': () => import('@/components/demos/grpo-lab/demo').then((m) => m.GrpoLabDemo),
  'best-of-n': () => import('@/components/demos/best-of-n/demo').then((m) => m.BestOfNDemo),
  'lora-lab': () => import('@/components/demos/lora-lab/demo').then((m) => m.LoraLabDemo),
  'prompt-builder': () => import('@/components/demos/prompt-builder/demo').then((m) => m.PromptBuilderDemo),
  'self-consistency': () =>
    import('@/components/demos/self-consistency/demo').then((m) => m.SelfConsistencyDemo),
  'contextual-calibration': () =>
    import('@/components/demos/contextual-calibration/demo').then((m) => m.ContextualCalibrationDemo),
  'tree-of-thoughts': () =>
    import('@/components/demos/tree-of-thoughts/demo').then((m) => m.TreeOfThoughtsDemo),
  'injection-sandbox': () =>
    import('@/components/demos/injection-sandbox/demo').then((m) => m.InjectionSandboxDemo),
  'react-stepper': () => import('@/components/demos/react-stepper/demo').then((m) => m.ReactStepperDemo),
  'workflow-patterns': () =>
    import('@/components/demos/workflow-patterns/demo').then((m) => m.WorkflowPatternsDemo),
  'agent-reliability': () =>
    import('@/components/demos/agent-reliability/demo').then((m) => m.AgentReliabilityDemo),
  'context-cost': () => import('@/components/demos/context-cost/demo').then((m) => m.ContextCostDemo),
  'rag-explorer': () => import('@/components/demos/rag-explorer/demo').then((m) => m.RagExplorerDemo),
  'chunking-tradeoff': () =>
    import('@/components/demos/chunking-tradeoff/demo').then((m) => m.ChunkingTradeoffDemo),
  'abstention-scoring': () =>
    import('@/components/demos/abstention-scoring/demo').then((m) => m.AbstentionScoringDemo),
  'clip-loss': () => import('@/components/demos/clip-loss/demo').then((m) => m.ClipLossDemo),
  'visual-tokens': () => import('@/components/demos/visual-tokens/demo').then((m) => m.VisualTokensDemo),
  'attention-masks': () =>
    import('@/components/demos/attention-masks/demo').then((m) => m.AttentionMasksDemo),
  // App islands: the review page and the search page, and the header's search dialog.
  review: () => import('@/components/study/review-app').then((m) => m.ReviewApp),
  search: () => import('@/components/search/search-page').then((m) => m.SearchPage),
  'search-dialog': () => import('@/components/search/search-root').then((m) => m.SearchRoot),
};

export type IslandName = keyof typeof islands;
export type IslandProps<N extends IslandName> = ComponentProps<Awaited<ReturnType<(typeof islands)[N]>>>;

export function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(islands, name);
}
