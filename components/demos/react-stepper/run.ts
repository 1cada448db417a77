/**
 * Wires the demo's inputs to lib's agent loop: the three tools, the prompt in the page's
 * language, and one `runAgent` call over the whole script (the scripted model never reads its
 * observations, so the run is the same whether it is computed at once or turn by turn). No
 * formulas here. Tested in tests/unit/demos/react-stepper-run.test.ts.
 */
import {
  calculatorTool,
  describeTools,
  glossaryLookupTool,
  reactPrompt,
  readDocumentTool,
  runAgent,
  type AgentRun,
  type AgentTool,
  type GlossaryEntry,
} from '@/lib/agents';
import type { Locale } from '@/lib/i18n';
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { readPolicy, type PolicyError } from './policy';
import { DOCUMENTS, PRESETS, type PresetKey } from './presets';

/** What the reader controls. */
export interface StepperDraft {
  /** The preset last picked: it sets the question. */
  readonly preset: PresetKey;
  /** The policy textarea. */
  readonly policy: string;
  /** The step-limit field, as typed. */
  readonly limit: string;
  /** Repeat the last step when the script runs out. */
  readonly repeat: boolean;
}

export type RunError =
  PolicyError | { kind: 'limitField'; error: FieldError } | { kind: 'lib'; message: string };

export type RunResult = { ok: true; run: AgentRun } | { ok: false; error: RunError };

/** The tools every preset offers; glossary_lookup searches `entries` (empty until they load). */
export function buildTools(
  locale: Locale,
  entries: readonly GlossaryEntry[] | null,
): Record<string, AgentTool> {
  return {
    calculator: calculatorTool,
    glossary_lookup: glossaryLookupTool(entries ?? []),
    read_document: readDocumentTool(DOCUMENTS[locale]),
  };
}

/** The prompt: lib's English ReAct prompt, or the same in Chinese (markers stay English). */
export function buildPrompt(
  locale: Locale,
  tools: Readonly<Record<string, AgentTool>>,
  question: string,
): string {
  if (locale === 'en') return reactPrompt(tools, question);
  return [
    '回答下面的问题。你可以调用这些工具：',
    '',
    describeTools(tools),
    '',
    '每次只写一步，格式如下：',
    'Thought: 下一步做什么、为什么',
    `Action: 要调用的工具，取 [${Object.keys(tools).join(', ')}] 之一`,
    'Action Input: 工具的输入',
    'Observation: 工具返回的结果（由系统写入，不由你写）',
    '……（Thought、Action、Action Input、Observation 可以重复多次）',
    'Thought: 我已经知道答案了',
    'Final Answer: 问题的答案',
    '',
    `Question: ${question}`,
  ].join('\n');
}

/**
 * The run for a draft, or why it cannot run: the policy text is checked here, the step limit is
 * read as a number and checked by lib (`maxSteps must be an integer in [1, 100], got 0`).
 */
export function computeRun(
  draft: StepperDraft,
  locale: Locale,
  tools: Readonly<Record<string, AgentTool>>,
): RunResult {
  const policy = readPolicy(draft.policy);
  if (!policy.ok) return { ok: false, error: policy.error };
  const limit = parseField(draft.limit);
  if (!limit.ok) return { ok: false, error: { kind: 'limitField', error: limit.error } };
  try {
    const run = runAgent({
      policy: policy.steps,
      tools,
      maxSteps: limit.value,
      prompt: buildPrompt(locale, tools, PRESETS[locale][draft.preset].question),
      onPolicyEnd: draft.repeat ? 'repeat-last' : 'stop',
    });
    return { ok: true, run };
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      return { ok: false, error: { kind: 'lib', message: error.message } };
    }
    throw error;
  }
}

/**
 * How many turns can be shown: all of them, or — while the glossary has not loaded — those before
 * the first glossary_lookup call (its observation needs the data).
 */
export function availableTurns(run: AgentRun, glossaryLoaded: boolean): number {
  if (glossaryLoaded) return run.turns.length;
  const first = run.turns.findIndex((turn) => turn.action === 'glossary_lookup');
  return first === -1 ? run.turns.length : first;
}
