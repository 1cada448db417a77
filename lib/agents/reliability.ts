import { checkNumber, checkNumberArray } from '@/lib/utils/validate';

/** Most retries per step accepted (far beyond any real retry budget; keeps m·(1 + r) finite). */
export const RELIABILITY_MAX_RETRIES = 1_000_000;
/** Most steps accepted in one task. */
export const RELIABILITY_MAX_STEPS = 10_000;

const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

function checkRetries(retries: unknown): number {
  return checkNumber(
    'retries',
    retries,
    (x) => Number.isInteger(x) && x >= 0 && x <= RELIABILITY_MAX_RETRIES,
    `an integer in [0, ${RELIABILITY_MAX_RETRIES}]`,
  );
}

/** 1 − (1 − p)^(1 + r), as −expm1((1 + r)·log1p(−p)) so that a tiny p keeps its digits (p itself at r = 0). */
function success(p: number, r: number): number {
  if (r === 0 || p === 1) return p;
  return -Math.expm1((1 + r) * Math.log1p(-p)) + 0;
}

/** Σ_{t=0}^{r} (1 − p)^t = success/p (one try, plus one more after each failure), r + 1 at p = 0. */
function tries(p: number, r: number): number {
  if (r === 0) return 1;
  return p === 0 ? r + 1 : success(p, r) / p;
}

/**
 * The chance that one step of an agent's task succeeds when a detected failure may be retried:
 * the step fails only if the first try and all `retries` retries fail.
 *
 * Formula: 1 − (1 − p)^(1 + r). Assumes every failure is detected (a test, a schema check, an
 * error) and that the tries are independent with the same p; correlated failures (the same
 * misreading repeated) make real retries worth less. With r = 0 it is p itself.
 *
 * @param p the chance that one try of the step succeeds, in [0, 1].
 * @param retries extra tries after a detected failure, an integer in [0, 1,000,000]; default 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when p is not in [0, 1] or retries is not an integer in range.
 * @example stepSuccess(0.95, 1) // 0.9975 (= 1 − 0.05²)
 */
export function stepSuccess(p: number, retries = 0): number {
  const pp = checkNumber('p', p, inUnit, 'in [0, 1]');
  return success(pp, checkRetries(retries));
}

/**
 * The expected number of tries (model calls) one step uses when a detected failure is retried up
 * to `retries` times: the first try always runs, try t + 1 only after t failures.
 *
 * Formula: Σ_{t=0}^{r} (1 − p)^t = (1 − (1 − p)^(1 + r))/p, and r + 1 when p = 0.
 *
 * @param p the chance that one try succeeds, in [0, 1].
 * @param retries extra tries after a detected failure, an integer in [0, 1,000,000]; default 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when p is not in [0, 1] or retries is not an integer in range.
 * @example expectedTries(0.95, 1) // 1.05 (the retry runs 5% of the time)
 */
export function expectedTries(p: number, retries = 0): number {
  const pp = checkNumber('p', p, inUnit, 'in [0, 1]');
  return tries(pp, checkRetries(retries));
}

/** One step of a task: its per-try chance, with retries, and where the run stands around it. */
export interface StepReliability {
  /** The chance one try of this step succeeds (as given). */
  readonly p: number;
  /** 1 − (1 − p)^(1 + r): the step succeeds within its tries. */
  readonly success: number;
  /** The chance the run reaches this step: every earlier step succeeded. */
  readonly reach: number;
  /** The chance the run is still on track after this step: reach · success. */
  readonly through: number;
  /** The expected tries at this step if the run reaches it: success/p (r + 1 at p = 0). */
  readonly tries: number;
}

/** The reliability of a multi-step task, see {@link taskReliability}. */
export interface TaskReliability {
  /** Retries per step used. */
  readonly retries: number;
  /** Π (1 − (1 − pᵢ)^(1 + r)): every step succeeds. */
  readonly success: number;
  /** Per step, in order. */
  readonly steps: readonly StepReliability[];
  /** Σ reachᵢ · triesᵢ: the expected model calls of one run, which stops at the first step that fails all its tries. */
  readonly expectedCalls: number;
  /** m · (1 + r): the most calls a run can make. */
  readonly maxCalls: number;
}

