/**
 * The context-cost demo's state in the address, under `cc2-` keys (`cc-` is the contextual-
 * calibration demo's), so other demos' parameters on the page survive:
 * `?cc2-p=window&cc2-c=1&cc2-s=2000&cc2-t=500&…`. Pure; tested in
 * tests/unit/demos/context-cost-model.test.ts.
 */
import { DEFAULT_DRAFT, FIELDS, POLICY_KINDS, type Draft, type Field } from './model';

const FIELD_KEY: Record<Field, string> = {
  system: 'cc2-s',
  step: 'cc2-t',
  output: 'cc2-o',
  steps: 'cc2-n',
  window: 'cc2-w',
  every: 'cc2-e',
  summary: 'cc2-sum',
  priceIn: 'cc2-pi',
  priceOut: 'cc2-po',
  readFactor: 'cc2-rf',
  writeFactor: 'cc2-wf',
};
const POLICY_KEY = 'cc2-p';
const CACHING_KEY = 'cc2-c';
const ALL_KEYS = [...Object.values(FIELD_KEY), POLICY_KEY, CACHING_KEY];

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/**
 * The query parameters of a draft (for `useWriteQuery`).
 *
 * @example encodeState(DEFAULT_DRAFT)['cc2-p'] // 'window'
 */
export function encodeState(draft: Draft): Record<string, string> {
  const params: Record<string, string> = {
    [POLICY_KEY]: draft.policy,
    [CACHING_KEY]: draft.caching ? '1' : '0',
  };
  for (const field of FIELDS) params[FIELD_KEY[field]] = draft.fields[field];
  return params;
}

/**
 * The draft a query string carries, or null when it has none of the demo's keys. A missing or
 * over-long field, an unknown policy or a caching flag other than 0/1 falls back to the default;
 * fields come back as typed, so a bad number in a link shows the demo's usual message.
 *
 * @example decodeState('?cc2-p=summary&cc2-n=10')?.fields.steps // '10'
 * @example decodeState('?cc-p=0.5') // null
 */
export function decodeState(search: string): Draft | null {
  const query = new URLSearchParams(search);
  if (!ALL_KEYS.some((key) => query.has(key))) return null;
  const fields = { ...DEFAULT_DRAFT.fields };
  for (const field of FIELDS) {
    const value = query.get(FIELD_KEY[field]);
    if (value !== null && value.length <= MAX_FIELD_LENGTH) fields[field] = value;
  }
  const policy = POLICY_KINDS.find((p) => p === query.get(POLICY_KEY)) ?? DEFAULT_DRAFT.policy;
  const flag = query.get(CACHING_KEY);
  const caching = flag === '1' ? true : flag === '0' ? false : DEFAULT_DRAFT.caching;
  return { fields, policy, caching };
}
