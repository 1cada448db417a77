export { SELF_CONSISTENCY_LIMITS, selfConsistencyAccuracy } from './self-consistency';
export { contextualCalibration } from './contextual-calibration';
