export { sinusoidalPositionEncoding } from './sinusoidal';
export {
  ropeInverseFrequencies,
  type DynamicRopeScaling,
  type LinearRopeScaling,
  type Llama3RopeScaling,
  type RopeFrequencyOptions,
  type RopeScaling,
} from './rope-frequencies';
export { applyRope, type ApplyRopeOptions, type RopeLayout } from './rope';
export { MAX_DECAY_DISTANCE, ropeDecayBound } from './rope-decay';
export { alibiBias, alibiSlopes } from './alibi';
export { attentionMask, type AttentionMaskKind, type AttentionMaskOptions } from './attention-mask';
export { scaledDotProductAttention, type AttentionOptions, type AttentionResult } from './attention';
export { layerNorm, type LayerNormOptions } from './layer-norm';
export { rmsNorm, type RmsNormOptions } from './rms-norm';
export { gelu, relu, silu, type GeluApproximate } from './activations';
export { normStats, type NormStats } from './norm-stats';
export { geglu, swiglu } from './gated';
export { onlineSoftmax, type OnlineSoftmaxResult, type OnlineSoftmaxStep } from './online-softmax';
export { attentionHbmTraffic, type AttentionTraffic, type AttentionTrafficResult } from './attention-io';
export {
  checkTopK,
  moeCapacity,
  moeRoute,
  routerProbabilities,
  topKExperts,
  type MoeRouteOptions,
  type MoeRouting,
} from './moe-route';
export { moeAuxLoss } from './moe-aux-loss';
