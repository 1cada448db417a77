export { annealProbs } from './anneal';
export { createRng } from './rng';
export { sampleIndex } from './sample';
export { logSoftmax, softmax } from './softmax';
export { applyTemperature } from './temperature';
export { contrastiveDecodingStep, contrastiveScores } from './contrastive';
export type { ContrastiveStep } from './contrastive';
export { DEFAULTS } from './defaults';
export { minPFilter } from './min-p';
export { noRepeatNgramBannedTokens, noRepeatNgramBans } from './no-repeat-ngram';
export type { NgramBan } from './no-repeat-ngram';
export { decodingPipeline } from './pipeline';
export type { DecodingConfig, PipelineResult, PipelineStage, StageId } from './pipeline';
export { presenceFrequencyPenalty } from './presence-frequency';
export type { PresenceFrequencyOptions } from './presence-frequency';
export { dequantize, quantize, roundHalfEven } from './quantize';
export type { QuantizeOptions, QuantizeResult } from './quantize';
export { ctrlRepetitionPenalty, repetitionPenalty } from './repetition-penalty';
export { sampleMany } from './sample-many';
export { expectedTokensPerTargetCall, speculativeAcceptance, speculativeSpeedup } from './speculative';
export type { SpeculativeAcceptance } from './speculative';
export { topKFilter } from './top-k';
export { topPFilter } from './top-p';
export { beamHypothesisScore } from './beam-hypotheses';
export type { BeamSequence, EarlyStopping } from './beam-hypotheses';
export { beamSearch, beamSearchSteps } from './beam-search';
export type {
  BeamCandidate,
  BeamSearchOptions,
  BeamSearchResult,
  BeamStep,
  BeamStopReason,
} from './beam-search';
export { EXHAUSTIVE_LIMIT, exhaustiveBest } from './exhaustive';
export type { ExhaustiveOptions } from './exhaustive';
export { greedyDecode } from './greedy';
export type { GreedyOptions, GreedyResult } from './greedy';
export type { NextTokenModel } from './next-token-model';
export { greedyTrapExample, hfBlogExample, lengthPenaltyExample, tableModel } from './toy-models';
export type { ToyExample } from './toy-models';
export { probFromLogprob } from './log-prob';
export { argmax } from './argmax';
export { normalizeProbs } from './normalize';
export { comparePenalties } from './penalty-comparison';
export type { PenaltyComparison, PenaltyOutcome, PenaltySettings } from './penalty-comparison';
export { tokenCounts } from './token-counts';
export { distinctCount, quantizationGrid } from './quantize-levels';
export { draftLengthSweep, simulateSpeculative } from './speculative-sim';
export type { DraftLengthRow, RejectRule, SpeculativeSimulation, SpeculativeTrial } from './speculative-sim';
export { gaussianWeights, standardNormal, withOutlier } from './weights';
export { shuffle } from './shuffle';
