/**
 * The workflow-patterns demo's state: the form as typed, read into the options of lib/agents'
 * workflow functions and evaluated there. No formula lives here: every number comes from
 * `@/lib/agents/workflows`. Pure; tested in tests/unit/demos/workflow-patterns-model.test.ts.
 */
import { groupDigits, parseField, type FieldError } from '@/components/demos/shared/number-field';
import {
  chainWorkflow,
  evaluatorOptimizerWorkflow,
  orchestratorWorkersWorkflow,
  PARALLEL_MODES,
  parallelWorkflow,
  routingWorkflow,
  singleCall,
  type EvaluatorOptimizerEstimate,
  type LlmCall,
  type ParallelMode,
  type WorkflowEstimate,
} from '@/lib/agents/workflows';

/** The five patterns, in the article's order (the MDX prop `pattern`). */
export const PATTERNS = [
  'chaining',
  'routing',
  'parallelization',
  'orchestrator-workers',
  'evaluator-optimizer',
] as const;
export type Pattern = (typeof PATTERNS)[number];

export { PARALLEL_MODES, type ParallelMode };

/** The numeric fields of the form. */
export const FIELDS = [
  'latency',
  'tokens',
  'success',
  'steps',
  'router',
  'workers',
  'rounds',
  'judge',
  'baseline',
] as const;
export type Field = (typeof FIELDS)[number];

/** The form as typed (every pattern's fields, so switching patterns keeps the numbers). */
export interface Draft {
  readonly pattern: Pattern;
  readonly mode: ParallelMode;
  readonly latency: string;
  readonly tokens: string;
  readonly success: string;
  /** Chain steps. */
  readonly steps: string;
  /** Router accuracy. */
  readonly router: string;
  /** Parallel workers or orchestrator subtasks. */
  readonly workers: string;
  /** Evaluator rounds at most. */
  readonly rounds: string;
  /** Evaluator accuracy: accepts a right draft and rejects a wrong one with this probability. */
  readonly judge: string;
  /** Success of one call on the whole task (patterns that split the task). */
  readonly baseline: string;
}

/** Per call 2 s, 1,000 tokens, p = 0.9; one call on the whole task succeeds 70% of the time. */
export const DEFAULT_DRAFT: Omit<Draft, 'pattern'> = {
  mode: 'sectioning',
  latency: '2',
  tokens: '1000',
  success: '0.9',
  steps: '3',
  router: '0.95',
  workers: '3',
  rounds: '3',
  judge: '0.9',
  baseline: '0.7',
};

export const defaultDraft = (pattern: Pattern): Draft => ({ pattern, ...DEFAULT_DRAFT });

/**
 * Whether the single call compared with the pattern is a different, harder call (one call on the
 * whole task, with its own success) — true when the pattern splits the task or hands it to a
 * specialist. A vote's single call is one of its voters and the evaluator loop's is its
 * generator: their success is the per-call p.
 *
 * @example hasBaseline('chaining', 'sectioning') // true
 * @example hasBaseline('parallelization', 'voting') // false
 */
export function hasBaseline(pattern: Pattern, mode: ParallelMode): boolean {
  if (pattern === 'evaluator-optimizer') return false;
  return !(pattern === 'parallelization' && mode === 'voting');
}

/** The pattern's own fields, in form order. */
export function patternFields(pattern: Pattern): Field[] {
  switch (pattern) {
    case 'chaining':
      return ['steps'];
    case 'routing':
      return ['router'];
    case 'parallelization':
    case 'orchestrator-workers':
      return ['workers'];
    case 'evaluator-optimizer':
      return ['rounds', 'judge'];
  }
}

/** Every field the form shows for a pattern. */
export function visibleFields(pattern: Pattern, mode: ParallelMode): Field[] {
  return [
    'latency',
    'tokens',
    'success',
    ...patternFields(pattern),
    ...(hasBaseline(pattern, mode) ? (['baseline'] as const) : []),
  ];
}

/** What the form evaluates to. */
export interface Evaluation {
  readonly pattern: Pattern;
  readonly mode: ParallelMode;
  readonly workflow: WorkflowEstimate;
  /** Present for the evaluator–optimizer loop. */
  readonly loop: EvaluatorOptimizerEstimate | null;
  readonly single: WorkflowEstimate;
  /** The count the diagram draws: steps, workers or rounds. */
  readonly count: number;
}

