/**
 * The agent-reliability demo's state: the two parts' defaults and presets, reading the typed
 * per-step chances (a number or a list), and the address (`?rel-n=10&rel-c=5&rel-k=2&rel-p=0.95…`)
 * under `rel-` keys so other demos' parameters on the page survive. No formulas: every number
 * comes from lib/ (`passAtK`, `passHatK`, `uniformTaskReliability`, `taskReliability`).
 * Tested in tests/unit/demos/agent-reliability-state.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { withTrials, type TrialsClamp } from '@/components/demos/shared/trial-sliders';
import { taskReliability, uniformTaskReliability, type TaskReliability } from '@/lib/agents/reliability';

// ---------------------------------------------------------------- part 1: pass@k and pass^k

/** Trials per task the n slider offers (τ-bench reports k up to 8; room to see the curves part). */
export const MAX_TRIALS = 40;

export interface PassState {
  /** trials run, 1 … MAX_TRIALS */
  n: number;
  /** successful trials, 0 … n */
  c: number;
  /** trials that must succeed (pass^k) or of which one must (pass@k), 1 … n */
  k: number;
}

export const PASS_PRESET_KEYS = ['flaky', 'coin', 'steady'] as const;
export type PassPresetKey = (typeof PASS_PRESET_KEYS)[number];

export const PASS_PRESETS: Record<PassPresetKey, PassState> = {
  /** 6 of 8 trials pass: pass@4 is already 1, pass^4 = C(6,4)/C(8,4) = 15/70. */
  flaky: { n: 8, c: 6, k: 4 },
  /** Half the trials pass: pass^2 = C(5,2)/C(10,2) = 10/45, pass@2 = 1 − 10/45. */
  coin: { n: 10, c: 5, k: 2 },
  /** 90% of 20 trials pass, yet all of 10 rarely do: C(18,10)/C(20,10). */
  steady: { n: 20, c: 18, k: 10 },
};

export const DEFAULT_PASS: PassState = PASS_PRESETS.flaky;

/** What shrinking n changed (shown until the next change, never a silent clamp). */
/** What shrinking n clamped; the n, c, k sliders are shared with the pass-at-k demo. */
export type PassClamp = TrialsClamp;
export { withTrials };

// ---------------------------------------------------------------- part 2: compounding steps

/** Steps the m slider offers. */
export const MAX_CHAIN_STEPS = 100;
/** Retries per step the r slider offers. */
export const MAX_CHAIN_RETRIES = 5;
/** Most entries a typed list may hold (the same as the slider's longest task). */
export const MAX_LIST = MAX_CHAIN_STEPS;
/** A typed field longer than this is refused as text before any parsing (no real list is that long). */
const MAX_TEXT = 2000;

export type ChainMode = 'same' | 'list';
export const CHAIN_MODES: readonly ChainMode[] = ['same', 'list'];

export interface ChainDraft {
  /** one chance p for every step, or a typed list p₁, p₂, … */
  mode: ChainMode;
  /** p as typed (mode 'same') */
  p: string;
  /** the number of steps m (mode 'same'), 1 … MAX_CHAIN_STEPS */
  m: number;
  /** the per-step chances as typed (mode 'list'), separated by commas or spaces */
  list: string;
  /** retries per step after a detected failure, 0 … MAX_CHAIN_RETRIES */
  r: number;
}

export const CHAIN_PRESET_KEYS = ['long', 'retry', 'mixed'] as const;
export type ChainPresetKey = (typeof CHAIN_PRESET_KEYS)[number];

const MIXED_LIST = '0.99, 0.9, 0.8, 0.95, 0.99';

export const CHAIN_PRESETS: Record<ChainPresetKey, ChainDraft> = {
  /** 20 steps of 0.95, no retries: 0.95^20 ≈ 0.3585. */
  long: { mode: 'same', p: '0.95', m: 20, list: MIXED_LIST, r: 0 },
  /** The same task with one retry per step: 0.9975^20 ≈ 0.9512. */
  retry: { mode: 'same', p: '0.95', m: 20, list: MIXED_LIST, r: 1 },
  /** Five steps of different difficulty (one weak link). */
  mixed: { mode: 'list', p: '0.95', m: 20, list: MIXED_LIST, r: 0 },
};

export const DEFAULT_CHAIN: ChainDraft = CHAIN_PRESETS.retry;

/** Why a typed list was refused before lib/ saw it. */
export type ListError =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'tooMany'; count: number }
  | { kind: 'notNumber'; index: number; text: string };

/** The separators of a typed list: commas (also the full-width ，、), semicolons, white space. */
const SEPARATORS = /[\s,;，、；]+/u;

/**
 * Reads a typed list of per-step chances. Each entry is read like any number field (so `.9`,
 * `9.5e-1` and a Unicode minus work, and `-0.1` or `1.5` reach lib/, whose range check names the
 * entry); text that is not a number (`abc`, `NaN`, emoji, a lone surrogate) is refused here with
 * its 0-based position.
 *
 * @example parseStepList('0.9, 0.8 0.5') // { ok: true, values: [0.9, 0.8, 0.5] }
 * @example parseStepList('0.9, x') // { ok: false, error: { kind: 'notNumber', index: 1, text: 'x' } }
 */
