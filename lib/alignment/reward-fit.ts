import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';
import { bradleyTerryLoss } from './bradley-terry-loss';
import { logSigmoid } from './log-sigmoid';

/** One comparison for {@link fitBradleyTerry}: the feature vectors of the preferred and the other response. */
export interface PreferencePair {
  /** features x_c of the chosen (preferred) response, finite */
  readonly chosen: readonly number[];
  /** features x_r of the rejected response, the same length as `chosen`, finite */
  readonly rejected: readonly number[];
}

/** Options of {@link fitBradleyTerry}. */
export interface BradleyTerryFitOptions {
  /** step size η of full-batch gradient descent, finite and > 0 */
  readonly learningRate: number;
  /** number of gradient steps, an integer in [0, MAX_FIT_STEPS] */
  readonly steps: number;
  /** weight λ of the penalty (λ/2)·‖w‖² added to the objective, finite and ≥ 0 (default 0) */
  readonly l2?: number;
}

/** The state of a {@link fitBradleyTerry} run after `step` gradient steps. */
export interface BradleyTerryFitStep {
  /** gradient steps taken so far (0 = the start, w = 0) */
  readonly step: number;
  /** w after `step` steps */
  readonly weights: readonly number[];
  /** mean Bradley–Terry loss over the pairs at these weights (the penalty not included) */
  readonly loss: number;
  /** loss + (λ/2)·‖w‖², the quantity gradient descent minimises (= loss when l2 = 0) */
  readonly objective: number;
  /** ∇ objective at these weights: −mean σ(−w·Δx)·Δx + λw, with Δx = x_c − x_r */
  readonly gradient: readonly number[];
  /** pairwise accuracy: (correct + ½·ties) / pairs */
  readonly accuracy: number;
  /** pairs with w·x_c > w·x_r */
  readonly correct: number;
  /** pairs with w·x_c = w·x_r exactly (every pair at w = 0) */
  readonly ties: number;
}

/** Most gradient steps one call runs (the work is steps × pairs × features). */
export const MAX_FIT_STEPS = 5000;
/** Most comparisons one call accepts. */
export const MAX_FIT_PAIRS = 256;
/** Most features per response. */
export const MAX_FIT_FEATURES = 16;

/**
 * The probability the Bradley–Terry model gives to "the chosen response beats the rejected one".
 *
 * Formula: P(y_c ≻ y_r) = σ(r_c − r_r) = 1/(1 + e^−(r_c − r_r)), computed as exp(log σ) so a large
 * negative difference gives a tiny positive number, not 0 (Bradley & Terry 1952; InstructGPT,
 * Ouyang et al. 2022, https://arxiv.org/abs/2203.02155, eq. 1, whose loss is −log of it). Only the
 * difference matters: adding a constant to both rewards leaves it unchanged.
 *
 * @param rewardChosen r_c, finite.
 * @param rewardRejected r_r, finite.
 * @throws {TypeError} when a reward is not a number.
 * @throws {RangeError} when a reward is not finite.
 * @example preferenceProbability(1, 0) // 0.7310585786300049 (= σ(1))
 * @example preferenceProbability(3, 3) // 0.5
 */
export function preferenceProbability(rewardChosen: number, rewardRejected: number): number {
  const chosen = checkNumber('rewardChosen', rewardChosen, Number.isFinite, 'finite');
  const rejected = checkNumber('rewardRejected', rewardRejected, Number.isFinite, 'finite');
  return Math.exp(logSigmoid(chosen - rejected));
}

/**
 * The score a linear reward model gives a response: r(x) = w·x.
 *
 * The model {@link fitBradleyTerry} fits. A real reward model is a transformer with a scalar
 * output, but its last layer is this same dot product of learned weights with features (there,
 * the final hidden state).
 *
 * @param weights w, finite.
 * @param features x, finite, as many as `weights`.
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when the lengths differ, a value is not finite, or the result overflows.
 * @example linearReward([2, -0.5], [1, 4]) // 0 (2·1 − 0.5·4)
 */
