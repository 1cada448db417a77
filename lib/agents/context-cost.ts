/**
 * What an agent's context costs over a task: every step re-sends the whole prompt, so the input
 * tokens grow with the history the memory policy keeps, and prompt caching bills the part that
 * repeats an earlier prompt at a fraction of the input price. Pure; tested in
 * tests/unit/agents/context-cost.test.ts.
 */
import { checkFlag, checkNumber, checkObject, describeValue } from '@/lib/utils/validate';

/** Most agent steps a task may have (the per-call arrays stay small enough to draw). */
export const CONTEXT_COST_MAX_STEPS = 10_000;
/** Most tokens any one field may hold: 10 million, above every context window. */
export const CONTEXT_COST_MAX_TOKENS = 10_000_000;
/**
 * Price of a cache read as a fraction of the base input price: 0.1 on Anthropic's pricing page
 * (https://platform.claude.com/docs/en/about-claude/pricing, "Cache hits and refreshes", e.g.
 * Claude Opus 4.5: $0.50 against $5 per million input tokens). Some models list other rates, and
 * OpenAI's discount depends on the model (50 % for gpt-4o, 90 % for gpt-5.2: openai-cookbook
 * `examples/Prompt_Caching_201.ipynb` §2.2), so it is an input.
 */
export const DEFAULT_CACHE_READ_FACTOR = 0.1;
/**
 * Price of a cache write as a multiple of the base input price: 1.25 for Anthropic's default
 * 5-minute cache (2 for the 1-hour cache; same pricing page, "5m cache writes" $6.25 and "1h cache
 * writes" $10 against $5). OpenAI's automatic caching charges no extra fee for writes (factor 1).
 */
export const DEFAULT_CACHE_WRITE_FACTOR = 1.25;

/**
 * What the agent keeps of its history:
 * - `'full'`: every earlier step;
 * - `'window'`: only the last `window` steps (older ones are dropped);
 * - `'summary'`: after every `every` steps a summariser call compresses the history (the previous
 *   summary and the steps since) into a summary of `summaryTokens` tokens that replaces it.
 */
export type MemoryPolicy =
  | { readonly kind: 'full' }
  | { readonly kind: 'window'; readonly window: number }
  | { readonly kind: 'summary'; readonly every: number; readonly summaryTokens: number };

/** Prompt caching: off, or on with its read and write price factors (defaults: Anthropic's). */
export interface PromptCaching {
  readonly enabled: boolean;
  /** Cache read price ÷ base input price, in [0, 1] (default 0.1). */
  readonly readFactor?: number;
  /** Cache write price ÷ base input price, in [1, 10] (default 1.25). */
  readonly writeFactor?: number;
}

/** Input of {@link contextCost}. Token counts are integers in [0, 10⁷]. */
export interface ContextCostInput {
  /** s: the system prompt, tool definitions and task, sent first in every call. */
  readonly systemTokens: number;
  /** t: tokens appended to the history by one step (its thought and action plus the observation). */
  readonly stepTokens: number;
  /** Tokens the model generates in one step (its thought and action): part of `stepTokens`. */
  readonly outputTokens: number;
  /** n: agent steps (model calls, summariser calls not counted), an integer in [1, 10,000]. */
  readonly steps: number;
  readonly policy: MemoryPolicy;
  /** Off when omitted. */
  readonly caching?: PromptCaching;
  /** US dollars per million base input tokens, finite and ≥ 0. */
  readonly inputPricePerMillion: number;
  /** US dollars per million output tokens, finite and ≥ 0. */
  readonly outputPricePerMillion: number;
}

/** One model call: an agent step or a summariser call. */
export interface ContextCall {
  readonly kind: 'step' | 'summary';
  /** The agent step (1-based); for a summariser call, the step after which it runs. */
  readonly step: number;
  /** Prompt tokens sent. */
  readonly input: number;
  /** Of those, tokens read from the cache (0 without caching). */
  readonly cached: number;
  /** input − cached: written to the cache when caching is on, plain input when it is off. */
  readonly fresh: number;
  readonly output: number;
  /** US dollars. */
  readonly cost: number;
}

