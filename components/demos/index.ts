import { LlmTimeline, TimelineEvent } from './llm-timeline/timeline';

/** Demo components available in MDX. Each renders a root with `data-demo="<id>"` (see manifest.ts). */
export const demoComponents = {
  LlmTimeline,
  TimelineEvent,
};
