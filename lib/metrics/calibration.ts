import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';
import { checkLabels, checkSameLength } from './binary-inputs';

/** One bin of a reliability diagram. */
export interface CalibrationBin {
  /** lower edge i/M (excluded, except that bin 0 also holds confidence 0) */
  readonly lower: number;
  /** upper edge (i + 1)/M (included) */
  readonly upper: number;
  /** number of predictions whose confidence falls in the bin */
  readonly count: number;
  /** share of them that are correct; null for an empty bin */
  readonly accuracy: number | null;
  /** their mean confidence; null for an empty bin */
  readonly confidence: number | null;
}

/** The result of {@link expectedCalibrationError}. */
export interface CalibrationResult {
  readonly ece: number;
  readonly bins: CalibrationBin[];
}

/** Options of {@link expectedCalibrationError}. */
export interface CalibrationOptions {
  /** number of equal-width bins M, an integer ≥ 1 (default 10; Guo et al. use 15) */
  readonly bins?: number;
}

/** Checks an array of probabilities in [0, 1]. */
function checkProbabilities(name: string, value: unknown): readonly number[] {
  const values = checkNumberArray(name, value);
  values.forEach((v, i) => {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`${name}[${i}] must be in [0, 1], got ${describeValue(v)}`);
  });
  return values;
}

/** Checks an array of booleans. */
function checkBooleans(name: string, value: unknown): readonly boolean[] {
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array of booleans, got ${describeValue(value)}`);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'boolean')
      throw new TypeError(`${name}[${i}] must be a boolean, got ${describeValue(item)}`);
  });
  return value as readonly boolean[];
}

/**
 * Index of the bin (i/M, (i+1)/M] holding confidence c, the edges being the doubles i/M; c = 0
 * goes to bin 0.
 */
function binIndex(c: number, m: number): number {
  let i = Math.min(m - 1, Math.max(0, Math.ceil(c * m) - 1));
  while (i > 0 && c <= i / m) i -= 1;
  while (i < m - 1 && c > (i + 1) / m) i += 1;
  return i;
}

/**
 * Expected calibration error: how far a model's stated confidence is from its accuracy,
 * averaged over equal-width confidence bins — the numbers behind a reliability diagram.
 *
 * Formula: M bins B_i = (i/M, (i+1)/M], i = 0…M−1, edges the doubles i/M, a confidence of exactly
 * 0 put in B_0; acc(B) = share correct, conf(B) = mean confidence; ECE = Σᵢ (|Bᵢ|/n)·|acc(Bᵢ) −
 * conf(Bᵢ)| (Naeini et al. 2015; Guo et al. 2017, "On calibration of modern neural networks",
 * eq. 3, https://arxiv.org/abs/1706.04599, who use M = 15). Guo's reference code
 * (gpleiss/temperature_scaling, `_ECELoss`) tests `conf > lower and conf <= upper` with float32
 * `linspace` edges, so a confidence of exactly 0 lands in no bin yet still counts in n; here it
 * goes to the first bin. Empty bins contribute nothing and report null accuracy and confidence.
 * ECE depends on M and on the binning scheme (equal-width vs equal-mass), so report both.
 *
 * @param confidences the model's probability for the answer it gave, each in [0, 1].
 * @param correct whether each answer was right, same length, at least one.
 * @param options `{ bins = 10 }`.
 * @throws {TypeError} when `confidences` is not an array of numbers, `correct` not an array of
 *   booleans, or `options` not an object.
 * @throws {RangeError} when the arrays are empty or differ in length, a confidence is outside
 *   [0, 1], or `bins` is not an integer ≥ 1.
 * @example expectedCalibrationError([0.25, 0.25, 0.55, 0.75, 0.75], [false, false, true, true, true], { bins: 2 }).ece
 *   // 0.29000000000000004 (torchmetrics BinaryCalibrationError docstring: tensor(0.2900))
 */
export function expectedCalibrationError(
  confidences: readonly number[],
  correct: readonly boolean[],
  options: CalibrationOptions = {},
): CalibrationResult {
  const conf = checkProbabilities('confidences', confidences);
  const hits = checkBooleans('correct', correct);
  checkSameLength('confidences', conf, 'correct', hits);
  if (conf.length === 0) throw new RangeError('confidences must be non-empty, got an empty array');
  const { bins = 10 } = checkObject('options', options);
  const m = checkNumber('options.bins', bins, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1');

  const counts = new Array<number>(m).fill(0);
  const correctCounts = new Array<number>(m).fill(0);
  const confidenceSums = new Array<number>(m).fill(0);
  conf.forEach((c, j) => {
    const i = binIndex(c, m);
    counts[i]! += 1;
    confidenceSums[i]! += c;
    if (hits[j]) correctCounts[i]! += 1;
  });

  const n = conf.length;
  let ece = 0;
  const result: CalibrationBin[] = counts.map((count, i) => {
    const lower = i / m;
    const upper = (i + 1) / m;
    if (count === 0) return { lower, upper, count, accuracy: null, confidence: null };
    const accuracy = correctCounts[i]! / count;
    const confidence = confidenceSums[i]! / count;
    ece += (count / n) * Math.abs(accuracy - confidence);
    return { lower, upper, count, accuracy, confidence };
  });
  return { ece, bins: result };
}

/**
 * The Brier score of probabilistic predictions of a binary event: the mean squared error of
 * the probabilities.
 *
 * Formula: BS = (1/n)·Σᵢ (pᵢ − yᵢ)², yᵢ ∈ {0, 1} (Brier 1950, "Verification of forecasts
 * expressed in terms of probability"; scikit-learn `brier_score_loss`). 0 is perfect, a constant
 * 0.5 scores 0.25, and it lies in [0, 1]. Unlike ECE it needs no bins and is a proper scoring
 * rule: it rewards calibration and sharpness (discrimination) together.
 *
 * @param probs predicted probability that each label is 1, each in [0, 1].
 * @param labels the outcomes, 0 or 1, same length, at least one.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when the arrays are empty or differ in length, a probability is outside
 *   [0, 1], or a label is not 0 or 1.
 * @example brierScore([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]) // 0.03749999999999999 (scikit-learn docstring: 0.037...)
 */
export function brierScore(probs: readonly number[], labels: readonly number[]): number {
  const p = checkProbabilities('probs', probs);
  const y = checkLabels('labels', labels);
  checkSameLength('probs', p, 'labels', y);
  if (p.length === 0) throw new RangeError('probs must be non-empty, got an empty array');
  let sum = 0;
  p.forEach((pi, i) => {
    sum += (pi - y[i]!) ** 2;
  });
  return sum / p.length;
}
