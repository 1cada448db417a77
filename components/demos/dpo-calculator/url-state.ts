/**
 * The DPO calculator's state in the address (`?dpo-pc=-35&dpo-pr=-55&…&dpo-loss=ipo`), under `dpo-`
 * keys so other demos' parameters on the page survive. Pure; tested in
 * tests/unit/demos/dpo-calculator-compute.test.ts.
 */
import { DEFAULT_DRAFT, FIELDS, LOSS_TYPES, type DpoDraft, type DpoField } from './presets';

const KEY: Record<DpoField | 'lossType', string> = {
  pc: 'dpo-pc',
  pr: 'dpo-pr',
  rc: 'dpo-rc',
  rr: 'dpo-rr',
  beta: 'dpo-beta',
  eps: 'dpo-eps',
  lossType: 'dpo-loss',
};

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** The query parameters of a draft (for `useWriteQuery`). */
export function encodeState(draft: DpoDraft): Record<string, string> {
  const params: Record<string, string> = { [KEY.lossType]: draft.lossType };
  for (const field of FIELDS) params[KEY[field]] = draft[field];
  return params;
}

/**
 * The draft a query string carries, each missing, over-long or unknown value taken from the
 * default; null when the query has none of the demo's keys. Fields come back as typed, so a bad
 * number in a link shows the demo's usual inline message.
 *
 * @example decodeState('?dpo-loss=ipo&dpo-pc=-35') // { ...DEFAULT_DRAFT, pc: '-35', lossType: 'ipo' }
 * @example decodeState('?lr-at=3') // null
 */
export function decodeState(search: string): DpoDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const fields = {} as Record<DpoField, string>;
  for (const field of FIELDS) {
    const value = query.get(KEY[field]);
    fields[field] = value !== null && value.length <= MAX_FIELD_LENGTH ? value : DEFAULT_DRAFT[field];
  }
  const loss = query.get(KEY.lossType);
  return { ...fields, lossType: LOSS_TYPES.find((t) => t === loss) ?? DEFAULT_DRAFT.lossType };
}