export function parseStepList(
  text: string,
): { ok: true; values: number[] } | { ok: false; error: ListError } {
  if (text.length > MAX_TEXT) return { ok: false, error: { kind: 'tooLong' } };
  const items = text.split(SEPARATORS).filter((s) => s !== '');
  if (items.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (items.length > MAX_LIST) return { ok: false, error: { kind: 'tooMany', count: items.length } };
  const values: number[] = [];
  for (const [index, item] of items.entries()) {
    const read = parseField(item);
    if (!read.ok) return { ok: false, error: { kind: 'notNumber', index, text: item } };
    values.push(read.value);
  }
  return { ok: true, values };
}

/** The numbers part 2 shows: the task without retries and with the draft's r (equal when r = 0). */
export interface ChainView {
  plain: TaskReliability;
  retried: TaskReliability;
}

export type ChainError =
  | { kind: 'p'; error: FieldError }
  | { kind: 'list'; error: ListError }
  /** lib/ refused the value (out of [0, 1], say); `field` is what the learner typed into. */
  | { kind: 'lib'; field: 'p' | 'list'; message: string };

export type ChainReading = { ok: true; view: ChainView } | { ok: false; error: ChainError };

/**
 * The draft's numbers from lib/ (`uniformTaskReliability` for one p, `taskReliability` for a list),
 * without retries and with r, or why the draft cannot be used. Never throws.
 */
export function readChain(draft: ChainDraft): ChainReading {
  let compute: (r: number) => TaskReliability;
  let field: 'p' | 'list';
  if (draft.mode === 'same') {
    const read = parseField(draft.p);
    if (!read.ok) return { ok: false, error: { kind: 'p', error: read.error } };
    const p = read.value;
    compute = (r) => uniformTaskReliability(p, draft.m, r);
    field = 'p';
  } else {
    const read = parseStepList(draft.list);
    if (!read.ok) return { ok: false, error: { kind: 'list', error: read.error } };
    const values = read.values;
    compute = (r) => taskReliability(values, r);
    field = 'list';
  }
  try {
    const plain = compute(0);
    return { ok: true, view: { plain, retried: draft.r === 0 ? plain : compute(draft.r) } };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      return { ok: false, error: { kind: 'lib', field, message: e.message } };
    }
    throw e;
  }
}

/** The default draft's numbers (valid by construction; a failure is a bug). */
export function defaultChainView(): ChainView {
  const reading = readChain(DEFAULT_CHAIN);
  if (!reading.ok) throw new Error(`the default chain draft is invalid: ${reading.error.kind}`);
  return reading.view;
}

// ---------------------------------------------------------------- the address

const KEY = {
  n: 'rel-n',
  c: 'rel-c',
  k: 'rel-k',
  mode: 'rel-mode',
  p: 'rel-p',
  m: 'rel-m',
  list: 'rel-list',
  r: 'rel-r',
} as const;

const PASS_KEYS = [KEY.n, KEY.c, KEY.k];
const CHAIN_KEYS = [KEY.mode, KEY.p, KEY.m, KEY.list, KEY.r];

/** A link's field longer than this is ignored (no real number or list is that long). */
const MAX_LINK_FIELD = 400;

/** Part 1's query parameters (for `useWriteQuery`). */
export function encodePass(state: PassState): Record<string, string> {
  return { [KEY.n]: String(state.n), [KEY.c]: String(state.c), [KEY.k]: String(state.k) };
}

/** Part 2's query parameters; the field the mode does not use is removed. */
export function encodeChain(draft: ChainDraft): Record<string, string | null> {
  const same = draft.mode === 'same';
  return {
    [KEY.mode]: draft.mode,
    [KEY.p]: same ? draft.p : null,
    [KEY.m]: same ? String(draft.m) : null,
    [KEY.list]: same ? null : draft.list,
    [KEY.r]: String(draft.r),
  };
}

/** An integer in [min, max] written plainly ('7', not '7.0' or ' 7'), or null. */
function readInt(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  const x = Number(value);
  return x >= min && x <= max ? x : null;
}

/**
 * Each part's state from a query string, null for a part with none of its keys. Part 1: n falls
 * back to the default, then c and k are kept only when in range for that n. Part 2: the mode
 * decides which typed field is read; typed fields come back as typed (a bad number in a link
 * shows the demo's usual message), the sliders' values only when in range.
 *
 * @example decodeState('?rel-n=10&rel-c=5&rel-k=2').pass // { n: 10, c: 5, k: 2 }
 * @example decodeState('?rel-mode=list&rel-list=0.9,0.8').chain?.list // '0.9,0.8'
 * @example decodeState('?kl-p=1') // { pass: null, chain: null }
 */
export function decodeState(search: string): { pass: PassState | null; chain: ChainDraft | null } {
  const query = new URLSearchParams(search);
  const has = (keys: readonly string[]) => keys.some((key) => query.has(key));
  let pass: PassState | null = null;
  if (has(PASS_KEYS)) {
    const n = readInt(query.get(KEY.n), 1, MAX_TRIALS) ?? DEFAULT_PASS.n;
    pass = {
      n,
      c: readInt(query.get(KEY.c), 0, n) ?? Math.min(DEFAULT_PASS.c, n),
      k: readInt(query.get(KEY.k), 1, n) ?? Math.min(DEFAULT_PASS.k, n),
    };
  }
  let chain: ChainDraft | null = null;
  if (has(CHAIN_KEYS)) {
    const text = (key: string, fallback: string) => {
      const value = query.get(key);
      return value !== null && value.length <= MAX_LINK_FIELD ? value : fallback;
    };
    const mode =
      query.get(KEY.mode) === 'list' || (!query.has(KEY.mode) && query.has(KEY.list)) ? 'list' : 'same';
    chain = {
      mode,
      p: text(KEY.p, DEFAULT_CHAIN.p),
      m: readInt(query.get(KEY.m), 1, MAX_CHAIN_STEPS) ?? DEFAULT_CHAIN.m,
      list: text(KEY.list, DEFAULT_CHAIN.list),
      r: readInt(query.get(KEY.r), 0, MAX_CHAIN_RETRIES) ?? DEFAULT_CHAIN.r,
    };
  }
  return { pass, chain };
}
