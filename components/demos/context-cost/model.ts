/**
 * The context-cost demo's form: the typed fields, the chosen policy and the caching switch; reading
 * them into lib's `contextCost` for the three policies at once; the caching presets; and the dollar
 * format of the readout. No formulas: every number comes from lib/agents. Pure; tested in
 * tests/unit/demos/context-cost-model.test.ts.
 */
import {
  fieldsInMessage,
  groupDigits,
  parseField,
  type FieldError,
} from '@/components/demos/shared/number-field';
import {
  contextCost,
  DEFAULT_CACHE_READ_FACTOR,
  DEFAULT_CACHE_WRITE_FACTOR,
  type ContextCostResult,
  type MemoryPolicy,
} from '@/lib/agents/context-cost';

export const POLICY_KINDS = ['full', 'window', 'summary'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const FIELDS = [
  'system',
  'step',
  'output',
  'steps',
  'window',
  'every',
  'summary',
  'priceIn',
  'priceOut',
  'readFactor',
  'writeFactor',
] as const;
export type Field = (typeof FIELDS)[number];

/** The name lib gives each field in its error messages. */
const LIB_NAME: Record<Field, string> = {
  system: 'systemTokens',
  step: 'stepTokens',
  output: 'outputTokens',
  steps: 'steps',
  window: 'policy.window',
  every: 'policy.every',
  summary: 'policy.summaryTokens',
  priceIn: 'inputPricePerMillion',
  priceOut: 'outputPricePerMillion',
  readFactor: 'caching.readFactor',
  writeFactor: 'caching.writeFactor',
};

/** What the learner has typed and chosen. */
export interface Draft {
  readonly fields: Readonly<Record<Field, string>>;
  readonly policy: PolicyKind;
  readonly caching: boolean;
}

/**
 * The opening task: a 2,000-token system prompt, 500 tokens per step (100 of them generated), 20
 * steps; a 4-step window; a 400-token summary every 5 steps; Claude Opus 4.5's list prices ($5 in,
 * $25 out per million tokens, Anthropic's pricing page) and Anthropic's 5-minute cache factors.
 */
export const DEFAULT_DRAFT: Draft = {
  fields: {
    system: '2000',
    step: '500',
    output: '100',
    steps: '20',
    window: '4',
    every: '5',
    summary: '400',
    priceIn: '5',
    priceOut: '25',
    readFactor: String(DEFAULT_CACHE_READ_FACTOR),
    writeFactor: String(DEFAULT_CACHE_WRITE_FACTOR),
  },
  policy: 'window',
  caching: false,
};

/** Most steps the demo draws (lib takes up to 10,000; a thousand bars are already hairlines). */
export const DEMO_MAX_STEPS = 1000;

/** Cache price factors published by providers (sources in text.ts, `cacheNotes`). */
export const CACHE_PRESETS = {
  anthropic5m: { readFactor: '0.1', writeFactor: '1.25' },
  anthropic1h: { readFactor: '0.1', writeFactor: '2' },
  openaiGpt4o: { readFactor: '0.5', writeFactor: '1' },
  openaiGpt52: { readFactor: '0.1', writeFactor: '1' },
} as const;
export type CachePreset = keyof typeof CACHE_PRESETS;
export const CACHE_PRESET_KEYS = Object.keys(CACHE_PRESETS) as CachePreset[];

/** The preset whose factors the draft holds (with caching on), if any. */
export function loadedCachePreset(draft: Draft): CachePreset | undefined {
  if (!draft.caching) return undefined;
  return CACHE_PRESET_KEYS.find(
    (k) =>
      Number(draft.fields.readFactor) === Number(CACHE_PRESETS[k].readFactor) &&
      Number(draft.fields.writeFactor) === Number(CACHE_PRESETS[k].writeFactor),
  );
}

/** The three policies' results for one set of inputs. */
export type PolicyResults = Readonly<Record<PolicyKind, ContextCostResult>>;

export type ReadError =
  | { kind: 'field'; field: Field; error: FieldError }
  | { kind: 'lib'; message: string; fields: Field[] }
  | { kind: 'tooManySteps'; steps: number };

export type Reading = { ok: true; results: PolicyResults } | { ok: false; error: ReadError };

/** The fields a reading error concerns (to mark them invalid). */
export function invalidFields(reading: Reading): Field[] {
  if (reading.ok) return [];
  const e = reading.error;
  if (e.kind === 'field') return [e.field];
  if (e.kind === 'tooManySteps') return ['steps'];
  return e.fields;
}

/**
 * Reads the draft and runs lib's `contextCost` for full history, the sliding window and the summary
 * policy with the same task, caching and prices. Text that is not a number stops here; every range
 * check is lib's, whose message names the field (the demo marks it).
 *
 * @example readDraft(DEFAULT_DRAFT).ok // true
 */
export function readDraft(draft: Draft): Reading {
  const values = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const parsed = parseField(draft.fields[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  if (Number.isInteger(values.steps) && values.steps > DEMO_MAX_STEPS) {
    return { ok: false, error: { kind: 'tooManySteps', steps: values.steps } };
  }
  const policies: Record<PolicyKind, MemoryPolicy> = {
    full: { kind: 'full' },
    window: { kind: 'window', window: values.window },
    summary: { kind: 'summary', every: values.every, summaryTokens: values.summary },
  };
  try {
    const run = (policy: MemoryPolicy) =>
      contextCost({
        systemTokens: values.system,
        stepTokens: values.step,
        outputTokens: values.output,
        steps: values.steps,
        policy,
        caching: { enabled: draft.caching, readFactor: values.readFactor, writeFactor: values.writeFactor },
        inputPricePerMillion: values.priceIn,
        outputPricePerMillion: values.priceOut,
      });
    return {
      ok: true,
      results: { full: run(policies.full), window: run(policies.window), summary: run(policies.summary) },
    };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const names = fieldsInMessage(e.message, Object.values(LIB_NAME));
    const fields = FIELDS.filter((f) => names.includes(LIB_NAME[f]));
    return { ok: false, error: { kind: 'lib', message: e.message, fields } };
  }
}

/**
 * US dollars for a readout: whole dollars with separators from $100, cents from $1, four decimals
 * below, and two significant digits below $0.0001 so a small cost never reads $0.0000.
 *
 * @example formatUsd(0.425) // '$0.4250'
 * @example formatUsd(12.3456) // '$12.35'
 * @example formatUsd(0.0000042) // '$0.0000042'
 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`value must be finite and >= 0, got ${value}`);
  if (value === 0) return '$0';
  if (value >= 100) return `$${groupDigits(Math.round(value))}`;
  if (value >= 1) return `$${value.toFixed(2)}`;
  if (value >= 0.0001) return `$${value.toFixed(4)}`;
  // two significant digits: 4.2e-6 → 7 decimals
  return `$${value.toFixed(Math.min(100, 1 - Math.floor(Math.log10(value))))}`;
}
