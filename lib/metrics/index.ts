export {
  BLEU_SMOOTH_DEFAULTS,
  BLEU_SMOOTH_METHODS,
  bleuFromCounts,
  sentenceBleu,
  type BleuResult,
  type BleuScoringOptions,
  type BleuSmoothMethod,
  type SentenceBleuOptions,
} from './bleu';
export {
  BLEU_MAX_ORDER,
  BLEU_TOKENIZERS,
  bleuDetails,
  bleuTokenize,
  closestRefLength,
  type BleuDetails,
  type BleuNgram,
  type BleuOrder,
  type BleuTokenizeOptions,
  type BleuTokenizer,
} from './bleu-stats';
export { tokenize13a } from './tokenize-13a';
export { containsCjk, segmentCjk } from './segment-cjk';
export {
  rougeFmeasure,
  rougeL,
  rougeLDetails,
  rougeN,
  rougeNDetails,
  rougeTokenize,
  type RougeLDetails,
  type RougeNDetails,
  type RougeNgram,
  type RougeScore,
} from './rouge';
export { lcsIndices, lcsTable, type LcsIndices } from './rouge-lcs';
export {
  normalizeAnswer,
  squadExactMatch,
  squadF1,
  squadF1Details,
  squadScore,
  squadTokens,
  type SquadF1Details,
  type SquadScore,
} from './squad';
export { squadBestGold, type SquadBestGold } from './squad-best';
export { checkLabels, checkScores, checkZeroDivision, type BinaryLabel } from './binary-inputs';
export { accuracy, confusionCounts, type ConfusionCell, type ConfusionCounts } from './confusion';
export { f1Score, fBeta, falsePositiveRate, precision, recall, specificity } from './rates';
export { countsAtThresholds, type CountsAtThresholds } from './threshold-counts';
export { averagePrecision, precisionRecallCurve, type PrecisionRecallCurve } from './pr-curve';
export { rocAuc, rocCurve, type RocCurve, type RocCurveOptions } from './roc';
export { thresholdSweep, type ThresholdPoint } from './threshold-sweep';
export { predictAtThreshold, thresholdGrid } from './threshold-grid';
export { tiedScoreBlocks, type TiedBlock } from './tied-scores';
export { naivePassAtK, passAtK } from './pass-at-k';
export { checkBattles, type Battle, type BattleWinner } from './battles';
export { eloExpectedScore, eloRatings, resolveEloScale, type EloOptions, type EloScale } from './elo';
export { bradleyTerryRatings, type BradleyTerryOptions } from './bradley-terry';
export { passAtKCurve, type PassAtKPoint } from './pass-at-k-curve';
export { eloHistory, type EloStep } from './elo-history';
export { erfc, normalCdf, normalQuantile } from './normal';
export { bitsPerByte, perplexity } from './perplexity';
export {
  accuracyInterval,
  type AccuracyInterval,
  type AccuracyIntervalMethod,
  type AccuracyIntervalOptions,
} from './accuracy-interval';
export {
  brierScore,
  expectedCalibrationError,
  type CalibrationBin,
  type CalibrationOptions,
  type CalibrationResult,
} from './calibration';
