/**
 * Latency, token use and success probability of the five workflow patterns of Anthropic's
 * "Building effective agents" (Schluntz & Zhang, 19 Dec 2024, section "Building blocks,
 * workflows, and agents"; the official code is anthropics/anthropic-cookbook `patterns/agents/`),
 * treated as small graphs of LLM calls.
 *
 * Assumptions shared by every function (state them wherever the numbers are shown):
 * - A call is described by a fixed wall-clock latency (seconds), the tokens it consumes (input
 *   plus output) and the probability that its output is right. Calls succeed or fail
 *   independently of one another — the optimistic case: real failures are correlated (the same
 *   model misreads the same input the same way), which makes retries and votes help less.
 * - Code between calls (gates, the vote count, merging sections) takes no time and no tokens and
 *   makes no mistakes.
 * - Calls in sequence add their latencies and tokens and the result is right only if every call
 *   is right (success = product). Calls in parallel cost the sum of their tokens, take as long as
 *   the slowest (latency = max), and, unless they vote, all must be right.
 */
import { selfConsistencyAccuracy } from '@/lib/prompting/self-consistency';
import { checkChoice, checkNumber, checkObject, describeValue } from '@/lib/utils/validate';

/**
 * The bounds every function here enforces: a call takes at most an hour and consumes at most
 * 10 million tokens (no real call comes near either); counts stay small enough to draw.
 * `maxWorkers` is also the largest vote {@link selfConsistencyAccuracy} computes exactly.
 *
 * @throws never (a frozen constant).
 * @example WORKFLOW_LIMITS.maxSteps // 100
 */
export const WORKFLOW_LIMITS = Object.freeze({
  maxLatency: 3600,
  maxTokens: 10_000_000,
  maxSteps: 100,
  maxWorkers: 99,
  maxRounds: 100,
});

/** One LLM call. */
export interface LlmCall {
  /** Wall-clock seconds from request to complete answer, in [0, 3600]. */
  readonly latency: number;
  /** Tokens consumed, input plus output, in [0, 10^7]. */
  readonly tokens: number;
  /** Probability that the call's output is right, in [0, 1]. */
  readonly success: number;
}

/** End-to-end figures of a workflow (or of one call). */
export interface WorkflowEstimate {
  /** Expected wall-clock seconds from input to final output. */
  readonly latency: number;
  /** Expected tokens consumed by all calls together. */
  readonly tokens: number;
  /** Probability that the final output is right. */
  readonly success: number;
  /** Expected number of LLM calls. */
  readonly calls: number;
}

/** The two kinds of parallelization the article names. */
export const PARALLEL_MODES = ['sectioning', 'voting'] as const;
export type ParallelMode = (typeof PARALLEL_MODES)[number];

/** The evaluator–optimizer loop, with the chance of reaching each round. */
export interface EvaluatorOptimizerEstimate extends WorkflowEstimate {
  /** Expected number of rounds (one round = one draft and one evaluation). */
  readonly expectedRounds: number;
  /** reach[r − 1] = probability that round r runs, r = 1 … maxRounds (reach[0] = 1). */
  readonly reach: readonly number[];
  /** Probability that every draft is rejected and the last one is returned anyway. */
  readonly exhausted: number;
  /** Latency and tokens when all maxRounds rounds run. */
  readonly worstLatency: number;
  readonly worstTokens: number;
}

const probability = (name: string, value: unknown) =>
  checkNumber(name, value, (x) => x >= 0 && x <= 1, 'in [0, 1]');

const count = (name: string, value: unknown, max: number) =>
  checkNumber(name, value, (x) => Number.isInteger(x) && x >= 1 && x <= max, `an integer in [1, ${max}]`);

/** Checks a call and returns a plain copy; messages name `${name}.latency` and so on. */
function checkCall(name: string, call: unknown): LlmCall {
  const c = checkObject(name, call);
  const { maxLatency, maxTokens } = WORKFLOW_LIMITS;
  return {
    latency: checkNumber(
      `${name}.latency`,
      c.latency,
      (x) => x >= 0 && x <= maxLatency,
      `in [0, ${maxLatency}] seconds`,
    ),
    tokens: checkNumber(`${name}.tokens`, c.tokens, (x) => x >= 0 && x <= maxTokens, `in [0, ${maxTokens}]`),
    success: probability(`${name}.success`, c.success),
  };
}

