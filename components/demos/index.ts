import { ChainRule, GenerationMetrics, ScalingLaw } from './lazy';
import { LlmTimeline, TimelineEvent } from './llm-timeline/timeline';
import { TemperatureAnnealing } from './temperature-annealing';

/**
 * Demo components available in MDX. Each renders a root with `data-demo="<id>"`; manifest.ts
 * lists them for the generated end-to-end specs and the content lint.
 */
export const demoComponents = {
  TemperatureAnnealing,
  ChainRule,
  ScalingLaw,
  LlmTimeline,
  TimelineEvent,
  GenerationMetrics,
};
