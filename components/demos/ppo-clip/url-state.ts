/**
 * The PPO-clip demo's state in the address (`?ppo-eps=0.2&ppo-adv=-1&ppo-r=0.5`), under `ppo-`
 * keys so other demos' parameters on the page survive. Pure; tested in
 * tests/unit/demos/ppo-clip-compute.test.ts.
 */
import { DEFAULT_DRAFT, DEFAULT_RATIO, FIELDS, RATIO_MAX, type ClipDraft, type ClipField } from './compute';

const KEY: Record<ClipField | 'ratio', string> = { eps: 'ppo-eps', adv: 'ppo-adv', ratio: 'ppo-r' };

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** What a link restores. */
export interface ClipState {
  readonly draft: ClipDraft;
  readonly ratio: number;
}

/** The query parameters of a state (for `useWriteQuery`). */
export function encodeState({ draft, ratio }: ClipState): Record<string, string> {
  return { [KEY.eps]: draft.eps, [KEY.adv]: draft.adv, [KEY.ratio]: String(ratio) };
}

/**
 * The state a query string carries, each missing or over-long field taken from the default and a
 * ratio outside [0, 2] replaced by the default ratio; null when the query has none of the demo's
 * keys. Fields come back as typed, so a bad number in a link shows the demo's usual message.
 *
 * @example decodeState('?ppo-adv=-1&ppo-r=0.5') // { draft: { eps: '0.2', adv: '-1' }, ratio: 0.5 }
 * @example decodeState('?dpo-beta=0.1') // null
 */
export function decodeState(search: string): ClipState | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const fields = {} as Record<ClipField, string>;
  for (const field of FIELDS) {
    const value = query.get(KEY[field]);
    fields[field] = value !== null && value.length <= MAX_FIELD_LENGTH ? value : DEFAULT_DRAFT[field];
  }
  const text = query.get(KEY.ratio);
  const ratio = text !== null && /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  return { draft: fields, ratio: ratio >= 0 && ratio <= RATIO_MAX ? ratio : DEFAULT_RATIO };
}
