/**
 * The visual-token demo's state in the address, under `vt-` keys so the other demo on the page keeps
 * its own: `?vt-m=anyres&vt-h=672&vt-w=672&vt-p=14&vt-s=336&vt-k=1&vt-c=0&vt-u=1&vt-x=0&vt-min=3136&vt-max=12845056&vt-ctx=4096&vt-n=1`.
 * Only a valid form is written. A link's number fields come back as typed (too long ones fall back
 * to the default), so a bad number shows the demo's usual message; choices outside their lists
 * fall back to the default. Pure; tested in tests/unit/demos/visual-tokens-compute.test.ts.
 */
import {
  CONTEXTS,
  DEFAULT_DRAFT,
  FIELDS,
  IMAGE_COUNTS,
  MERGES,
  MODES,
  type Field,
  type VtDraft,
} from './presets';

const FIELD_KEY: Record<Field, string> = {
  height: 'vt-h',
  width: 'vt-w',
  patch: 'vt-p',
  tile: 'vt-s',
  special: 'vt-x',
  minPixels: 'vt-min',
  maxPixels: 'vt-max',
};
const KEY = {
  mode: 'vt-m',
  merge: 'vt-k',
  cls: 'vt-c',
  unpad: 'vt-u',
  context: 'vt-ctx',
  images: 'vt-n',
} as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 20;

/** The query parameters of a draft (for `useWriteQuery`). */
export function encodeState(draft: VtDraft): Record<string, string> {
  const out: Record<string, string> = {
    [KEY.mode]: draft.mode,
    [KEY.merge]: String(draft.merge),
    [KEY.cls]: draft.cls ? '1' : '0',
    [KEY.unpad]: draft.unpad ? '1' : '0',
    [KEY.context]: String(draft.context),
    [KEY.images]: String(draft.images),
  };
  for (const field of FIELDS) out[FIELD_KEY[field]] = draft[field].trim();
  return out;
}

function pick<T extends string | number>(list: readonly T[], value: string | null, fallback: T): T {
  return list.find((x) => String(x) === value) ?? fallback;
}

/**
 * The draft a query string carries; null when it has none of the demo's keys.
 *
 * @example decodeState('?vt-m=native&vt-k=2')?.merge // 2
 * @example decodeState('?cl-s=100') // null
 */
export function decodeState(search: string): VtDraft | null {
  const query = new URLSearchParams(search);
  const keys = [...Object.values(KEY), ...Object.values(FIELD_KEY)];
  if (!keys.some((key) => query.has(key))) return null;
  const flag = (key: string, fallback: boolean) => {
    const v = query.get(key);
    return v === '1' ? true : v === '0' ? false : fallback;
  };
  const fields = {} as Record<Field, string>;
  for (const field of FIELDS) {
    const value = query.get(FIELD_KEY[field]);
    fields[field] = value !== null && value.length <= MAX_FIELD_LENGTH ? value : DEFAULT_DRAFT[field];
  }
  return {
    ...fields,
    mode: pick(MODES, query.get(KEY.mode), DEFAULT_DRAFT.mode),
    merge: pick(MERGES, query.get(KEY.merge), DEFAULT_DRAFT.merge),
    cls: flag(KEY.cls, DEFAULT_DRAFT.cls),
    unpad: flag(KEY.unpad, DEFAULT_DRAFT.unpad),
    context: pick(CONTEXTS, query.get(KEY.context), DEFAULT_DRAFT.context),
    images: pick(IMAGE_COUNTS, query.get(KEY.images), DEFAULT_DRAFT.images),
  };
}
