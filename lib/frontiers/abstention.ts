import { checkInteger, checkNumber, checkNumberArray, checkObject } from '@/lib/utils/validate';

/**
 * Scoring with an explicit confidence target (Kalai, Nachum, Vempala & Zhang 2025, "Why language
 * models hallucinate", arXiv 2509.04664, §4.2 "Explicit confidence targets"): a correct answer
 * scores 1, "I don't know" scores 0 and a wrong answer costs t/(1 − t), so answering beats
 * abstaining exactly when the probability of being right exceeds t. t = 0 is binary (accuracy-only)
 * grading, under which abstaining is never optimal (§4.1, Observation 1).
 */

/** Checks a confidence target: a number in [0, 1) (t = 1 would make a mistake infinitely costly). */
function checkThreshold(threshold: unknown): number {
  return checkNumber('threshold', threshold, (x) => x >= 0 && x < 1, 'in [0, 1)');
}

/** Checks a probability of being right: a number in [0, 1]. */
function checkConfidence(name: string, value: unknown): number {
  return checkNumber(name, value, (x) => x >= 0 && x <= 1, 'in [0, 1]');
}

/**
 * The points a wrong answer costs under confidence target t: t/(1 − t) (Kalai et al. 2025, §4.2).
 *
 * @throws {TypeError} when `threshold` is not a number.
 * @throws {RangeError} when `threshold` is not in [0, 1).
 * @example confidencePenalty(0.5) // 1
 * @example confidencePenalty(0.9) // 9 (up to rounding: 0.9/0.1)
 * @example confidencePenalty(0) // 0 (binary grading)
 */
export function confidencePenalty(threshold: number): number {
  const t = checkThreshold(threshold);
  return t / (1 - t);
}

/**
 * The expected score of answering one question that the model gets right with probability
 * `confidence`, under target t: c · 1 − (1 − c) · t/(1 − t). It is positive exactly when c > t,
 * zero at c = t; abstaining always scores 0. With t = 0 it is c, the expected accuracy.
 *
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `confidence` is not in [0, 1] or `threshold` not in [0, 1).
 * @example expectedAnswerScore(0.3, 0.5) // −0.4 (0.3 − 0.7 · 1)
 * @example expectedAnswerScore(0.3, 0) // 0.3
 */
export function expectedAnswerScore(confidence: number, threshold: number): number {
  const c = checkConfidence('confidence', confidence);
  const penalty = confidencePenalty(threshold);
  return c - (1 - c) * penalty;
}

/** Questions grouped by the model's confidence: `counts[i]` questions answered right with probability `confidences[i]`. */
export interface ConfidenceHistogram {
  readonly confidences: readonly number[];
  readonly counts: readonly number[];
}

/** What one answering policy does to the questions, each share a fraction of all questions. */
export interface PolicyOutcome {
  /** share of questions answered (the rest get "I don't know") */
  readonly answered: number;
  /** expected share answered correctly */
  readonly correct: number;
  /** expected share answered wrongly: the hallucinations */
  readonly wrong: number;
  /** share of questions abstained on */
  readonly abstained: number;
  /** mean score per question under accuracy-only grading (right 1, wrong 0, IDK 0) = `correct` */
  readonly accuracyScore: number;
  /** mean score per question under the target: `correct` − penalty · `wrong` (IDK 0) */
  readonly penalizedScore: number;
}

/** Both policies under both grading rules, for one target t. */
export interface AbstentionComparison {
  readonly threshold: number;
  /** t/(1 − t) */
  readonly penalty: number;
  /** total number of questions */
  readonly questions: number;
  /** answer every question (the best-guess policy binary grading rewards) */
  readonly guessAll: PolicyOutcome;
  /** answer iff confidence > t, abstain otherwise (the policy the target rewards) */
  readonly answerAboveThreshold: PolicyOutcome;
}

/**
 * Expected scores of two policies over a calibrated model's confidence histogram (confidence =
 * probability of being right): "always answer" and "answer iff confidence > t", each graded by
 * accuracy only and by the penalty t/(1 − t) of Kalai et al. 2025, §4.2. Under accuracy-only
 * grading always answering scores at least as much (§4.1, Observation 1); under the penalty,
 * answering only above t scores at least as much, since each question then adds max(0, c − (1 − c)·t/(1 − t)).
 *
 * @throws {TypeError} when `histogram` is not an object or its fields are not arrays of numbers.
 * @throws {RangeError} when the arrays are empty or differ in length, a confidence is not in
 *   [0, 1], a count is not an integer ≥ 0, all counts are 0, the total is not a safe integer, or
 *   `threshold` is not in [0, 1).
 * @example compareAbstention({ confidences: [0.3, 0.6, 0.9], counts: [1, 1, 1] }, 0.5)
 *   // guessAll: accuracyScore 0.6, penalizedScore 0.2; answerAboveThreshold: 0.5 and 1/3
 */
export function compareAbstention(histogram: ConfidenceHistogram, threshold: number): AbstentionComparison {
  const fields = checkObject('histogram', histogram);
  const confidences = checkNumberArray('confidences', fields.confidences);
  const counts = checkNumberArray('counts', fields.counts);
  if (confidences.length === 0) throw new RangeError('confidences must not be empty');
  if (counts.length !== confidences.length) {
    throw new RangeError(
      `counts must have as many entries as confidences (${confidences.length}), got ${counts.length}`,
    );
  }
  confidences.forEach((c, i) => checkConfidence(`confidences[${i}]`, c));
  counts.forEach((n, i) => checkInteger(`counts[${i}]`, n, 0));
  const t = checkThreshold(threshold);
  const penalty = t / (1 - t);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) throw new RangeError('counts must not all be 0');
  if (!Number.isSafeInteger(total)) throw new RangeError(`counts must sum to a safe integer, got ${total}`);

  const outcome = (answers: (c: number) => boolean): PolicyOutcome => {
    let answered = 0;
    let correct = 0;
    let wrong = 0;
    confidences.forEach((c, i) => {
      const n = counts[i] ?? 0;
      if (!answers(c)) return;
      answered += n;
      correct += n * c;
      wrong += n * (1 - c);
    });
    return {
      answered: answered / total,
      correct: correct / total,
      wrong: wrong / total,
      abstained: (total - answered) / total,
      accuracyScore: correct / total,
      penalizedScore: (correct - penalty * wrong) / total,
    };
  };

  return {
    threshold: t,
    penalty,
    questions: total,
    guessAll: outcome(() => true),
    answerAboveThreshold: outcome((c) => c > t),
  };
}
