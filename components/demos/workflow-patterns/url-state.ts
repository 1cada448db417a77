/**
 * The workflow-patterns demo's state in the address, under `wf-` keys so other demos' parameters
 * on the page survive (`?wf-for=chaining&wf-pattern=routing&wf-lat=2&…`). `wf-for` is the
 * `pattern` prop of the demo that wrote the link, so on a page with several of these demos only
 * that one picks it up. Pure; tested in tests/unit/demos/workflow-patterns-model.test.ts.
 */
import { DEFAULT_DRAFT, PARALLEL_MODES, PATTERNS, type Draft, type Field, type Pattern } from './model';

const KEY: Record<Field | 'for' | 'pattern' | 'mode', string> = {
  for: 'wf-for',
  pattern: 'wf-pattern',
  mode: 'wf-mode',
  latency: 'wf-lat',
  tokens: 'wf-tok',
  success: 'wf-p',
  steps: 'wf-n',
  router: 'wf-r',
  workers: 'wf-k',
  rounds: 'wf-rounds',
  judge: 'wf-q',
  baseline: 'wf-p0',
};

const NUMERIC: readonly Field[] = [
  'latency',
  'tokens',
  'success',
  'steps',
  'router',
  'workers',
  'rounds',
  'judge',
  'baseline',
];

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/**
 * The query parameters of a draft written by the demo opened with `owner` (for `useWriteQuery`).
 *
 * @example encodeState('chaining', defaultDraft('routing'))['wf-pattern'] // 'routing'
 */
export function encodeState(owner: Pattern, draft: Draft): Record<string, string> {
  const params: Record<string, string> = {
    [KEY.for]: owner,
    [KEY.pattern]: draft.pattern,
    [KEY.mode]: draft.mode,
  };
  for (const field of NUMERIC) params[KEY[field]] = draft[field];
  return params;
}

/**
 * The draft a query string carries for the demo opened with `owner`, or null when it carries
 * none (no `wf-for`, or another demo's). Each part falls back alone: an unknown pattern to
 * `owner`, an unknown mode or a missing or over-long field to the default. Fields come back as
 * typed, so a bad number in a link shows the demo's usual message.
 *
 * @example decodeState('?wf-for=chaining&wf-pattern=routing&wf-r=0.8', 'chaining')?.router // '0.8'
 * @example decodeState('?wf-for=routing&wf-r=0.8', 'chaining') // null
 */
export function decodeState(search: string, owner: Pattern): Draft | null {
  const query = new URLSearchParams(search);
  if (query.get(KEY.for) !== owner) return null;
  const pattern = PATTERNS.find((p) => p === query.get(KEY.pattern)) ?? owner;
  const mode = PARALLEL_MODES.find((m) => m === query.get(KEY.mode)) ?? DEFAULT_DRAFT.mode;
  const fields = {} as Record<Field, string>;
  for (const field of NUMERIC) {
    const value = query.get(KEY[field]);
    fields[field] = value !== null && value.length <= MAX_FIELD_LENGTH ? value : DEFAULT_DRAFT[field];
  }
  return { ...fields, pattern, mode };
}
