import { checkNumber } from '@/lib/utils/validate';
import { checkZeroDivision } from './binary-inputs';
import { checkCounts, type ConfusionCounts } from './confusion';

/**
 * part / (part + rest), or `zeroDivision` when both are 0. Counts near Number.MAX_VALUE would
 * overflow the sum, so only then both are scaled by the larger first.
 */
function share(part: number, rest: number, zeroDivision: number): number {
  const whole = part + rest;
  if (whole === 0) return zeroDivision;
  if (Number.isFinite(whole)) return part / whole;
  const m = Math.max(part, rest);
  return part / m / (part / m + rest / m);
}

/**
 * The fraction of predicted positives that are truly positive.
 *
 * Formula: tp / (tp + fp); `zeroDivision` when tp + fp = 0 (nothing predicted positive)
 * (scikit-learn ≥ 1.3 `precision_score`, `_prf_divide`,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html).
 *
 * @param counts `tp` and `fp`, finite and ≥ 0.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, a cell or `zeroDivision` not a number.
 * @throws {RangeError} when a cell is negative or not finite, or `zeroDivision` is not 0, 1 or NaN.
 * @example precision({ tp: 1, fp: 2, tn: 0, fn: 1 }) // 0.3333333333333333
 * @example precision({ tp: 0, fp: 0, tn: 6, fn: 0 }, 1) // 1
 */
export function precision(counts: Pick<ConfusionCounts, 'tp' | 'fp'>, zeroDivision = 0): number {
  const { tp, fp } = checkCounts(counts, ['tp', 'fp']);
  return share(tp, fp, checkZeroDivision(zeroDivision));
}

/**
 * The fraction of true positives that are predicted positive (sensitivity, true positive rate).
 *
 * Formula: tp / (tp + fn); `zeroDivision` when tp + fn = 0 (no positive labels)
 * (scikit-learn ≥ 1.3 `recall_score`, `_prf_divide`,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html).
 *
 * @param counts `tp` and `fn`, finite and ≥ 0.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, a cell or `zeroDivision` not a number.
 * @throws {RangeError} when a cell is negative or not finite, or `zeroDivision` is not 0, 1 or NaN.
 * @example recall({ tp: 1, fp: 2, tn: 0, fn: 1 }) // 0.5
 */
export function recall(counts: Pick<ConfusionCounts, 'tp' | 'fn'>, zeroDivision = 0): number {
  const { tp, fn } = checkCounts(counts, ['tp', 'fn']);
  return share(tp, fn, checkZeroDivision(zeroDivision));
}

/**
 * The fraction of true negatives that are predicted negative (true negative rate).
 *
 * Formula: tn / (tn + fp); `zeroDivision` when tn + fp = 0 (no negative labels). It is the recall
 * of the negative class, so it follows scikit-learn's `recall_score(..., pos_label=0)`
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html).
 *
 * @param counts `tn` and `fp`, finite and ≥ 0.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, a cell or `zeroDivision` not a number.
 * @throws {RangeError} when a cell is negative or not finite, or `zeroDivision` is not 0, 1 or NaN.
 * @example specificity({ tp: 1, fp: 1, tn: 3, fn: 0 }) // 0.75
 */
export function specificity(counts: Pick<ConfusionCounts, 'tn' | 'fp'>, zeroDivision = 0): number {
  const { tn, fp } = checkCounts(counts, ['tn', 'fp']);
  return share(tn, fp, checkZeroDivision(zeroDivision));
}

/**
 * The fraction of true negatives that are predicted positive (fall-out), the x axis of a ROC curve.
 *
 * Formula: fp / (fp + tn) = 1 − specificity; `zeroDivision` when fp + tn = 0 (scikit-learn
 * `roc_curve` divides fps by the number of negatives,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.roc_curve.html).
 *
 * @param counts `fp` and `tn`, finite and ≥ 0.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, a cell or `zeroDivision` not a number.
 * @throws {RangeError} when a cell is negative or not finite, or `zeroDivision` is not 0, 1 or NaN.
 * @example falsePositiveRate({ tp: 1, fp: 1, tn: 3, fn: 0 }) // 0.25
 */
export function falsePositiveRate(counts: Pick<ConfusionCounts, 'fp' | 'tn'>, zeroDivision = 0): number {
  const { fp, tn } = checkCounts(counts, ['fp', 'tn']);
  return share(fp, tn, checkZeroDivision(zeroDivision));
}

