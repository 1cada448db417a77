/**
 * The self-consistency demo's state in the address (`?sc-p=0.4,0.3,0.2,0.1&sc-n=15&sc-t=0.5`),
 * under `sc-` keys so other demos' parameters on the page survive. `sc-t` is present only while the
 * temperature control is on. Pure; tested in tests/unit/demos/self-consistency-model.test.ts.
 */
import { DEFAULT_DRAFT, formatTemperature, MAX_WRONG, MIN_WRONG, TEMPERATURES, type ScDraft } from './model';

const KEY = { probs: 'sc-p', n: 'sc-n', t: 'sc-t' } as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** The query parameters of a draft (for `useWriteQuery`; null removes a key). */
export function encodeState(draft: ScDraft): Record<string, string | null> {
  const t = draft.tIndex === null ? undefined : TEMPERATURES[draft.tIndex];
  return {
    [KEY.probs]: draft.probs.join(','),
    [KEY.n]: draft.n,
    [KEY.t]: t === undefined ? null : t === Infinity ? 'inf' : formatTemperature(t),
  };
}

/**
 * The draft a query string carries; null when it has none of the demo's keys. Each part falls
 * back alone to the default: the probabilities unless the link holds 2–6 short fields, n unless
 * short, the temperature (off) unless it is one of the slider's steps. Fields come back as typed,
 * so a bad number or an n out of range in a link shows the demo's usual message.
 *
 * @example decodeState('?sc-p=0.6,0.4&sc-n=3')?.probs // ['0.6', '0.4']
 * @example decodeState('?sc-t=inf')?.tIndex // 10
 * @example decodeState('?kl-p=1') // null
 */
export function decodeState(search: string): ScDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const short = (value: string | null) => (value !== null && value.length <= MAX_FIELD_LENGTH ? value : null);
  const items = query.get(KEY.probs)?.split(',') ?? [];
  const probsOk =
    items.length >= MIN_WRONG + 1 && items.length <= MAX_WRONG + 1 && items.every((x) => short(x) !== null);
  const t = query.get(KEY.t);
  const tIndex = TEMPERATURES.findIndex((v) => (v === Infinity ? 'inf' : formatTemperature(v)) === t);
  return {
    probs: probsOk ? items : DEFAULT_DRAFT.probs,
    n: short(query.get(KEY.n)) ?? DEFAULT_DRAFT.n,
    tIndex: tIndex >= 0 ? tIndex : null,
  };
}
