export { clipContrastiveLoss, type ClipLossOptions, type ClipLossResult } from './clip-loss';
export { vitTokenCount, type VitTokenCountOptions } from './vit-tokens';
export { clipLossTerms, type ClipLossTerms } from './clip-loss-terms';
export {
  anyresGrid,
  contextShare,
  LLAVA_NEXT_GRIDS,
  MAX_IMAGE_SIDE,
  QWEN2_VL_PIXELS,
  smartResize,
  visualTokenCount,
  type ContextShare,
  type TileGrid,
  type VisualTiling,
  type VisualTokenCount,
  type VisualTokenOptions,
} from './visual-tokens';
