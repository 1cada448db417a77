/**
 * The contextual-calibration demo's state in the address, under `cc-` keys so other demos'
 * parameters on the page survive: `cc-set` (which inputs), `cc-cf` (the content-free row),
 * `cc-p` (rows separated by `;`, labels by `,`) and `cc-gold` (gold label indices). Pure; tested in
 * tests/unit/demos/contextual-calibration-model.test.ts.
 */
import { presetDraft, type CcDraft } from './model';
import { PRESET_KEYS, PRESETS, type PresetKey } from './presets';

const KEY = { set: 'cc-set', contentFree: 'cc-cf', probs: 'cc-p', gold: 'cc-gold' } as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** The query parameters of a draft (for `useWriteQuery`). */
export function encodeState(draft: CcDraft): Record<string, string> {
  return {
    [KEY.set]: draft.set,
    [KEY.contentFree]: draft.contentFree.join(','),
    [KEY.probs]: draft.probs.map((row) => row.join(',')).join(';'),
    [KEY.gold]: draft.gold.join(','),
  };
}

/** `width` comma-separated short fields, or null. */
function readFields(value: string | null | undefined, width: number): string[] | null {
  if (value === null || value === undefined) return null;
  const items = value.split(',');
  return items.length === width && items.every((x) => x.length <= MAX_FIELD_LENGTH) ? items : null;
}

/**
 * The draft a query string carries; null when it has none of the demo's keys. The set must be a
 * preset's (else the default's); the content-free row, the table and the gold labels each fall
 * back alone to that preset's unless they have the preset's shape (as many rows and labels, gold
 * labels integers in range). Fields come back as typed, so a bad number in a link shows the
 * demo's usual message.
 *
 * @example decodeState('?cc-set=recency')?.contentFree // ['0.35', '0.65']
 * @example decodeState('?sc-n=3') // null
 */
export function decodeState(search: string): CcDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const setParam = query.get(KEY.set);
  const set: PresetKey = PRESET_KEYS.find((k) => k === setParam) ?? 'majority';
  const fallback = presetDraft(set);
  const width = PRESETS[set].labels.length;
  const count = fallback.probs.length;

  const contentFree = readFields(query.get(KEY.contentFree), width) ?? fallback.contentFree;
  const rows = query.get(KEY.probs)?.split(';') ?? [];
  const table = rows.length === count ? rows.map((r) => readFields(r, width)) : [];
  const probs =
    table.length === count && table.every((r) => r !== null) ? (table as string[][]) : fallback.probs;
  const goldItems = query.get(KEY.gold)?.split(',') ?? [];
  const goldOk = goldItems.length === count && goldItems.every((g) => /^\d$/.test(g) && Number(g) < width);
  return { set, contentFree, probs, gold: goldOk ? goldItems.map(Number) : fallback.gold };
}
