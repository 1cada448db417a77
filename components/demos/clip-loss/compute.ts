/**
 * The CLIP-loss demo's plumbing between the typed vectors and lib: parse every component, let
 * lib/multimodal check the batch and compute the cosines, logits, per-row and per-column
 * cross-entropies and the loss (`clipLossTerms`, built on `clipContrastiveLoss`), and list the
 * pairs whose image or caption prefers another partner (comparisons of lib's cosines, no formula).
 * Pure, tested in tests/unit/demos/clip-loss-compute.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { formatFixed, formatScientific } from '@/lib/format';
import { clipLossTerms, type ClipLossTerms } from '@/lib/multimodal/clip-loss-terms';
import { MAX_PAIRS, MIN_PAIRS, SIDES, type ClipDraft, type Side } from './presets';

/** A pair whose image (row) or caption (column) is at least as close to another partner. */
export interface Mismatch {
  /** 'image': image `index` prefers caption `other`; 'text': caption `index` prefers image `other` */
  readonly kind: 'image' | 'text';
  readonly index: number;
  readonly other: number;
}

export interface ClipView extends ClipLossTerms {
  /** the vectors lib was called with */
  readonly inputs: Readonly<Record<Side, readonly (readonly number[])[]>>;
  readonly mismatches: readonly Mismatch[];
}

export type ClipError =
  | { kind: 'field'; side: Side; pair: number; dim: number; error: FieldError }
  | { kind: 'zero'; side: Side; pair: number; message: string }
  | { kind: 'finite'; side: Side; pair: number; dim: number; message: string }
  | { kind: 'shape' }
  | { kind: 'lib'; message: string };

export type ClipReading = { ok: true; view: ClipView } | { ok: false; error: ClipError };

const LIB_SIDE: Record<string, Side> = { imageEmbeds: 'images', textEmbeds: 'texts' };

/** Where a lib message points: `textEmbeds[1] must not be a zero vector …`, `imageEmbeds[0][2] must be finite …`. */
function libError(message: string): ClipError {
  const m = /^(imageEmbeds|textEmbeds)\[(\d+)\](?:\[(\d+)\])? must (not be a zero vector|be finite)/.exec(
    message,
  );
  const side = m ? LIB_SIDE[m[1] as string] : undefined;
  if (!m || !side) return { kind: 'lib', message };
  const pair = Number(m[2]);
  if (m[4] === 'be finite') return { kind: 'finite', side, pair, dim: Number(m[3] ?? 0), message };
  return { kind: 'zero', side, pair, message };
}

/** Each pair whose own partner is not the strict favourite, by row then by column. */
function mismatchesOf(similarity: readonly (readonly number[])[]): Mismatch[] {
  const out: Mismatch[] = [];
  const n = similarity.length;
  const at = (i: number, j: number) => similarity[i]?.[j] ?? 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j !== i && at(i, j) >= at(i, i)) {
        out.push({ kind: 'image', index: i, other: j });
        break;
      }
    }
  }
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      if (i !== j && at(i, j) >= at(j, j)) {
        out.push({ kind: 'text', index: j, other: i });
        break;
      }
    }
  }
  return out;
}

/**
 * Reads the batch at logit scale `logitScale`: text that is not a number is refused here; a
 * non-finite component (1e400) and a zero vector are lib's to refuse, and the message says which.
 *
 * @example readBatch({ images: [['1', '0'], ['0', '1']], texts: [['1', '0'], ['0', '1']] }, 1).ok // true
 */
export function readBatch(draft: ClipDraft, logitScale: number): ClipReading {
  const n = draft.images.length;
  const dim = draft.images[0]?.length ?? 0;
  const shapeOk = (rows: readonly (readonly string[])[]) =>
    rows.length === n && rows.every((row) => row.length === dim);
  if (
    n < MIN_PAIRS ||
    n > MAX_PAIRS ||
    (dim !== 2 && dim !== 3) ||
    !shapeOk(draft.images) ||
    !shapeOk(draft.texts)
  ) {
    return { ok: false, error: { kind: 'shape' } };
  }
  const values: Record<Side, number[][]> = { images: [], texts: [] };
  for (const side of SIDES) {
    for (const [pair, row] of draft[side].entries()) {
      const parsed: number[] = [];
      for (const [d, text] of row.entries()) {
        const field = parseField(text);
        if (!field.ok) return { ok: false, error: { kind: 'field', side, pair, dim: d, error: field.error } };
        parsed.push(field.value);
      }
      values[side].push(parsed);
    }
  }
  try {
    const terms = clipLossTerms(values.images, values.texts, { logitScale });
    return { ok: true, view: { ...terms, inputs: values, mismatches: mismatchesOf(terms.similarity) } };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, error: libError(e.message) };
    throw e;
  }
}

/**
 * A loss or cross-entropy for the readout: four decimals, or three significant digits in
 * scientific notation below 10⁻⁴ (so a tiny loss does not print as 0.0000), 0 as '0'.
 *
 * @example formatLoss(0.21232147396513282) // '0.2123'
 * @example formatLoss(2.0809460482477483e-5) // '2.08 × 10⁻⁵'
 */
export function formatLoss(value: number): string {
  if (value === 0) return '0';
  return Math.abs(value) < 1e-4 ? formatScientific(value, 3) : formatFixed(value, 4);
}

/**
 * A cosine or logit in a cell: two decimals, a real minus sign, and no "−0.00".
 *
 * @example formatCell(-0.5145) // '−0.51'
 */
export function formatCell(value: number): string {
  const text = formatFixed(value, 2);
  return text === '\u22120.00' ? '0.00' : text;
}

/** The query-string form of a valid batch: rows joined by ';', components by ','. */
export function batchKey(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => row.map(String).join(',')).join(';');
}