export function linearReward(weights: readonly number[], features: readonly number[]): number {
  const w = checkNumberArray('weights', weights);
  const x = checkNumberArray('features', features);
  if (w.length !== x.length) {
    throw new RangeError(`features must hold ${w.length} values like weights, got ${x.length}`);
  }
  w.forEach((v, j) => {
    if (!Number.isFinite(v)) throw new RangeError(`weights[${j}] must be finite, got ${describeValue(v)}`);
  });
  x.forEach((v, j) => {
    if (!Number.isFinite(v)) throw new RangeError(`features[${j}] must be finite, got ${describeValue(v)}`);
  });
  const r = dot(w, x);
  if (!Number.isFinite(r)) throw new RangeError('weights · features overflows');
  return r;
}

function dot(w: readonly number[], x: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < w.length; j++) sum += (w[j] ?? 0) * (x[j] ?? 0);
  return sum;
}

/** Validates `pairs` and returns them with the feature count. */
function checkPairs(pairs: unknown): { pairs: readonly PreferencePair[]; features: number } {
  if (!Array.isArray(pairs)) {
    throw new TypeError(`pairs must be an array of { chosen, rejected }, got ${describeValue(pairs)}`);
  }
  if (pairs.length < 1 || pairs.length > MAX_FIT_PAIRS) {
    throw new RangeError(`pairs must hold between 1 and ${MAX_FIT_PAIRS} comparisons, got ${pairs.length}`);
  }
  let features = -1;
  pairs.forEach((pair: unknown, i) => {
    const { chosen, rejected } = checkObject(`pairs[${i}]`, pair);
    const c = checkNumberArray(`pairs[${i}].chosen`, chosen);
    const r = checkNumberArray(`pairs[${i}].rejected`, rejected);
    if (features < 0) {
      if (c.length < 1 || c.length > MAX_FIT_FEATURES) {
        throw new RangeError(
          `pairs[${i}].chosen must hold between 1 and ${MAX_FIT_FEATURES} features, got ${c.length}`,
        );
      }
      features = c.length;
    }
    for (const [side, x] of [
      ['chosen', c],
      ['rejected', r],
    ] as const) {
      if (x.length !== features) {
        throw new RangeError(
          `pairs[${i}].${side} must hold ${features} features like pairs[0].chosen, got ${x.length}`,
        );
      }
      x.forEach((v, j) => {
        if (!Number.isFinite(v)) {
          throw new RangeError(`pairs[${i}].${side}[${j}] must be finite, got ${describeValue(v)}`);
        }
      });
    }
  });
  return { pairs: pairs as readonly PreferencePair[], features };
}

/**
 * Fits a linear reward model r(x) = w·x to preference pairs by full-batch gradient descent on the
 * mean Bradley–Terry loss, starting from w = 0, and returns the state before the first step and
 * after every step (so the result is deterministic and has `steps + 1` entries).
 *
 * Objective: J(w) = (1/n) Σ −log σ(w·x_c − w·x_r) + (λ/2)‖w‖², the InstructGPT reward-model loss
 * (Ouyang et al. 2022, https://arxiv.org/abs/2203.02155, eq. 1) with a linear model in place of a
 * transformer; TRL's `RewardTrainer` minimises the same `-logsigmoid(chosen − rejected)`.
 * Gradient: ∇J = −(1/n) Σ σ(−w·Δx)·Δx + λw with Δx = x_c − x_r, because d/dz[−log σ(z)] = −σ(−z).
 * Update: w ← w − η∇J. At w = 0 every pair ties: the loss is ln 2, σ(0) = ½, so the first gradient
 * is −½·mean Δx and the first step moves w to (η/2)·mean Δx (with any λ, since λw = 0 there).
 *
 * Pairwise accuracy counts a tie as half right, so the start (all ties) reads ½. TRL's
 * `compute_accuracy` (trl/trainer/utils.py) has handled ties two ways: older versions take the
 * argmax of [r_c, r_r], which counts a tie as correct, newer ones leave ties out of the mean; both
 * warn when ties occur. `correct` and `ties` are returned so either convention can be recomputed.
 *
 * @param pairs 1 … MAX_FIT_PAIRS comparisons, each `{ chosen, rejected }` with the same number
 *   (1 … MAX_FIT_FEATURES) of finite features.
 * @param options `{ learningRate, steps, l2 = 0 }`.
 * @throws {TypeError} when pairs, a pair, a feature vector, a feature or an option has the wrong type.
 * @throws {RangeError} when there are no pairs or too many, feature vectors differ in length or hold a
 *   non-finite value, learningRate is not finite and > 0, steps is not an integer in
 *   [0, MAX_FIT_STEPS], l2 is not finite and ≥ 0, or the run diverges (a weight or the loss
 *   overflows; lower learningRate or l2).
 * @example fitBradleyTerry([{ chosen: [1], rejected: [0] }], { learningRate: 2, steps: 1 })[1]
 *   // { step: 1, weights: [1], loss: 0.31326168751822286 (= ln(1 + e^−1)), accuracy: 1, … }
 */
