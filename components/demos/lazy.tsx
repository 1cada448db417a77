'use client';

/**
 * Every interactive demo is its own chunk: a page downloads the code of the demos it shows and
 * nothing else (the MDX component map is shared by every page, so importing the demos directly
 * would put all of them on every page). The server still renders each demo's full HTML.
 */
import dynamic from 'next/dynamic';

export const ChainRule = dynamic(() => import('./chain-rule').then((m) => m.ChainRule));
export const ScalingLaw = dynamic(() => import('./scaling-law').then((m) => m.ScalingLaw));
export const TemperatureAnnealingDemo = dynamic(() =>
  import('./temperature-annealing/demo').then((m) => m.TemperatureAnnealingDemo),
);
export const TimelineFilter = dynamic(() =>
  import('./llm-timeline/timeline-filter').then((m) => m.TimelineFilter),
);
export const GenerationMetrics = dynamic(() =>
  import('./generation-metrics').then((m) => m.GenerationMetrics),
);
