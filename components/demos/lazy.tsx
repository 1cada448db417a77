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
export const DecodingPipelineDemo = dynamic(() =>
  import('./decoding-pipeline/demo').then((m) => m.DecodingPipelineDemo),
);
export const BeamSearch = dynamic(() => import('./beam-search').then((m) => m.BeamSearch));
// One chunk for the two demos of decoding/penalties (see penalties-page.ts).
export const Penalties = dynamic(() => import('./penalties-page').then((m) => m.Penalties));
export const ContrastiveDecoding = dynamic(() =>
  import('./penalties-page').then((m) => m.ContrastiveDecoding),
);
export const SpeculativeDecoding = dynamic(() =>
  import('./speculative-decoding').then((m) => m.SpeculativeDecoding),
);
export const Quantization = dynamic(() => import('./quantization').then((m) => m.Quantization));
export const ConfusionMatrix = dynamic(() => import('./confusion-matrix').then((m) => m.ConfusionMatrix));
export const PrRocCurves = dynamic(() => import('./pr-roc-curves').then((m) => m.PrRocCurves));
export const PassAtK = dynamic(() => import('./pass-at-k').then((m) => m.PassAtK));
export const EloArena = dynamic(() => import('./elo-arena').then((m) => m.EloArena));
