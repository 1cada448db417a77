/**
 * The visual-token demo's plumbing between the form and lib: parse the number fields, let
 * lib/multimodal count the tokens (`visualTokenCount`, which calls `vitTokenCount` per view) and
 * their share of the context window (`contextShare`), and say which fields a lib message is about.
 * Nothing here is a formula. Pure, tested in tests/unit/demos/visual-tokens-compute.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import {
  contextShare,
  visualTokenCount,
  type ContextShare,
  type VisualTiling,
  type VisualTokenCount,
} from '@/lib/multimodal/visual-tokens';
import type { Field, VtDraft } from './presets';

export interface VtView {
  readonly count: VisualTokenCount;
  /** one image in the window */
  readonly one: ContextShare;
  /** all the prompt's images in the window */
  readonly all: ContextShare;
}

export type VtError =
  | { kind: 'field'; field: Field; error: FieldError }
  /** the image is smaller than one patch */
  | { kind: 'small'; message: string }
  /** qwen-vl-utils refuses aspect ratios above 200 */
  | { kind: 'ratio'; message: string }
  /** the merge does not divide a view's patch grid */
  | { kind: 'merge'; message: string }
  | { kind: 'lib'; message: string; fields: readonly Field[] };

export type VtReading = { ok: true; view: VtView } | { ok: false; error: VtError };

/** The fields the demo reads in each mode (the others are hidden). */
export function fieldsOf(mode: VtDraft['mode']): readonly Field[] {
  if (mode === 'native') return ['height', 'width', 'patch', 'special', 'minPixels', 'maxPixels'];
  return ['height', 'width', 'patch', 'tile', 'special'];
}

/** lib's parameter names → the demo's fields. */
const LIB_NAMES: readonly [RegExp, readonly Field[]][] = [
  [/^imageSize\[0\]/, ['height']],
  [/^imageSize\[1\]/, ['width']],
  [/^imageSize/, ['height', 'width']],
  [/^patchSize/, ['patch']],
  [/^tiling\.tileSize/, ['tile']],
  [/^specialTokens/, ['special']],
  [/^minPixels/, ['minPixels']],
  [/^maxPixels/, ['maxPixels']],
];

function libError(message: string): VtError {
  if (/smaller than one patch/.test(message)) return { kind: 'small', message };
  if (/aspect ratio/.test(message)) return { kind: 'ratio', message };
  if (/^merge must divide/.test(message)) return { kind: 'merge', message };
  const fields = LIB_NAMES.find(([re]) => re.test(message))?.[1] ?? [];
  return { kind: 'lib', message, fields };
}

/** The fields to mark invalid for an error. */
export function invalidFields(error: VtError): readonly Field[] {
  switch (error.kind) {
    case 'field':
      return [error.field];
    case 'small':
      return ['height', 'width', 'patch'];
    case 'ratio':
      return ['height', 'width'];
    case 'merge':
      return ['patch', 'tile'];
    case 'lib':
      return error.fields;
  }
}

/**
 * Reads the form: text that is not a number is refused here; every range (integers, a side at
 * least one patch, the merge dividing the patch grid, the pixel budget) is lib's to check.
 *
 * @example readDraft(DEFAULT_DRAFT).ok // true (LLaVA-NeXT, 672 × 672: 2,928 tokens)
 */
export function readDraft(draft: VtDraft): VtReading {
  const values: Partial<Record<Field, number>> = {};
  for (const field of fieldsOf(draft.mode)) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const num = (field: Field) => values[field] as number;
  const tiling: VisualTiling =
    draft.mode === 'native'
      ? { mode: 'native', minPixels: num('minPixels'), maxPixels: num('maxPixels') }
      : draft.mode === 'fixed'
        ? { mode: 'fixed', tileSize: num('tile') }
        : { mode: 'anyres', tileSize: num('tile'), unpad: draft.unpad };
  try {
    const count = visualTokenCount({
      imageSize: [num('height'), num('width')],
      patchSize: num('patch'),
      clsToken: draft.cls,
      merge: draft.merge,
      tiling,
      specialTokens: num('special'),
    });
    const one = contextShare({ tokensPerImage: count.total, contextWindow: draft.context });
    const all = contextShare({
      tokensPerImage: count.total,
      images: draft.images,
      contextWindow: draft.context,
    });
    return { ok: true, view: { count, one, all } };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, error: libError(e.message) };
    throw e;
  }
}
