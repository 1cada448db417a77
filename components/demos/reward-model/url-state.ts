/**
 * The reward-model demo's state in the address. The two views sit on one page, so each has its own
 * keys: `rm-` for the pair view (`?rm-rc=2&rm-rr=1&rm-margin=small&rm-rating=better`) and `rmf-`
 * for the fit view (`?rmf-set=length&rmf-lr=0.5&rmf-l2=0&rmf-steps=200&rmf-at=50`). Pure; tested
 * in tests/unit/demos/reward-model-url.test.ts.
 */
import { DATASET_KEYS } from './data';
import { DEFAULT_FIT, FIT_FIELDS, type FitDraft, type FitField } from './fit-compute';
import { DEFAULT_PAIR, isRating, isScale, PAIR_FIELDS, type PairDraft, type PairField } from './pair-compute';

const PAIR_KEY: Record<PairField | 'scale' | 'rating', string> = {
  rc: 'rm-rc',
  rr: 'rm-rr',
  scale: 'rm-margin',
  rating: 'rm-rating',
};

const FIT_KEY: Record<FitField | 'set' | 'at', string> = {
  set: 'rmf-set',
  lr: 'rmf-lr',
  l2: 'rmf-l2',
  steps: 'rmf-steps',
  at: 'rmf-at',
};

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

function field(query: URLSearchParams, key: string, fallback: string): string {
  const value = query.get(key);
  return value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback;
}

/** The pair view's query parameters (for `useWriteQuery`). */
export function encodePair(draft: PairDraft): Record<string, string> {
  return {
    [PAIR_KEY.rc]: draft.rc,
    [PAIR_KEY.rr]: draft.rr,
    [PAIR_KEY.scale]: draft.scale,
    [PAIR_KEY.rating]: draft.rating,
  };
}

/**
 * The pair draft a query string carries, missing or unknown values from the default; null when
 * it has none of the pair view's keys.
 *
 * @example decodePair('?rm-rc=2&rm-margin=large') // { ...DEFAULT_PAIR, rc: '2', scale: 'large' }
 * @example decodePair('?rmf-at=3') // null
 */
export function decodePair(search: string): PairDraft | null {
  const query = new URLSearchParams(search);
  if (!Object.values(PAIR_KEY).some((key) => query.has(key))) return null;
  const scale = query.get(PAIR_KEY.scale);
  const rating = query.get(PAIR_KEY.rating);
  const fields = {} as Record<PairField, string>;
  for (const f of PAIR_FIELDS) fields[f] = field(query, PAIR_KEY[f], DEFAULT_PAIR[f]);
  return {
    ...fields,
    scale: isScale(scale) ? scale : DEFAULT_PAIR.scale,
    rating: isRating(rating) ? rating : DEFAULT_PAIR.rating,
  };
}

/** What a fit link restores: the form and the step the slider shows. */
export interface FitLinked {
  readonly draft: FitDraft;
  readonly at: number;
}

/** The fit view's query parameters (for `useWriteQuery`). */
export function encodeFit({ draft, at }: FitLinked): Record<string, string> {
  const params: Record<string, string> = { [FIT_KEY.set]: draft.set, [FIT_KEY.at]: String(at) };
  for (const f of FIT_FIELDS) params[FIT_KEY[f]] = draft[f];
  return params;
}

/**
 * The fit state a query string carries, missing or unknown values from the default (a step that
 * is not a whole number becomes 0; the view clamps it to the run); null when it has none of the
 * fit view's keys.
 *
 * @example decodeFit('?rmf-set=length&rmf-at=50') // { draft: { ...DEFAULT_FIT, set: 'length' }, at: 50 }
 * @example decodeFit('?rm-rc=1') // null
 */
export function decodeFit(search: string): FitLinked | null {
  const query = new URLSearchParams(search);
  if (!Object.values(FIT_KEY).some((key) => query.has(key))) return null;
  const set = query.get(FIT_KEY.set);
  const fields = {} as Record<FitField, string>;
  for (const f of FIT_FIELDS) fields[f] = field(query, FIT_KEY[f], DEFAULT_FIT[f]);
  const at = query.get(FIT_KEY.at);
  return {
    draft: { ...fields, set: DATASET_KEYS.find((k) => k === set) ?? DEFAULT_FIT.set },
    at: at !== null && /^\d{1,6}$/.test(at) ? Number(at) : 0,
  };
}
