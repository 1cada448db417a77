/**
 * The visual-token demo's form, model presets and choice lists: plain data, no formulas. A preset
 * sets how a model turns an image into tokens and keeps the image size the learner typed, so the
 * same picture can be run through each model.
 */
import { QWEN2_VL_PIXELS } from '@/lib/multimodal/visual-tokens';

export const MODES = ['fixed', 'anyres', 'native'] as const;
export type Mode = (typeof MODES)[number];

/** k of a k × k merge. */
export const MERGES = [1, 2, 3, 4] as const;
export const CONTEXTS = [2048, 4096, 8192, 32768, 131072] as const;
export const IMAGE_COUNTS = [1, 2, 4, 8, 16] as const;

/** The form as typed (number fields as strings) plus its choices. */
export interface VtDraft {
  readonly mode: Mode;
  readonly height: string;
  readonly width: string;
  readonly patch: string;
  /** the encoder's input side (fixed view, anyres tile) */
  readonly tile: string;
  readonly merge: (typeof MERGES)[number];
  readonly cls: boolean;
  /** anyres: LLaVA-NeXT's unpadding and row-end newline tokens */
  readonly unpad: boolean;
  readonly special: string;
  /** native: qwen-vl-utils' pixel budget */
  readonly minPixels: string;
  readonly maxPixels: string;
  readonly context: (typeof CONTEXTS)[number];
  readonly images: (typeof IMAGE_COUNTS)[number];
}

/** The typed number fields, in form order. */
export const FIELDS = ['height', 'width', 'patch', 'tile', 'special', 'minPixels', 'maxPixels'] as const;
export type Field = (typeof FIELDS)[number];

export const PRESET_KEYS = ['llava15', 'llavaNext', 'qwen2vl', 'vit'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

type ModelSettings = Pick<
  VtDraft,
  'mode' | 'patch' | 'tile' | 'merge' | 'cls' | 'unpad' | 'special' | 'minPixels' | 'maxPixels'
>;

const BUDGET = { minPixels: String(QWEN2_VL_PIXELS.min), maxPixels: String(QWEN2_VL_PIXELS.max) };

/**
 * - llava15: CLIP ViT-L/14 at 336 px, one view, class token dropped (LLaVA `clip_encoder.py`).
 * - llavaNext: the same encoder, anyres over LLaVA-NeXT's grids with unpadding and newline tokens
 *   (HF `LlavaNextProcessor`).
 * - qwen2vl: 14-px patches at native resolution, 2 × 2 merge, <|vision_start|>/<|vision_end|>,
 *   qwen-vl-utils' pixel budget.
 * - vit: ViT-B/16 at 224 px with its class token (Dosovitskiy et al. 2021).
 */
export const PRESETS: Readonly<Record<PresetKey, ModelSettings>> = {
  llava15: {
    mode: 'fixed',
    patch: '14',
    tile: '336',
    merge: 1,
    cls: false,
    unpad: false,
    special: '0',
    ...BUDGET,
  },
  llavaNext: {
    mode: 'anyres',
    patch: '14',
    tile: '336',
    merge: 1,
    cls: false,
    unpad: true,
    special: '0',
    ...BUDGET,
  },
  qwen2vl: {
    mode: 'native',
    patch: '14',
    tile: '336',
    merge: 2,
    cls: false,
    unpad: false,
    special: '2',
    ...BUDGET,
  },
  vit: {
    mode: 'fixed',
    patch: '16',
    tile: '224',
    merge: 1,
    cls: true,
    unpad: false,
    special: '0',
    ...BUDGET,
  },
};

/** The demo opens on LLaVA-NeXT with a 672 × 672 image and a 4,096-token window. */
export const DEFAULT_DRAFT: VtDraft = {
  ...PRESETS.llavaNext,
  height: '672',
  width: '672',
  context: 4096,
  images: 1,
};

/** The preset whose model settings the draft holds (number fields trimmed), if any. */
export function loadedPreset(draft: VtDraft): PresetKey | undefined {
  return PRESET_KEYS.find((key) => {
    const p = PRESETS[key];
    const same = (f: 'patch' | 'tile' | 'special' | 'minPixels' | 'maxPixels') => draft[f].trim() === p[f];
    const tileMatters = p.mode !== 'native';
    const budgetMatters = p.mode === 'native';
    return (
      draft.mode === p.mode &&
      draft.merge === p.merge &&
      draft.cls === p.cls &&
      (p.mode !== 'anyres' || draft.unpad === p.unpad) &&
      same('patch') &&
      same('special') &&
      (!tileMatters || same('tile')) &&
      (!budgetMatters || (same('minPixels') && same('maxPixels')))
    );
  });
}