export type DraftError =
  { kind: 'field'; field: Field; error: FieldError } | { kind: 'lib'; field: Field | null; message: string };

export type Reading = { ok: true; value: Evaluation } | { ok: false; error: DraftError };

/** lib's parameter names (the first word of its messages) and the fields they come from. */
const FIELD_OF_PARAM: Readonly<Record<string, Field>> = {
  'call.latency': 'latency',
  'call.tokens': 'tokens',
  'call.success': 'success',
  steps: 'steps',
  routerAccuracy: 'router',
  workers: 'workers',
  maxRounds: 'rounds',
  trueAcceptRate: 'judge',
  falseAcceptRate: 'judge',
};

/**
 * The field a lib error names, or null.
 *
 * @example fieldOfMessage('routerAccuracy must be in [0, 1], got 2') // 'router'
 */
export function fieldOfMessage(message: string): Field | null {
  return FIELD_OF_PARAM[message.split(' ')[0] ?? ''] ?? null;
}

/** Runs a lib call; its RangeError/TypeError comes back as a reading, anything else is a bug. */
function attempt<T>(
  run: () => T,
  field: (message: string) => Field | null,
): { ok: true; value: T } | { ok: false; error: DraftError } {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, error: { kind: 'lib', field: field(e.message), message: e.message } };
  }
}

function runPattern(pattern: Pattern, mode: ParallelMode, call: LlmCall, v: Record<Field, number>) {
  switch (pattern) {
    case 'chaining':
      return { workflow: chainWorkflow({ call, steps: v.steps }), loop: null, count: v.steps };
    case 'routing':
      return { workflow: routingWorkflow({ call, routerAccuracy: v.router }), loop: null, count: 3 };
    case 'parallelization':
      return { workflow: parallelWorkflow({ call, workers: v.workers, mode }), loop: null, count: v.workers };
    case 'orchestrator-workers':
      return {
        workflow: orchestratorWorkersWorkflow({ call, workers: v.workers }),
        loop: null,
        count: v.workers,
      };
    case 'evaluator-optimizer': {
      // One knob for the evaluator: it judges a right and a wrong draft correctly alike.
      const loop = evaluatorOptimizerWorkflow({
        call,
        maxRounds: v.rounds,
        trueAcceptRate: v.judge,
        falseAcceptRate: 1 - v.judge,
      });
      return { workflow: loop, loop, count: v.rounds };
    }
  }
}

/**
 * Reads the form: text that is not a number is refused first (parseField), then the numbers go to
 * lib, whose RangeError names the parameter; the field it stands for is marked. The single call
 * takes the per-call latency and tokens and, where the pattern has one, the whole-task success.
 *
 * @example readDraft(defaultDraft('chaining')) // ok: workflow { latency: 6, tokens: 3000, success: 0.729, calls: 3 }, single { latency: 2, tokens: 1000, success: 0.7, calls: 1 }
 * @example readDraft({ ...defaultDraft('routing'), router: '2' }) // error: { kind: 'lib', field: 'router', message: 'routerAccuracy must be in [0, 1], got 2' }
 */
export function readDraft(draft: Draft): Reading {
  const { pattern, mode } = draft;
  const values = {} as Record<Field, number>;
  for (const field of visibleFields(pattern, mode)) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const call: LlmCall = { latency: values.latency, tokens: values.tokens, success: values.success };
  const run = attempt(() => runPattern(pattern, mode, call, values), fieldOfMessage);
  if (!run.ok) return run;
  // The per-call latency and tokens passed lib above, so a baseline error is about its success.
  const baseline = hasBaseline(pattern, mode) ? values.baseline : values.success;
  const single = attempt(
    () => singleCall({ ...call, success: baseline }),
    () => (hasBaseline(pattern, mode) ? 'baseline' : 'success'),
  );
  if (!single.ok) return single;
  return { ok: true, value: { pattern, mode, ...run.value, single: single.value } };
}

/**
 * A non-negative amount rounded to `decimals` places, trailing zeros dropped, thousands grouped.
 *
 * @example formatAmount(4.8496, 2) // '4.85'
 * @example formatAmount(2424.8, 0) // '2,425'
 * @example formatAmount(360000, 2) // '360,000'
 */
export function formatAmount(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  const whole = Math.trunc(rounded);
  const fraction = rounded.toFixed(decimals).split('.')[1]?.replace(/0+$/, '') ?? '';
  return `${groupDigits(whole)}${fraction ? `.${fraction}` : ''}`;
}
