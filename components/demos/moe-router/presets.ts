/**
 * The moe-router demo's router-logit examples (tokens × experts) and its fixed settings. The
 * logits are illustrative, chosen so each example shows one thing; they come from no model.
 */

export const PRESET_KEYS = ['mixed', 'balanced', 'collapse'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** Cyclic shifts of one row: every expert is some token's first choice equally often. */
const cycle = (row: readonly number[], tokens: number): number[][] => {
  const n = row.length;
  return Array.from({ length: tokens }, (_, t) => row.map((_, e) => row[(((e - t) % n) + n) % n]!));
};

export const LOGIT_PRESETS: Record<PresetKey, readonly (readonly number[])[]> = {
  // Six tokens, four experts, most leaning to expert 1: capacity drops appear at top-1.
  mixed: [
    [2.0, 0.5, -1.0, 0.1],
    [1.5, 1.2, 0.3, -0.5],
    [0.2, 2.2, -0.3, 0.0],
    [1.8, -0.2, 0.4, 0.9],
    [-0.5, 0.3, 1.6, 0.2],
    [2.4, 0.1, 0.0, -0.8],
  ],
  // Eight tokens whose rows are shifts of one row: each column holds the same values, so the mean
  // router probability is 1/4 for every expert and each expert is first choice twice.
  balanced: cycle([2, 0.5, 0, -1], 8),
  // Six tokens that all give expert 1 the logit 4 and the rest 0: routing has collapsed.
  collapse: Array.from({ length: 6 }, () => [4, 0, 0, 0]),
};

/** Switch Transformer's auxiliary-loss coefficient α = 10⁻² (Fedus et al. 2021, §2.2). */
export const ALPHA = 0.01;

export const TOP_KS = [1, 2] as const;
export type TopK = (typeof TOP_KS)[number];

/** Capacity factors the slider visits; `null` is no capacity limit (dropless, as Mixtral). */
export const CAPACITY_FACTORS: readonly (number | null)[] = [null, 0.5, 0.75, 1, 1.25, 1.5, 2];

/** Table size limits: enough for a small batch, small enough to read on a phone. */
export const MAX_TOKENS = 12;
export const MIN_EXPERTS = 2;
export const MAX_EXPERTS = 8;
