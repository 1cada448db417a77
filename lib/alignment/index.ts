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