function checkCalls(name: string, calls: unknown): LlmCall[] {
  if (!Array.isArray(calls)) {
    throw new TypeError(`${name} must be an array of calls, got ${describeValue(calls)}`);
  }
  if (calls.length === 0) throw new RangeError(`${name} must hold at least one call, got an empty array`);
  return calls.map((call: unknown, i) => checkCall(`${name}[${i}]`, call));
}

const product = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * One LLM call on its own: the baseline every workflow is compared with.
 *
 * @param call `{ latency, tokens, success }`, each in its range (see {@link LlmCall}).
 * @throws {TypeError} when call is not an object or a field is not a number.
 * @throws {RangeError} naming the field (`call.success must be in [0, 1], got 1.5`).
 * @example singleCall({ latency: 2, tokens: 1000, success: 0.7 }) // { latency: 2, tokens: 1000, success: 0.7, calls: 1 }
 */
export function singleCall(call: LlmCall): WorkflowEstimate {
  const c = checkCall('call', call);
  return { latency: c.latency, tokens: c.tokens, success: c.success, calls: 1 };
}

/**
 * Calls run one after another, each needing the previous one's output: latency Σ tᵢ, tokens
 * Σ nᵢ, success Π pᵢ (independent calls; every call must be right).
 *
 * @param calls one or more calls.
 * @throws {TypeError} when calls is not an array of call objects with numeric fields.
 * @throws {RangeError} when calls is empty or a field is out of range (`calls[1].latency must be …`).
 * @example callsInSequence([{ latency: 1, tokens: 100, success: 0.9 }, { latency: 2, tokens: 300, success: 0.8 }]) // { latency: 3, tokens: 400, success: 0.72, calls: 2 }
 */
export function callsInSequence(calls: readonly LlmCall[]): WorkflowEstimate {
  const cs = checkCalls('calls', calls);
  return {
    latency: sum(cs.map((c) => c.latency)),
    tokens: sum(cs.map((c) => c.tokens)),
    success: product(cs.map((c) => c.success)),
    calls: cs.length,
  };
}

/**
 * Calls started together whose outputs are all needed: latency max tᵢ (the slowest finishes
 * last), tokens Σ nᵢ, success Π pᵢ (independent calls; every call must be right).
 *
 * @param calls one or more calls.
 * @throws {TypeError} when calls is not an array of call objects with numeric fields.
 * @throws {RangeError} when calls is empty or a field is out of range.
 * @example callsInParallel([{ latency: 1, tokens: 100, success: 0.9 }, { latency: 3, tokens: 300, success: 0.8 }]) // { latency: 3, tokens: 400, success: 0.72, calls: 2 }
 */
export function callsInParallel(calls: readonly LlmCall[]): WorkflowEstimate {
  const cs = checkCalls('calls', calls);
  return {
    latency: Math.max(...cs.map((c) => c.latency)),
    tokens: sum(cs.map((c) => c.tokens)),
    success: product(cs.map((c) => c.success)),
    calls: cs.length,
  };
}

/**
 * Prompt chaining: `steps` identical calls, each processing the previous one's output, with no
 * retry (a programmatic gate that stops a bad run does not make it succeed). Latency steps·t,
 * tokens steps·n, success p^steps. The article's point is that each step is an easier task than
 * the whole, so p here should be higher than one call's success on the whole task.
 *
 * @param options.call the call every step makes.
 * @param options.steps an integer in [1, 100].
 * @throws {TypeError} when an option is missing or not a number.
 * @throws {RangeError} naming the option out of range (`steps must be an integer in [1, 100], got 0`).
 * @example chainWorkflow({ call: { latency: 2, tokens: 1000, success: 0.9 }, steps: 3 }) // { latency: 6, tokens: 3000, success: 0.729 (0.9³), calls: 3 }
 */
export function chainWorkflow(options: { call: LlmCall; steps: number }): WorkflowEstimate {
  const o = checkObject('options', options);
  const call = checkCall('call', o.call);
  const steps = count('steps', o.steps, WORKFLOW_LIMITS.maxSteps);
  return callsInSequence(Array.from({ length: steps }, () => call));
}