function reliabilityOf(probs: readonly number[], r: number): TaskReliability {
  let reach = 1;
  let expectedCalls = 0;
  const steps = probs.map((p) => {
    const s = success(p, r);
    const t = tries(p, r);
    const step = { p, success: s, reach, through: reach * s, tries: t };
    expectedCalls += reach * t;
    reach *= s;
    return step;
  });
  return { retries: r, success: reach, steps, expectedCalls, maxCalls: probs.length * (1 + r) };
}

/**
 * The chance that a task of m steps succeeds end to end, when step i succeeds on one try with
 * probability pᵢ, a detected failure may be retried up to r times, and the run stops at the first
 * step that fails all its tries; with the expected number of model calls such a run makes.
 *
 * Formula: success = Π_i (1 − (1 − pᵢ)^(1 + r)) (independent steps; with r = 0 simply Π pᵢ, the
 * compounding that makes long chains fragile: 0.95^20 ≈ 0.358). Expected calls =
 * Σ_i reachᵢ · triesᵢ with reachᵢ = Π_{j<i} (1 − (1 − pⱼ)^(1 + r)) and
 * triesᵢ = Σ_{t=0}^{r} (1 − pᵢ)^t. Assumes failures are detected and tries independent — the
 * best case for retries. Hand-checkable arithmetic; no single paper defines it (τ-bench's pass^k,
 * see `passHatK`, measures the same "every time" reliability over repeated whole-task trials).
 *
 * @param stepProbs per-step success chances pᵢ, each in [0, 1]; 1 to 10,000 steps.
 * @param retries extra tries per step after a detected failure, an integer in [0, 1,000,000]; default 0.
 * @throws {TypeError} when stepProbs is not an array of numbers or retries is not a number.
 * @throws {RangeError} when stepProbs is empty or too long, an entry is not in [0, 1] (named by
 *   index), or retries is not an integer in range.
 * @example taskReliability([0.5, 0.5], 1) // success 0.5625 (= 0.75²), expectedCalls 2.625 (= 1.5 + 0.75·1.5), maxCalls 4
 */
export function taskReliability(stepProbs: readonly number[], retries = 0): TaskReliability {
  const probs = checkNumberArray('stepProbs', stepProbs);
  if (probs.length === 0 || probs.length > RELIABILITY_MAX_STEPS) {
    throw new RangeError(`stepProbs must hold 1 to ${RELIABILITY_MAX_STEPS} steps, got ${probs.length}`);
  }
  probs.forEach((p, i) => checkNumber(`stepProbs[${i}]`, p, inUnit, 'in [0, 1]'));
  return reliabilityOf(probs, checkRetries(retries));
}

/**
 * {@link taskReliability} for m steps that all have the same per-try success p; the errors name
 * `p` and `steps` rather than an array entry.
 *
 * Formula: success = (1 − (1 − p)^(1 + r))^m, computed as the product of the m equal steps.
 *
 * @param p the chance one try of a step succeeds, in [0, 1].
 * @param steps the number of steps m, an integer in [1, 10,000].
 * @param retries extra tries per step after a detected failure, an integer in [0, 1,000,000]; default 0.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is out of range.
 * @example uniformTaskReliability(0.95, 20).success // 0.35848592240854… (= 0.95^20 ≈ 0.3585)
 * @example uniformTaskReliability(0.95, 20, 1).success // 0.95116987525316… (= 0.9975^20 ≈ 0.9512)
 */
export function uniformTaskReliability(p: number, steps: number, retries = 0): TaskReliability {
  const pp = checkNumber('p', p, inUnit, 'in [0, 1]');
  const m = checkNumber(
    'steps',
    steps,
    (x) => Number.isInteger(x) && x >= 1 && x <= RELIABILITY_MAX_STEPS,
    `an integer in [1, ${RELIABILITY_MAX_STEPS}]`,
  );
  return reliabilityOf(
    Array.from({ length: m }, () => pp),
    checkRetries(retries),
  );
}
