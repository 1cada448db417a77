/**
 * The CLIP-loss demo's form, presets and logit-scale steps: plain data, no formulas. The vectors
 * are illustrative 2-D or 3-D stand-ins for embeddings (a real CLIP embedding has hundreds of
 * dimensions); only their directions matter, since lib L2-normalises every row.
 */

export const MIN_PAIRS = 2;
export const MAX_PAIRS = 5;
export const DIMS = [2, 3] as const;

/** Images and captions: row i of each is pair i. */
export const SIDES = ['images', 'texts'] as const;
export type Side = (typeof SIDES)[number];

/** The vectors as typed: one string per component. */
export interface ClipDraft {
  readonly images: readonly (readonly string[])[];
  readonly texts: readonly (readonly string[])[];
}

export const PRESET_KEYS = ['aligned', 'swap', 'hard', 'orthogonal'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

const ALIGNED: ClipDraft = {
  images: [
    ['3', '1'],
    ['2', '2'],
    ['1', '3'],
  ],
  texts: [
    ['4', '1'],
    ['1', '1'],
    ['1', '4'],
  ],
};

/**
 * - aligned: each caption points roughly where its image does (the demo opens here).
 * - swap: captions 1 and 2 swapped, so pairs 1 and 2 are mismatched.
 * - hard: caption 2 nearly repeats caption 1 (a near-duplicate, like two similar captions in one batch).
 * - orthogonal: 3-D, every pair on its own axis: the best a batch of three can do.
 */
export const PRESETS: Readonly<Record<PresetKey, ClipDraft>> = {
  aligned: ALIGNED,
  swap: { images: ALIGNED.images, texts: [ALIGNED.texts[1]!, ALIGNED.texts[0]!, ALIGNED.texts[2]!] },
  hard: {
    images: ALIGNED.images,
    texts: [
      ['4', '1'],
      ['4', '1.3'],
      ['1', '4'],
    ],
  },
  orthogonal: {
    images: [
      ['1', '0', '0'],
      ['0', '1', '0'],
      ['0', '0', '1'],
    ],
    texts: [
      ['1', '0', '0'],
      ['0', '1', '0'],
      ['0', '0', '1'],
    ],
  },
};

export const DEFAULT_DRAFT: ClipDraft = ALIGNED;

/** Pair i of a growing batch when the draft has none: the default three, then two more (2-D). */
const POOL: readonly { image: readonly string[]; text: readonly string[] }[] = [
  ...ALIGNED.images.map((image, i) => ({ image, text: ALIGNED.texts[i] ?? image })),
  { image: ['-2', '3'], text: ['-1', '2'] },
  { image: ['-3', '-1'], text: ['-4', '-1'] },
];

/** The draft's vector length (the first image's). */
export const dimOf = (draft: ClipDraft) => draft.images[0]?.length ?? 2;

/**
 * The draft with `count` pairs: dropped pairs are removed, new ones come from a fixed pool
 * (padded with 0 to the draft's length).
 *
 * @example withPairs(DEFAULT_DRAFT, 4).texts[3] // ['-1', '2']
 */
export function withPairs(draft: ClipDraft, count: number): ClipDraft {
  const dim = dimOf(draft);
  const fit = (v: readonly string[]) => Array.from({ length: dim }, (_, k) => v[k] ?? '0');
  const grow = (rows: readonly (readonly string[])[], side: 'image' | 'text') =>
    Array.from({ length: count }, (_, i) => rows[i] ?? fit(POOL[i]?.[side] ?? ['1', '0']));
  return { images: grow(draft.images, 'image'), texts: grow(draft.texts, 'text') };
}

/**
 * The draft with vectors of length `dim`: a new component starts at 0, a dropped one is removed
 * (which can leave a zero vector: the demo then says so).
 *
 * @example withDims(DEFAULT_DRAFT, 3).images[0] // ['3', '1', '0']
 */
export function withDims(draft: ClipDraft, dim: number): ClipDraft {
  const fit = (rows: readonly (readonly string[])[]) =>
    rows.map((v) => Array.from({ length: dim }, (_, k) => v[k] ?? '0'));
  return { images: fit(draft.images), texts: fit(draft.texts) };
}

/** The preset the draft holds (as typed, trimmed), if any. */
export function loadedPreset(draft: ClipDraft): PresetKey | undefined {
  const same = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) =>
    a.length === b.length &&
    a.every((row, i) => row.length === b[i]?.length && row.every((x, k) => x.trim() === b[i]?.[k]));
  return PRESET_KEYS.find(
    (key) => same(draft.images, PRESETS[key].images) && same(draft.texts, PRESETS[key].texts),
  );
}

/**
 * The logit scales the slider visits. CLIP learns log s; open_clip starts it at log(1/0.07), so
 * s = 1/0.07 ≈ 14.29, and clamps it at log 100 during training (src/training/train.py). `tau` is
 * the temperature 1/s as printed.
 */
export const SCALE_STEPS = [
  { key: '1', scale: 1, label: '1', tau: '1' },
  { key: '2', scale: 2, label: '2', tau: '0.5' },
  { key: '5', scale: 5, label: '5', tau: '0.2' },
  { key: '10', scale: 10, label: '10', tau: '0.1' },
  { key: 'init', scale: 1 / 0.07, label: '1/0.07 ≈ 14.29', tau: '0.07' },
  { key: '20', scale: 20, label: '20', tau: '0.05' },
  { key: '30', scale: 30, label: '30', tau: '≈ 0.033' },
  { key: '50', scale: 50, label: '50', tau: '0.02' },
  { key: '100', scale: 100, label: '100', tau: '0.01' },
] as const;

export type ScaleKey = (typeof SCALE_STEPS)[number]['key'];

/** The slider opens at CLIP's initial value. */
export const INIT_SCALE_INDEX = SCALE_STEPS.findIndex((s) => s.key === 'init');
/** open_clip's clamp. */
export const MAX_SCALE_INDEX = SCALE_STEPS.findIndex((s) => s.key === '100');
