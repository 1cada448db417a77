export {
  CHINCHILLA_CONSTANTS,
  chinchillaComputeOptimal,
  chinchillaLoss,
  resolveChinchillaConstants,
  type ChinchillaConstants,
  type ComputeOptimal,
} from './chinchilla';
export { kvCacheBytes, type KvCacheInput } from './kv-cache';
export {
  LORA_TARGETS,
  loraScale,
  loraTargetShapes,
  loraTrainableParams,
  type LoraInput,
  type LoraLayerConfig,
  type LoraScaleInput,
  type LoraTarget,
} from './lora';
export {
  modelStateBreakdown,
  modelStateBytes,
  type ModelStateInput,
  type ModelStateParts,
} from './model-state';
export { trainingFlops } from './training-flops';
export { isoFlopCurve, tokensForCompute, type IsoFlopPoint } from './iso-flop';
export { decoderParamCount, type DecoderConfig, type DecoderParamCount } from './decoder-params';
export { activationBytes, type ActivationInput } from './activation-memory';
export { pipelineBubble, type PipelineBubble, type PipelineBubbleInput } from './pipeline-bubble';
export { latentKvCacheBytes, type LatentKvCacheInput } from './latent-kv-cache';
export {
  DOUBLE_QUANT_BLOCK_SIZE,
  FINETUNE_METHODS,
  finetuneMemoryBytes,
  qloraConstantBits,
  QLORA_BLOCK_SIZE,
  type FinetuneMemoryInput,
  type FinetuneMemoryParts,
  type FinetuneMethod,
} from './finetune-memory';
