import { describeValue } from '@/lib/utils/validate';
import { parseReActStep, type ReActStep } from './react-step';
import type { AgentTool } from './tools';

/** Largest accepted `maxSteps` (LangChain's AgentExecutor defaults to 15). */
export const AGENT_MAX_STEPS = 100;

/**
 * Where a ReAct model's generation is cut: LangChain's `create_react_agent` binds the stop
 * sequence `"\nObservation"` (langchain/agents/react/agent.py), so a model cannot write its own
 * observation — the executor writes it after running the tool.
 */
export const REACT_STOP_SEQUENCE = '\nObservation';

/** Why a run ended. */
export type AgentStopReason = 'final-answer' | 'step-limit' | 'policy-exhausted';

/**
 * What produced a turn's observation: the tool's result, the tool's error message, the executor's
 * "not a valid tool" reply, or its reply to a step it could not parse.
 */
export type ObservationKind = 'tool-result' | 'tool-error' | 'unknown-tool' | 'format-error';

/** One turn of the loop: one model output and what the executor did with it. */
export interface AgentTurn {
  /** 1-based. */
  readonly turn: number;
  /** The policy's text for this turn, as given. */
  readonly text: string;
  /** `text` up to the stop sequence: what the model actually emits and the parser reads. */
  readonly emitted: string;
  /** Whether the stop sequence cut `text`. */
  readonly cut: boolean;
  /** parseReActStep's result, or its error message. */
  readonly parsed:
    { readonly ok: true; readonly step: ReActStep } | { readonly ok: false; readonly error: string };
  /** The tool the step calls (also when it does not exist), else null. */
  readonly action: string | null;
  readonly actionInput: string | null;
  /** The final answer when this step gives one, else null. */
  readonly finalAnswer: string | null;
  /** What the executor appends after the step; null for a final answer. */
  readonly observation: string | null;
  readonly observationKind: ObservationKind | null;
  /** The whole context after this turn: the prompt, then every step and observation so far. */
  readonly context: string;
  /** `context` length in Unicode code points. */
  readonly contextLength: number;
}

/** A whole run. */
export interface AgentRun {
  /** The context before the first turn (the prompt). */
  readonly prompt: string;
  readonly promptLength: number;
  readonly turns: readonly AgentTurn[];
  readonly stopReason: AgentStopReason;
  /** The final answer, or null when the run stopped without one. */
  readonly finalAnswer: string | null;
}

/** Options of {@link runAgent}. */
export interface RunAgentOptions {
  /** The "model": one ReAct step text per turn, used in order. */
  readonly policy: readonly string[];
  /** Tool name → tool. Names are letters, digits, `_` and `-`, starting with a letter or `_`. */
  readonly tools: Readonly<Record<string, AgentTool>>;
  /** The most model calls (turns) in a run, an integer in [1, {@link AGENT_MAX_STEPS}]. */
  readonly maxSteps: number;
  /** The user's question, put into the default prompt. Default ''. */
  readonly question?: string;
  /** The context before the first turn; default {@link reactPrompt}(tools, question). */
  readonly prompt?: string;
  /**
   * When the policy has no step left: `'stop'` (default) ends the run (`'policy-exhausted'`);
   * `'repeat-last'` makes the model emit its last step again, as a model stuck in a loop does,
   * so only a final answer or the step limit ends it.
   */
  readonly onPolicyEnd?: 'stop' | 'repeat-last';
}

const TOOL_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function checkTools(tools: unknown): ReadonlyMap<string, AgentTool> {
  if (typeof tools !== 'object' || tools === null || Array.isArray(tools)) {
    throw new TypeError(`tools must be an object of name → tool, got ${describeValue(tools)}`);
  }
  const map = new Map<string, AgentTool>();
  for (const [name, tool] of Object.entries(tools)) {
    if (!TOOL_NAME.test(name)) {
      throw new RangeError(
        `tools names must be letters, digits, _ or - (starting with a letter or _), got ${JSON.stringify(name)}`,
      );
    }
    const t = tool as Partial<Record<keyof AgentTool, unknown>> | null;
    if (
      typeof t !== 'object' ||
      t === null ||
      typeof t.description !== 'string' ||
      typeof t.run !== 'function'
    ) {
      throw new TypeError(
        `tools.${name} must be { description: string, run: function }, got ${describeValue(tool)}`,
      );
    }
    map.set(name, tool as AgentTool);
  }
  if (map.size === 0) throw new RangeError('tools must hold at least one tool, got none');
  return map;
}

