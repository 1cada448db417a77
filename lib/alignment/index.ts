export { logSigmoid } from './log-sigmoid';
export { bradleyTerryLoss, type BradleyTerryLossOptions } from './bradley-terry-loss';
export {
  DPO_LOSS_TYPES,
  dpoLoss,
  type DpoLogps,
  type DpoLossOptions,
  type DpoLossResult,
  type DpoLossType,
} from './dpo-loss';
export { dpoGradientWeight, dpoLogRatioDifference } from './dpo-gradient';
export { ppoClipObjective } from './ppo-clip';
export { expm1MinusIdentity, klEstimators, type KlEstimates } from './kl-estimators';
export { GRPO_STD_EPSILON, grpoAdvantages, type GrpoAdvantagesOptions } from './grpo-advantages';
export { pythonStrip } from './python-strip';
export {
  CHAT_TEMPLATE_NAMES,
  CHAT_TOKENS,
  renderChat,
  type ChatMessage,
  type ChatSpan,
  type ChatTemplateName,
  type RenderChatOptions,
  type RenderedChat,
} from './render-chat';
export { bestOfNKl } from './best-of-n';
export {
  overoptimizationGoldReward,
  type OveroptimizationFit,
  type OveroptimizationMethod,
} from './overoptimization';
export {
  CHAT_ROLES,
  CHAT_SPECIAL_TOKENS,
  checkChatMessages,
  findSpecialTokens,
  lossMaskStats,
  segmentChat,
  type ChatCheck,
  type ChatIssue,
  type ChatIssueCode,
  type ChatSegment,
  type ChatSegmentKind,
  type LossMaskStats,
  type SegmentChatOptions,
  type SpecialTokenHit,
} from './chat-checks';
export {
  GRPO_LOSS_TYPES,
  grpoGradientPush,
  grpoRewardStats,
  grpoTokenWeights,
  type GrpoGradientPush,
  type GrpoLossType,
  type GrpoRewardStats,
  type GrpoTokenWeights,
  type GrpoTokenWeightsOptions,
} from './grpo-loss';
export {
  fitBradleyTerry,
  linearReward,
  MAX_FIT_FEATURES,
  MAX_FIT_PAIRS,
  MAX_FIT_STEPS,
  preferenceProbability,
  type BradleyTerryFitOptions,
  type BradleyTerryFitStep,
  type PreferencePair,
} from './reward-fit';
export { overoptimizationPeak, type OveroptimizationPeak } from './overoptimization-peak';
export { ppoClipGradient, ppoUnclippedObjective } from './ppo-clip-gradient';
export {
  KL_MONTE_CARLO_MAX_SAMPLES,
  PROBABILITY_SUM_TOLERANCE,
  checkDistribution,
  klDivergence,
  klEstimatorExpectations,
  klEstimatorMonteCarlo,
  klEstimatorsByToken,
  type KlMonteCarlo,
  type KlSampleStats,
  type KlTokenEstimates,
} from './kl-divergence';