/**
 * Routing: a router call classifies the input, then one specialised handler call answers it.
 * The router takes a call's latency and tokens and picks the right handler with probability
 * `routerAccuracy`; the handler then succeeds with the call's success p. Fallback assumption: a
 * misrouted input succeeds with probability `misroutedSuccess`, 0 by default (the wrong
 * specialist fails it — pessimistic when the handlers overlap, e.g. a larger model that also
 * answers easy questions). Latency 2t, tokens 2n, success r·p + (1 − r)·m.
 *
 * @param options.call the router's and the handler's latency and tokens; its success is the handler's.
 * @param options.routerAccuracy the probability that the router picks the right route, in [0, 1].
 * @param options.misroutedSuccess the handler's success on a misrouted input, in [0, 1]; default 0.
 * @throws {TypeError} when an option is missing or not a number.
 * @throws {RangeError} naming the option out of range (`routerAccuracy must be in [0, 1], got 2`).
 * @example routingWorkflow({ call: { latency: 2, tokens: 1000, success: 0.9 }, routerAccuracy: 0.95 }) // { latency: 4, tokens: 2000, success: 0.855, calls: 2 }
 */
export function routingWorkflow(options: {
  call: LlmCall;
  routerAccuracy: number;
  misroutedSuccess?: number;
}): WorkflowEstimate {
  const o = checkObject('options', options);
  const call = checkCall('call', o.call);
  const r = probability('routerAccuracy', o.routerAccuracy);
  const m = o.misroutedSuccess === undefined ? 0 : probability('misroutedSuccess', o.misroutedSuccess);
  const { latency, tokens, calls } = callsInSequence([call, call]);
  return { latency, tokens, calls, success: r * call.success + (1 - r) * m };
}

/**
 * Parallelization: `workers` identical calls started together, their outputs combined by code.
 * - `'sectioning'`: each call does one independent part and every part must be right — latency t
 *   (the max of equal latencies), tokens workers·n, success p^workers.
 * - `'voting'`: every call does the whole task and a majority vote picks the answer. The verdict
 *   is binary (flag / don't flag, as in the article's code-review and content examples): a call is
 *   right with probability p, else it gives the one wrong verdict; a tie (even `workers`) is broken
 *   by a fair coin. Success P(majority right) from {@link selfConsistencyAccuracy}([p, 1 − p],
 *   workers), the binomial tail Σ_{j > k/2} C(k, j) p^j (1 − p)^(k−j) plus half the tie.
 *
 * @param options.call the call every worker makes.
 * @param options.workers an integer in [1, 99].
 * @param options.mode `'sectioning'` or `'voting'`.
 * @throws {TypeError} when an option is missing or of the wrong type.
 * @throws {RangeError} naming the option out of range (`workers must be an integer in [1, 99], got 120`).
 * @example parallelWorkflow({ call: { latency: 2, tokens: 1000, success: 0.9 }, workers: 3, mode: 'voting' }) // { latency: 2, tokens: 3000, success: 0.972 (0.9³ + 3·0.9²·0.1), calls: 3 }
 * @example parallelWorkflow({ call: { latency: 2, tokens: 1000, success: 0.9 }, workers: 3, mode: 'sectioning' }).success // 0.729
 */
export function parallelWorkflow(options: {
  call: LlmCall;
  workers: number;
  mode: ParallelMode;
}): WorkflowEstimate {
  const o = checkObject('options', options);
  const call = checkCall('call', o.call);
  const workers = count('workers', o.workers, WORKFLOW_LIMITS.maxWorkers);
  const mode = checkChoice('mode', o.mode, PARALLEL_MODES);
  const all = callsInParallel(Array.from({ length: workers }, () => call));
  if (mode === 'sectioning') return all;
  const p = call.success;
  return { ...all, success: selfConsistencyAccuracy([p, 1 - p], workers) };
}