/** Sums over all calls (agent steps and summariser calls). */
export interface ContextCostTotals {
  readonly input: number;
  readonly cached: number;
  readonly fresh: number;
  readonly output: number;
  /** The summariser calls' share of `input` and `output`. */
  readonly summaryInput: number;
  readonly summaryOutput: number;
  /** Model calls: the agent steps plus the summariser calls. */
  readonly calls: number;
}

/** Result of {@link contextCost}; costs in US dollars. */
export interface ContextCostResult {
  /** The n agent steps, in order. */
  readonly steps: readonly ContextCall[];
  /** The summariser calls, in order (empty unless the policy is `'summary'` and n > every). */
  readonly summaries: readonly ContextCall[];
  readonly totals: ContextCostTotals;
  /** input: every call's input; output: every call's output; summary: the summariser calls' part of both. */
  readonly cost: {
    readonly input: number;
    readonly output: number;
    readonly summary: number;
    readonly total: number;
  };
  /** The longest prompt of any call. */
  readonly peakInput: number;
}

function checkTokens(name: string, value: unknown): number {
  return checkNumber(
    name,
    value,
    (x) => Number.isInteger(x) && x >= 0 && x <= CONTEXT_COST_MAX_TOKENS,
    `an integer in [0, ${CONTEXT_COST_MAX_TOKENS}]`,
  );
}

function checkCount(name: string, value: unknown): number {
  return checkNumber(
    name,
    value,
    (x) => Number.isInteger(x) && x >= 1 && x <= CONTEXT_COST_MAX_STEPS,
    `an integer in [1, ${CONTEXT_COST_MAX_STEPS}]`,
  );
}

function checkPrice(name: string, value: unknown): number {
  return checkNumber(name, value, (x) => Number.isFinite(x) && x >= 0, 'finite and >= 0');
}

type Policy =
  | { kind: 'full' }
  | { kind: 'window'; window: number }
  | { kind: 'summary'; every: number; summaryTokens: number };

function readPolicy(value: unknown): Policy {
  const fields = checkObject('policy', value);
  const kind = fields.kind;
  if (kind === 'full') return { kind };
  if (kind === 'window') return { kind, window: checkCount('policy.window', fields.window) };
  if (kind === 'summary') {
    return {
      kind,
      every: checkCount('policy.every', fields.every),
      summaryTokens: checkTokens('policy.summaryTokens', fields.summaryTokens),
    };
  }
  const message = `policy.kind must be one of 'full', 'window', 'summary', got ${describeValue(kind)}`;
  throw typeof kind === 'string' ? new RangeError(message) : new TypeError(message);
}

function readCaching(value: unknown): { enabled: boolean; read: number; write: number } {
  if (value === undefined) {
    return { enabled: false, read: DEFAULT_CACHE_READ_FACTOR, write: DEFAULT_CACHE_WRITE_FACTOR };
  }
  const fields = checkObject('caching', value);
  const enabled = checkFlag('caching.enabled', fields.enabled);
  const read =
    fields.readFactor === undefined
      ? DEFAULT_CACHE_READ_FACTOR
      : checkNumber('caching.readFactor', fields.readFactor, (x) => x >= 0 && x <= 1, 'in [0, 1]');
  const write =
    fields.writeFactor === undefined
      ? DEFAULT_CACHE_WRITE_FACTOR
      : checkNumber('caching.writeFactor', fields.writeFactor, (x) => x >= 1 && x <= 10, 'in [1, 10]');
  return { enabled, read, write };
}

/**
 * Input tokens of a task under full history without caching: Σ_{i=1..n} (s + (i − 1)·t) =
 * n·s + t·n(n − 1)/2, since step i re-sends the system prompt and the i − 1 earlier steps.
 *
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when s or t is not an integer in [0, 10⁷], or n not an integer in [1, 10,000].
 * @example fullHistoryInputTokens(1000, 500, 10) // 32500 (= 10·1000 + 500·45)
 */
export function fullHistoryInputTokens(systemTokens: number, stepTokens: number, steps: number): number {
  const s = checkTokens('systemTokens', systemTokens);
  const t = checkTokens('stepTokens', stepTokens);
  const n = checkCount('steps', steps);
  return n * s + (t * n * (n - 1)) / 2;
}