/**
 * The F-beta score: a weighted harmonic mean of precision and recall, recall counting β times
 * as much as precision.
 *
 * Formula: F_β = (1+β²)·tp / ((1+β²)·tp + β²·fn + fp), computed from the counts directly as
 * scikit-learn ≥ 1.3 does (`(1 + β²)·tp / (β²·(tp + fn) + (tp + fp))`), so it is `zeroDivision`
 * only when tp + fn + fp = 0 — not whenever precision or recall alone is undefined. β = 0 is
 * precision and β = `Infinity` is recall, each with its own zero-division rule, as sklearn's
 * `precision_recall_fscore_support` special-cases them
 * (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html).
 * When (1+β²)·tp or the denominator overflows (β above ~1e154, or counts near
 * Number.MAX_VALUE) the same ratio is taken after dividing through by (1+β²) and the largest count.
 *
 * @param counts `tp`, `fp` and `fn`, finite and ≥ 0.
 * @param beta ≥ 0; `Infinity` allowed.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, or a cell, `beta` or `zeroDivision` is not a
 *   number.
 * @throws {RangeError} when a cell is negative or not finite, `beta` is negative or `NaN`, or
 *   `zeroDivision` is not 0, 1 or NaN.
 * @example fBeta({ tp: 2, fp: 1, tn: 0, fn: 1 }, 2) // 0.6666666666666666 (= 5·2 / (4·3 + 3))
 * @example fBeta({ tp: 0, fp: 0, tn: 6, fn: 0 }, 1, 1) // 1
 */
export function fBeta(
  counts: Pick<ConfusionCounts, 'tp' | 'fp' | 'fn'>,
  beta: number,
  zeroDivision = 0,
): number {
  const { tp, fp, fn } = checkCounts(counts, ['tp', 'fp', 'fn']);
  const b = checkNumber('beta', beta, (x) => x >= 0, '>= 0 (Infinity allowed)');
  const zd = checkZeroDivision(zeroDivision);
  if (b === Infinity) return share(tp, fn, zd);
  if (b === 0) return share(tp, fp, zd);
  if (tp === 0) return tp + fn + fp === 0 ? zd : 0;
  const b2 = b * b;
  const numerator = (1 + b2) * tp;
  const denominator = b2 * (tp + fn) + (tp + fp);
  if (Number.isFinite(numerator) && Number.isFinite(denominator) && denominator > 0) {
    return numerator / denominator;
  }
  // Overflow (or β² underflowing to 0 next to an overflowing count): F = t / (t + a·n + w·p)
  // with a = β²/(1+β²), w = 1/(1+β²) and every count divided by the largest.
  const m = Math.max(tp, fn, fp);
  const [t, n, p] = [tp / m, fn / m, fp / m];
  const a = 1 / (1 + 1 / b2);
  const w = 1 / (1 + b2);
  return t / (t + a * n + w * p);
}

/**
 * The F1 score, the harmonic mean of precision and recall.
 *
 * Formula: F1 = 2·tp / (2·tp + fn + fp) = {@link fBeta} with β = 1; `zeroDivision` when
 * tp + fn + fp = 0 (scikit-learn ≥ 1.3 `f1_score`,
 * https://scikit-learn.org/stable/modules/generated/sklearn.metrics.f1_score.html).
 *
 * @param counts `tp`, `fp` and `fn`, finite and ≥ 0.
 * @param zeroDivision 0 (default), 1 or `NaN`.
 * @throws {TypeError} when `counts` is not an object, a cell or `zeroDivision` not a number.
 * @throws {RangeError} when a cell is negative or not finite, or `zeroDivision` is not 0, 1 or NaN.
 * @example f1Score({ tp: 1, fp: 2, tn: 0, fn: 1 }) // 0.4 (= 2 / (2 + 1 + 2))
 * @example f1Score({ tp: 0, fp: 0, tn: 6, fn: 0 }) // 0 (sklearn docstring: y_true_empty)
 */
export function f1Score(counts: Pick<ConfusionCounts, 'tp' | 'fp' | 'fn'>, zeroDivision = 0): number {
  return fBeta(counts, 1, zeroDivision);
}