function checkPolicy(policy: unknown): readonly string[] {
  if (!Array.isArray(policy)) {
    throw new TypeError(`policy must be an array of strings, got ${describeValue(policy)}`);
  }
  policy.forEach((step: unknown, i) => {
    if (typeof step !== 'string')
      throw new TypeError(`policy[${i}] must be a string, got ${describeValue(step)}`);
  });
  return policy as readonly string[];
}

/**
 * The tool list of a prompt: one `name: description` line per tool, in the object's order.
 *
 * @example describeTools({ calculator: calculatorTool }) // 'calculator: evaluates an arithmetic expression: …'
 */
export function describeTools(tools: Readonly<Record<string, AgentTool>>): string {
  return [...checkTools(tools)].map(([name, tool]) => `${name}: ${tool.description}`).join('\n');
}

/**
 * A ReAct prompt in the text format of Yao et al. 2023 ("ReAct", arXiv 2210.03629) as LangChain's
 * ReAct agents use it: the tool list, the Thought / Action / Action Input / Observation format,
 * the Final Answer line, then the question. Our own wording.
 *
 * @throws {TypeError} when `question` is not a string or `tools` is malformed.
 * @example reactPrompt({ calculator: calculatorTool }, 'What is 2 + 2?').endsWith('Question: What is 2 + 2?') // true
 */
export function reactPrompt(tools: Readonly<Record<string, AgentTool>>, question: string): string {
  if (typeof question !== 'string')
    throw new TypeError(`question must be a string, got ${describeValue(question)}`);
  const names = [...checkTools(tools).keys()].join(', ');
  return [
    'Answer the question below. You can call these tools:',
    '',
    describeTools(tools),
    '',
    'Write one step at a time, in this format:',
    'Thought: what to do next and why',
    `Action: the tool to call, one of [${names}]`,
    'Action Input: the input for the tool',
    'Observation: the tool result (the system writes this line, not you)',
    '... (Thought, Action, Action Input and Observation may repeat)',
    'Thought: I now know the answer',
    'Final Answer: the answer to the question',
    '',
    `Question: ${question}`,
  ].join('\n');
}

/** Length in Unicode code points (a lone surrogate counts as one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) i++;
  }
  return n;
}

/** The executor's part of one step: the tool call's observation (never throws). */
function observe(
  step: ReActStep,
  tools: ReadonlyMap<string, AgentTool>,
): { observation: string; kind: ObservationKind } | null {
  if (!('action' in step)) return null;
  const tool = tools.get(step.action);
  if (tool === undefined) {
    return {
      observation: `${step.action} is not a valid tool, try one of [${[...tools.keys()].join(', ')}].`,
      kind: 'unknown-tool',
    };
  }
  try {
    const result: unknown = tool.run(step.actionInput);
    if (typeof result === 'string') return { observation: result, kind: 'tool-result' };
    return { observation: `Error: the tool returned ${describeValue(result)}, not text`, kind: 'tool-error' };
  } catch (error) {
    const message = error instanceof Error && error.message !== '' ? error.message : 'tool execution failed';
    return { observation: `Error: ${message}`, kind: 'tool-error' };
  }
}