/** A call's prompt as [tokens read from the cache, prompt length]; caching decides the split later. */
interface Prompt {
  kind: 'step' | 'summary';
  step: number;
  input: number;
  /** The longest earlier prompt that is a prefix of this one (what a cache would hold). */
  reusable: number;
  output: number;
}

/** The prompts of one task under a policy, agent steps and summariser calls in call order. */
function prompts(s: number, t: number, o: number, n: number, policy: Policy): Prompt[] {
  const out: Prompt[] = [];
  for (let i = 1; i <= n; i++) {
    if (policy.kind === 'full') {
      // [S, R1 … R(i−1)]: the previous call's prompt [S, R1 … R(i−2)] is its prefix
      out.push({
        kind: 'step',
        step: i,
        input: s + (i - 1) * t,
        reusable: i === 1 ? 0 : s + (i - 2) * t,
        output: o,
      });
    } else if (policy.kind === 'window') {
      const w = policy.window;
      // [S, R(i−m) … R(i−1)], m = min(i − 1, w). Until the window is full the previous prompt is a
      // prefix; once the oldest step drops out only call 1's prompt [S] still is.
      const kept = Math.min(i - 1, w);
      const reusable = i === 1 ? 0 : i <= w + 1 ? s + (i - 2) * t : s;
      out.push({ kind: 'step', step: i, input: s + kept * t, reusable, output: o });
    } else {
      const { every: e, summaryTokens: sigma } = policy;
      // k summaries so far (after steps e, 2e, …, ke), r steps since the last one:
      // [S, Sum_k (if k ≥ 1), R(ke+1) … R(i−1)]
      const k = Math.floor((i - 1) / e);
      const r = i - 1 - k * e;
      const input = s + (k > 0 ? sigma : 0) + r * t;
      // r ≥ 1: the previous step's prompt is a prefix; r = 0 after a summary: only [S] is
      const reusable = i === 1 ? 0 : r >= 1 ? input - t : s;
      out.push({ kind: 'step', step: i, input, reusable, output: o });
      if (i % e === 0 && i < n) {
        // The summariser reads this step's prompt plus the step's own record and writes Sum_(k+1).
        out.push({ kind: 'summary', step: i, input: input + t, reusable: input, output: sigma });
      }
    }
  }
  return out;
}

/**
 * Input tokens, output tokens and cost of one agent task, call by call, under a memory policy,
 * with or without prompt caching.
 *
 * Conventions (steps are 1-based):
 * - Step i sends s plus the history the policy keeps, then generates `outputTokens`; after it the
 *   step's record of t tokens (its thought and action, plus the tool's observation) joins the
 *   history. So under full history step i sends s + (i − 1)·t: s at step 1, s + t at step 2, and
 *   the task sends Σ_{i=1..n}(s + (i − 1)·t) = n·s + t·n(n − 1)/2 (1000, 500, 10 → 32,500).
 * - Sliding window: step i sends s + min(i − 1, w)·t.
 * - Summary: after steps e, 2e, … (not after the last step, which nothing follows) a summariser
 *   call reads the agent's current context (the step's prompt plus the step's record) and writes
 *   σ = `summaryTokens` tokens, billed as output; that summary replaces the previous summary and the
 *   steps since it, so step i sends s + [i > e]·σ + ((i − 1) mod e)·t. The instruction asking for
 *   the summary is not counted.
 * - Caching (the automatic caching of Anthropic's prompt-caching docs, which moves the cache
 *   breakpoint to the end of each request, https://platform.claude.com/docs/en/build-with-claude/prompt-caching;
 *   OpenAI caches the longest repeated prefix automatically, prompts of 1,024 tokens or more, in
 *   128-token steps: openai-cookbook `examples/Prompt_Caching_201.ipynb` §1.1): every call's prompt
 *   is cached, and a call reads from the cache the longest earlier prompt that is a prefix of its own;
 *   the rest is written to the cache at `writeFactor` × the input price, the read part costs
 *   `readFactor` ×. Full history reads the previous prompt and writes t each step. A sliding window
 *   changes the prompt right after the system prompt once it slides, so from step w + 2 on only s
 *   is read and the w kept steps are written again every step; likewise the first step after a
 *   summary reads s and writes σ. Assumed: every call comes within the cache lifetime of every earlier
 *   one (5 minutes by default at Anthropic, refreshed on each hit), prompts are above the providers'
 *   minimum cacheable length, and cache hits are counted exactly (no 128-token rounding).
 * - Cost in US dollars: (fresh·f_w + cached·f_r)·p_in/10⁶ + output·p_out/10⁶ with caching,
 *   input·p_in/10⁶ + output·p_out/10⁶ without.
 *
 * @throws {TypeError} when the input, the policy or the caching settings are not objects, or a field
 *   has the wrong type.
 * @throws {RangeError} naming the field: token counts not integers in [0, 10⁷]; `steps`,
 *   `policy.window` or `policy.every` not integers in [1, 10,000]; `outputTokens` > `stepTokens`;
 *   an unknown `policy.kind`; `caching.readFactor` outside [0, 1] or `caching.writeFactor` outside
 *   [1, 10]; a price that is negative or not finite.
 * @example contextCost({ systemTokens: 1000, stepTokens: 500, outputTokens: 100, steps: 10,
 *   policy: { kind: 'full' }, inputPricePerMillion: 3, outputPricePerMillion: 15 }).totals.input
 *   // 32500; with caching: { enabled: true } → cached 27,000, fresh 5,500, input cost $0.028725
 */
