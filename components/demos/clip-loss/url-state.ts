/**
 * The CLIP-loss demo's state in the address (`?cl-i=3,1;2,2;1,3&cl-t=4,1;1,1;1,4&cl-s=init`), under
 * `cl-` keys so the other demo on the page keeps its own. Only a valid batch is written (as the
 * numbers lib saw); a link is read back only when both matrices parse, have the same shape (2–5
 * rows of 2 or 3 numbers) and stay short. Pure; tested in tests/unit/demos/clip-loss-compute.test.ts.
 */
import { parseField } from '@/components/demos/shared/number-field';
import { batchKey } from './compute';
import {
  DEFAULT_DRAFT,
  INIT_SCALE_INDEX,
  MAX_PAIRS,
  MIN_PAIRS,
  SCALE_STEPS,
  type ClipDraft,
} from './presets';

export const KEY = { images: 'cl-i', texts: 'cl-t', scale: 'cl-s' } as const;

/** A matrix longer than this in a link is ignored. */
const MAX_MATRIX_LENGTH = 300;

/** The demo's state as a link carries it. */
export interface ClipLinkState {
  readonly draft: ClipDraft;
  readonly scaleIndex: number;
}

/** The query parameters of a valid batch and a slider position (for `useWriteQuery`). */
export function encodeState(
  inputs: { readonly images: readonly (readonly number[])[]; readonly texts: readonly (readonly number[])[] },
  scaleIndex: number,
): Record<string, string> {
  return {
    [KEY.images]: batchKey(inputs.images),
    [KEY.texts]: batchKey(inputs.texts),
    [KEY.scale]: SCALE_STEPS[scaleIndex]?.key ?? SCALE_STEPS[INIT_SCALE_INDEX]!.key,
  };
}

/** A matrix of 2–5 rows of 2 or 3 numbers, as strings, or null. */
function readMatrix(value: string | null): string[][] | null {
  if (value === null || value.length === 0 || value.length > MAX_MATRIX_LENGTH) return null;
  const rows = value.split(';').map((row) => row.split(','));
  const dim = rows[0]?.length ?? 0;
  if (rows.length < MIN_PAIRS || rows.length > MAX_PAIRS || (dim !== 2 && dim !== 3)) return null;
  if (!rows.every((row) => row.length === dim && row.every((x) => parseField(x).ok))) return null;
  return rows.map((row) => row.map((x) => x.trim()));
}

/**
 * The state a query string carries; null when it has none of the demo's keys. The two matrices
 * come from the link only together and with the same shape, else both fall back to the default;
 * an unknown scale falls back to 1/0.07.
 *
 * @example decodeState('?cl-i=1,0;0,1&cl-t=0,1;1,0&cl-s=100')?.scaleIndex // 8
 * @example decodeState('?vt-h=336') // null
 */
export function decodeState(search: string): ClipLinkState | null {
  const query = new URLSearchParams(search);
  if (!Object.values(KEY).some((key) => query.has(key))) return null;
  const images = readMatrix(query.get(KEY.images));
  const texts = readMatrix(query.get(KEY.texts));
  const same = images && texts && images.length === texts.length && images[0]?.length === texts[0]?.length;
  const index = SCALE_STEPS.findIndex((s) => s.key === query.get(KEY.scale));
  return {
    draft: same ? { images, texts } : DEFAULT_DRAFT,
    scaleIndex: index >= 0 ? index : INIT_SCALE_INDEX,
  };
}
