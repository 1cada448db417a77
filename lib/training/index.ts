export { LR_SCHEDULES, learningRate, type LearningRateOptions, type LrSchedule } from './learning-rate';
export { adamStep, adamwStep, type AdamState, type AdamStepInput, type AdamStepResult } from './adam';
export {
  FLOAT_FORMATS,
  floatFormatInfo,
  roundToFloat,
  type FloatFormat,
  type FloatFormatInfo,
} from './float-format';
