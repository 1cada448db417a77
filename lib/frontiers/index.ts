export {
  compareAbstention,
  confidencePenalty,
  expectedAnswerScore,
  type AbstentionComparison,
  type ConfidenceHistogram,
  type PolicyOutcome,
} from './abstention';
export {
  keptTokens,
  MAX_GRID_LENGTH,
  positionDistance,
  STREAMING_MASK_KINDS,
  streamingMaskAllows,
  streamingMaskGrid,
  type StreamingMaskKind,
  type StreamingMaskOptions,
} from './attention-masks';