/**
 * Runs a ReAct agent loop whose "model" is a fixed policy: turn i emits `policy[i]`, cut at the
 * stop sequence {@link REACT_STOP_SEQUENCE}, and parsed with {@link parseReActStep}.
 *
 * Semantics follow LangChain's `AgentExecutor` (langchain/agents/agent.py, `_call` and
 * `_take_next_step`) with `handle_parsing_errors=True`:
 * - a Final Answer ends the run (`'final-answer'`);
 * - a step the parser rejects gets the observation `Invalid Format: <parser message>` (LangChain
 *   sends its parser's own hint, e.g. "Invalid Format: Missing 'Action Input:' after 'Action:'");
 * - an Action naming no tool gets `<name> is not a valid tool, try one of [<tools>].`, the text of
 *   LangChain's `InvalidTool` (langchain/agents/tools.py); tools are looked up as own keys only,
 *   so `constructor` or `__proto__` are unknown tools;
 * - a tool that throws gets `Error: <message>` — LangChain's `handle_tool_error=True` hands back a
 *   `ToolException`'s message (langchain_core/tools/base.py `_handle_tool_error`); here any thrown
 *   error is caught, as LangGraph's ToolNode does by default, so the run never crashes;
 * - every turn is one model call and counts toward `maxSteps` (the executor's `max_iterations`,
 *   whose default is 15); when it is used up the run ends with `'step-limit'` and no answer
 *   (LangChain's `early_stopping_method="force"`). A policy with no step left ends it with
 *   `'policy-exhausted'`, or repeats its last step with `onPolicyEnd: 'repeat-last'`.
 * The loop runs at most `maxSteps` ≤ 100 times, so it always ends.
 *
 * The context is the prompt, then for each turn a newline, the emitted step (trimmed) and, unless
 * it is a final answer, `\nObservation: <observation>` — LangChain's `format_log_to_str` scratchpad.
 *
 * @throws {TypeError} when an option has the wrong type (`policy[2] must be a string, …`).
 * @throws {RangeError} when `maxSteps` is not an integer in [1, 100], a tool name is invalid, or
 *   there is no tool.
 * @example runAgent({ policy: ['Action: calculator\nAction Input: 6 * 7', 'Final Answer: 42'], tools: { calculator: calculatorTool }, maxSteps: 15 })
 * // turns[0].observation '42', stopReason 'final-answer', finalAnswer '42'
 */
export function runAgent(options: RunAgentOptions): AgentRun {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`options must be an object, got ${describeValue(options)}`);
  }
  const policy = checkPolicy(options.policy);
  const tools = checkTools(options.tools);
  const { maxSteps, question = '', onPolicyEnd = 'stop' } = options;
  if (typeof maxSteps !== 'number')
    throw new TypeError(`maxSteps must be a number, got ${describeValue(maxSteps)}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > AGENT_MAX_STEPS) {
    throw new RangeError(
      `maxSteps must be an integer in [1, ${AGENT_MAX_STEPS}], got ${describeValue(maxSteps)}`,
    );
  }
  if (onPolicyEnd !== 'stop' && onPolicyEnd !== 'repeat-last') {
    throw new RangeError(`onPolicyEnd must be 'stop' or 'repeat-last', got ${describeValue(onPolicyEnd)}`);
  }
  const prompt = options.prompt ?? reactPrompt(options.tools, question);
  if (typeof prompt !== 'string')
    throw new TypeError(`prompt must be a string, got ${describeValue(prompt)}`);

  const turns: AgentTurn[] = [];
  let context = prompt;
  let contextLength = codePoints(prompt);
  const append = (piece: string) => {
    context += piece;
    contextLength += codePoints(piece);
  };

  for (let i = 0; i < maxSteps; i++) {
    if (i >= policy.length && (onPolicyEnd === 'stop' || policy.length === 0)) {
      return {
        prompt,
        promptLength: codePoints(prompt),
        turns,
        stopReason: 'policy-exhausted',
        finalAnswer: null,
      };
    }
    const text = policy[Math.min(i, policy.length - 1)] as string;
    const stopAt = text.indexOf(REACT_STOP_SEQUENCE);
    const emitted = stopAt >= 0 ? text.slice(0, stopAt) : text;
    let parsed: AgentTurn['parsed'];
    try {
      parsed = { ok: true, step: parseReActStep(emitted) };
    } catch (error) {
      parsed = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    append(`\n${emitted.trim()}`);
    const step = parsed.ok ? parsed.step : null;
    const result = parsed.ok
      ? observe(parsed.step, tools)
      : { observation: `Invalid Format: ${parsed.error}`, kind: 'format-error' as const };
    if (result) append(`\nObservation: ${result.observation}`);
    const finalAnswer = step && 'finalAnswer' in step ? step.finalAnswer : null;
    turns.push({
      turn: i + 1,
      text,
      emitted,
      cut: stopAt >= 0,
      parsed,
      action: step && 'action' in step ? step.action : null,
      actionInput: step && 'action' in step ? step.actionInput : null,
      finalAnswer,
      observation: result ? result.observation : null,
      observationKind: result ? result.kind : null,
      context,
      contextLength,
    });
    if (finalAnswer !== null) {
      return { prompt, promptLength: codePoints(prompt), turns, stopReason: 'final-answer', finalAnswer };
    }
  }
  return { prompt, promptLength: codePoints(prompt), turns, stopReason: 'step-limit', finalAnswer: null };
}