export function contextCost(input: ContextCostInput): ContextCostResult {
  const fields = checkObject('input', input);
  const s = checkTokens('systemTokens', fields.systemTokens);
  const t = checkTokens('stepTokens', fields.stepTokens);
  const o = checkTokens('outputTokens', fields.outputTokens);
  if (o > t) {
    throw new RangeError(
      `outputTokens must be <= stepTokens (a step's record includes the model's own output), got outputTokens = ${o}, stepTokens = ${t}`,
    );
  }
  const n = checkCount('steps', fields.steps);
  const policy = readPolicy(fields.policy);
  const caching = readCaching(fields.caching);
  const priceIn = checkPrice('inputPricePerMillion', fields.inputPricePerMillion);
  const priceOut = checkPrice('outputPricePerMillion', fields.outputPricePerMillion);

  const inputCost = (fresh: number, cached: number) =>
    ((caching.enabled ? fresh * caching.write + cached * caching.read : fresh) * priceIn) / 1e6;
  const outputCost = (tokens: number) => (tokens * priceOut) / 1e6;

  const steps: ContextCall[] = [];
  const summaries: ContextCall[] = [];
  const sum = { input: 0, cached: 0, fresh: 0, output: 0, summaryInput: 0, summaryOutput: 0 };
  const summarySplit = { fresh: 0, cached: 0 };
  let peakInput = 0;
  for (const p of prompts(s, t, o, n, policy)) {
    const cached = caching.enabled ? p.reusable : 0;
    const fresh = p.input - cached;
    const call: ContextCall = {
      kind: p.kind,
      step: p.step,
      input: p.input,
      cached,
      fresh,
      output: p.output,
      cost: inputCost(fresh, cached) + outputCost(p.output),
    };
    (p.kind === 'step' ? steps : summaries).push(call);
    sum.input += p.input;
    sum.cached += cached;
    sum.fresh += fresh;
    sum.output += p.output;
    if (p.kind === 'summary') {
      sum.summaryInput += p.input;
      sum.summaryOutput += p.output;
      summarySplit.fresh += fresh;
      summarySplit.cached += cached;
    }
    peakInput = Math.max(peakInput, p.input);
  }

  const costIn = inputCost(sum.fresh, sum.cached);
  const costOut = outputCost(sum.output);
  return {
    steps,
    summaries,
    totals: { ...sum, calls: steps.length + summaries.length },
    cost: {
      input: costIn,
      output: costOut,
      summary: inputCost(summarySplit.fresh, summarySplit.cached) + outputCost(sum.summaryOutput),
      total: costIn + costOut,
    },
    peakInput,
  };
}