export function fitBradleyTerry(
  pairs: readonly PreferencePair[],
  options: BradleyTerryFitOptions,
): BradleyTerryFitStep[] {
  const { pairs: data, features } = checkPairs(pairs);
  const { learningRate, steps, l2 = 0 } = checkObject('options', options);
  const eta = checkNumber(
    'options.learningRate',
    learningRate,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );
  const total = checkNumber(
    'options.steps',
    steps,
    (x) => Number.isInteger(x) && x >= 0 && x <= MAX_FIT_STEPS,
    `an integer in [0, ${MAX_FIT_STEPS}]`,
  );
  const lambda = checkNumber('options.l2', l2, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
  const n = data.length;
  const deltas = data.map((p) => p.chosen.map((c, j) => c - (p.rejected[j] ?? 0)));

  const evaluate = (step: number, w: readonly number[]): BradleyTerryFitStep => {
    let lossSum = 0;
    let correct = 0;
    let ties = 0;
    const gradient = w.map((wj) => lambda * wj);
    data.forEach((pair, i) => {
      const rc = dot(w, pair.chosen);
      const rr = dot(w, pair.rejected);
      if (!Number.isFinite(rc) || !Number.isFinite(rr)) {
        throw new RangeError(
          `the fit diverged at step ${step} (a reward overflowed); lower options.learningRate or options.l2`,
        );
      }
      lossSum += bradleyTerryLoss(rc, rr);
      if (rc > rr) correct++;
      else if (rc === rr) ties++;
      // −σ(−(r_c − r_r)) = −P(rejected ≻ chosen): the weight of this pair's Δx in the gradient.
      const weight = preferenceProbability(rr, rc);
      const delta = deltas[i] ?? [];
      for (let j = 0; j < features; j++) gradient[j] = (gradient[j] ?? 0) - (weight * (delta[j] ?? 0)) / n;
    });
    const loss = lossSum / n;
    const objective = loss + (lambda / 2) * dot(w, w);
    if (!Number.isFinite(objective) || !gradient.every(Number.isFinite)) {
      throw new RangeError(
        `the fit diverged at step ${step} (the objective overflowed); lower options.learningRate or options.l2`,
      );
    }
    return {
      step,
      weights: [...w],
      loss,
      objective,
      gradient,
      accuracy: (correct + ties / 2) / n,
      correct,
      ties,
    };
  };

  const history: BradleyTerryFitStep[] = [];
  let w: number[] = new Array<number>(features).fill(0);
  let state = evaluate(0, w);
  history.push(state);
  for (let step = 1; step <= total; step++) {
    const g = state.gradient;
    w = w.map((wj, j) => wj - eta * (g[j] ?? 0));
    state = evaluate(step, w);
    history.push(state);
  }
  return history;
}
