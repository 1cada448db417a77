import { DecodingPipeline } from './decoding-pipeline';
import {
  BeamSearch,
  ChainRule,
  ConfusionMatrix,
  ContrastiveDecoding,
  EloArena,
  GenerationMetrics,
  PassAtK,
  Penalties,
  PrRocCurves,
  Quantization,
  ScalingLaw,
  SpeculativeDecoding,
} from './lazy';
import { LlmTimeline, TimelineEvent } from './llm-timeline/timeline';
import { TemperatureAnnealing } from './temperature-annealing';

/**
 * Demo components available in MDX. Each renders a root with `data-demo="<id>"`; manifest.ts
 * lists them for the generated end-to-end specs and the content lint. Each loads as its own chunk
 * (lazy.tsx), so a page downloads only the demos it shows.
 */
export const demoComponents = {
  TemperatureAnnealing,
  ChainRule,
  ScalingLaw,
  LlmTimeline,
  TimelineEvent,
  DecodingPipeline,
  BeamSearch,
  Penalties,
  ContrastiveDecoding,
  SpeculativeDecoding,
  Quantization,
  ConfusionMatrix,
  PrRocCurves,
  GenerationMetrics,
  PassAtK,
  EloArena,
};
