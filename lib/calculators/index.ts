export {
  CHINCHILLA_CONSTANTS,
  chinchillaComputeOptimal,
  chinchillaLoss,
  resolveChinchillaConstants,
  type ChinchillaConstants,
  type ComputeOptimal,
} from './chinchilla';
export { kvCacheBytes, type KvCacheInput } from './kv-cache';
export { loraTrainableParams, type LoraInput } from './lora';
export { modelStateBytes, type ModelStateInput } from './model-state';
export { trainingFlops } from './training-flops';
export { isoFlopCurve, tokensForCompute, type IsoFlopPoint } from './iso-flop';
