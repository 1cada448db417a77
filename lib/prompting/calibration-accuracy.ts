import { argmax } from '@/lib/decoding/argmax';
import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';
import { contextualCalibration } from './contextual-calibration';

/** One test input of a few-shot classifier: its label probabilities and the index of its gold label. */
export interface CalibrationRow {
  readonly probs: readonly number[];
  readonly label: number;
}

/** One input before and after calibration: the predicted label indices and the calibrated probabilities. */
export interface CalibratedRow {
  /** {@link contextualCalibration} of the row's probabilities. */
  readonly calibrated: number[];
  /** argmax of the raw probabilities (ties to the first label, lib/decoding `argmax`). */
  readonly before: number;
  /** argmax of the calibrated probabilities (ties to the first label). */
  readonly after: number;
}

/** Predictions and accuracy of a set of inputs before and after contextual calibration. */
export interface CalibrationAccuracy {
  readonly rows: CalibratedRow[];
  /** how many raw predictions match the gold label */
  readonly correctBefore: number;
  /** how many calibrated predictions match the gold label */
  readonly correctAfter: number;
  /** correctBefore / number of rows */
  readonly accuracyBefore: number;
  /** correctAfter / number of rows */
  readonly accuracyAfter: number;
}

/** Re-throws a lib error about `probs` as one about `rows[i].probs`. */
function withRow<T>(i: number, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if ((e instanceof RangeError || e instanceof TypeError) && e.message.startsWith('probs')) {
      const Err = e instanceof RangeError ? RangeError : TypeError;
      throw new Err(`rows[${i}].${e.message}`);
    }
    throw e;
  }
}

/**
 * The accuracy of a few-shot classifier on labelled inputs before and after contextual
 * calibration with one content-free distribution for the whole prompt.
 *
 * Formula: before, ŷ = argmax_i pᵢ; after, ŷ = argmax_i qᵢ with q = contextualCalibration(p, p_cf),
 * i.e. qᵢ ∝ pᵢ / p_cfᵢ (W = diag(p_cf)⁻¹, b = 0; Zhao et al. 2021, "Calibrate Before Use",
 * https://arxiv.org/abs/2102.09690, §5). Accuracy = #{ŷ = gold} / #rows. Ties go to the first
 * label, as numpy's `argmax` in the paper's code (tonyzhaozh/few-shot-learning). Renormalising
 * does not move the argmax, so the predictions equal those of the paper's argmax(Wp).
 *
 * @param rows the inputs: `probs` as {@link contextualCalibration} accepts them (each in [0, 1],
 *   a positive sum, one per label), `label` the gold label's index, an integer in [0, #labels).
 * @param contentFreeProbs the label probabilities for a content-free input under the same
 *   prompt: one per label, each in (0, 1].
 * @throws {TypeError} when rows is not an array of objects, or a field has the wrong type.
 * @throws {RangeError} when rows is empty, a row's probs has a different length from
 *   contentFreeProbs, a label is out of range, or {@link contextualCalibration} refuses a row
 *   (its message prefixed with `rows[i].`) or the content-free probabilities.
 * @example calibratedAccuracy([{ probs: [0.7, 0.3], label: 1 }], [0.8, 0.2]) // rows[0]: calibrated [7/19, 12/19] = [0.3684, 0.6316], before 0, after 1; accuracy 0 → 1
 */
export function calibratedAccuracy(
  rows: readonly CalibrationRow[],
  contentFreeProbs: readonly number[],
): CalibrationAccuracy {
  if (!Array.isArray(rows)) throw new TypeError(`rows must be an array, got ${describeValue(rows)}`);
  if (rows.length === 0) throw new RangeError('rows must hold at least 1 row, got an array of length 0');
  const cf = checkNumberArray('contentFreeProbs', contentFreeProbs);
  const out = rows.map((row: unknown, i) => {
    const r = checkObject(`rows[${i}]`, row);
    const probs = checkNumberArray(`rows[${i}].probs`, r.probs);
    if (probs.length !== cf.length) {
      throw new RangeError(
        `rows[${i}].probs must have the length of contentFreeProbs (${cf.length}), got ${describeValue(r.probs)}`,
      );
    }
    const label = checkNumber(
      `rows[${i}].label`,
      r.label,
      (x) => Number.isInteger(x) && x >= 0 && x < probs.length,
      `an integer in [0, ${probs.length - 1}]`,
    );
    const calibrated = withRow(i, () => contextualCalibration(probs, cf));
    return { label, result: { calibrated, before: argmax(probs), after: argmax(calibrated) } };
  });
  const correctBefore = out.filter((o) => o.result.before === o.label).length;
  const correctAfter = out.filter((o) => o.result.after === o.label).length;
  return {
    rows: out.map((o) => o.result),
    correctBefore,
    correctAfter,
    accuracyBefore: correctBefore / rows.length,
    accuracyAfter: correctAfter / rows.length,
  };
}
