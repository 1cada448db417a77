export { clipContrastiveLoss, type ClipLossOptions, type ClipLossResult } from './clip-loss';
export { vitTokenCount, type VitTokenCountOptions } from './vit-tokens';