/**
 * Orchestrator–workers: an orchestrator call splits the task, `workers` worker calls run in
 * parallel, and a final call synthesises their results (the article: the central LLM "breaks
 * down tasks, delegates them to worker LLMs, and synthesizes their results"; the cookbook's
 * `FlexibleOrchestrator` runs its workers one after another and returns them unsynthesised).
 * `workers` is the number of subtasks the orchestrator chose for this input. Every call must be
 * right: latency 3t, tokens (workers + 2)·n, success p^(workers + 2).
 *
 * @param options.call the call the orchestrator, each worker and the synthesiser make.
 * @param options.workers an integer in [1, 99].
 * @throws {TypeError} when an option is missing or not a number.
 * @throws {RangeError} naming the option out of range.
 * @example orchestratorWorkersWorkflow({ call: { latency: 2, tokens: 1000, success: 0.9 }, workers: 3 }) // { latency: 6, tokens: 5000, success: 0.59049 (0.9⁵), calls: 5 }
 */
export function orchestratorWorkersWorkflow(options: { call: LlmCall; workers: number }): WorkflowEstimate {
  const o = checkObject('options', options);
  const call = checkCall('call', o.call);
  const workers = count('workers', o.workers, WORKFLOW_LIMITS.maxWorkers);
  const middle = callsInParallel(Array.from({ length: workers }, () => call));
  const ends = callsInSequence([call, call]);
  return {
    latency: ends.latency + middle.latency,
    tokens: ends.tokens + middle.tokens,
    success: ends.success * middle.success,
    calls: ends.calls + middle.calls,
  };
}

/**
 * Evaluator–optimizer: each round a generator call drafts an answer (right with probability p,
 * independently of earlier drafts — feedback is not modelled as raising p) and an evaluator call
 * judges it: it accepts a right draft with probability a (`trueAcceptRate`) and a wrong one with
 * probability b (`falseAcceptRate`). An accepted draft is returned; after `maxRounds` rejections
 * the last draft is returned anyway (the cookbook's `loop` has no cap: it runs until "PASS").
 *
 * With A = p·a + (1 − p)·b the chance a round ends the loop and s = 1 − A, round r runs with
 * probability s^(r−1); expected rounds E = Σ_{r=1}^{R} s^(r−1); latency 2t·E, tokens 2n·E, calls
 * 2E; success = p·a·E + s^(R−1)·p·(1 − a) (accepted and right in some round, or rejected but
 * right in the last). With R = 1 the evaluator cannot change the answer: success = p.
 *
 * @param options.call the generator's and the evaluator's latency and tokens; its success is the generator's.
 * @param options.maxRounds an integer in [1, 100].
 * @param options.trueAcceptRate P(accept | draft right), in [0, 1].
 * @param options.falseAcceptRate P(accept | draft wrong), in [0, 1].
 * @throws {TypeError} when an option is missing or not a number.
 * @throws {RangeError} naming the option out of range (`trueAcceptRate must be in [0, 1], got 1.5`).
 * @example evaluatorOptimizerWorkflow({ call: { latency: 2, tokens: 1000, success: 0.5 }, maxRounds: 3, trueAcceptRate: 1, falseAcceptRate: 0 }) // success 0.875 (1 − 0.5³), expectedRounds 1.75, latency 7, tokens 3500
 */
export function evaluatorOptimizerWorkflow(options: {
  call: LlmCall;
  maxRounds: number;
  trueAcceptRate: number;
  falseAcceptRate: number;
}): EvaluatorOptimizerEstimate {
  const o = checkObject('options', options);
  const call = checkCall('call', o.call);
  const rounds = count('maxRounds', o.maxRounds, WORKFLOW_LIMITS.maxRounds);
  const a = probability('trueAcceptRate', o.trueAcceptRate);
  const b = probability('falseAcceptRate', o.falseAcceptRate);
  const p = call.success;
  const stop = p * a + (1 - p) * b;
  const reject = 1 - stop;
  const reach: number[] = [];
  for (let r = 0, at = 1; r < rounds; r++, at *= reject) reach.push(at);
  const expectedRounds = sum(reach);
  const last = reach[rounds - 1] ?? 0;
  const round = callsInSequence([call, call]);
  return {
    latency: round.latency * expectedRounds,
    tokens: round.tokens * expectedRounds,
    success: Math.min(1, p * a * expectedRounds + last * p * (1 - a)),
    calls: round.calls * expectedRounds,
    expectedRounds,
    reach,
    exhausted: last * reject,
    worstLatency: round.latency * rounds,
    worstTokens: round.tokens * rounds,
  };
}
