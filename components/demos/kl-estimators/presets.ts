/**
 * The KL-estimator demo's form and presets: plain data, no formulas. Every preset shares one
 * reference distribution over five tokens and moves only the policy; the numbers are illustrative
 * (a next-token distribution of a small vocabulary), chosen so each sums to exactly 1 as typed.
 */

/** The fewest and most tokens the editor offers. */
export const MIN_TOKENS = 2;
export const MAX_TOKENS = 6;

/** The two distributions' sides: π (the policy that samples) and π_ref. */
export const SIDES = ['policy', 'ref'] as const;
export type Side = (typeof SIDES)[number];

/** The form as typed: one text per token and side, the sample count and the seed. */
export interface KlDraft {
  readonly policy: readonly string[];
  readonly ref: readonly string[];
  readonly n: string;
  readonly seed: string;
}

export const PRESET_KEYS = ['close', 'far', 'sharper', 'rare'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

const REF = ['0.3', '0.25', '0.2', '0.15', '0.1'];

/**
 * - close: π moved a few hundredths from π_ref.
 * - far: π reverses π_ref's order.
 * - sharper: π keeps π_ref's order but piles mass on the top token, as RL fine-tuning tends to
 *   lower a policy's entropy.
 * - rare: π nearly drops the token π_ref likes best (0.02 against 0.3), the case where a draw of it
 *   gives a large r and k3 spreads more than k1.
 */
export const PRESETS: Readonly<Record<PresetKey, Pick<KlDraft, 'policy' | 'ref'>>> = {
  close: { policy: ['0.35', '0.25', '0.2', '0.12', '0.08'], ref: REF },
  far: { policy: ['0.05', '0.05', '0.1', '0.2', '0.6'], ref: REF },
  sharper: { policy: ['0.55', '0.25', '0.12', '0.06', '0.02'], ref: REF },
  rare: { policy: ['0.02', '0.08', '0.15', '0.25', '0.5'], ref: REF },
};

/** The demo opens on "close" with 1,000 draws from seed 1. */
export const DEFAULT_DRAFT: KlDraft = { ...PRESETS.close, n: '1000', seed: '1' };

/** The sample counts offered as buttons. */
export const N_PRESETS = ['100', '1000', '10000'] as const;
export type NPreset = (typeof N_PRESETS)[number];

/** The preset whose distributions the draft holds (as typed, trimmed), if any. */
export function loadedPreset(draft: KlDraft): PresetKey | undefined {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x.trim() === b[i]);
  return PRESET_KEYS.find(
    (key) => same(draft.policy, PRESETS[key].policy) && same(draft.ref, PRESETS[key].ref),
  );
}

/**
 * The draft with `count` tokens: extra tokens start at probability 0 on both sides (so valid
 * distributions stay valid), dropped ones are removed.
 *
 * @example withTokenCount({ ...DEFAULT_DRAFT }, 2).policy // ['0.35', '0.25']
 */
export function withTokenCount(draft: KlDraft, count: number): KlDraft {
  const resize = (xs: readonly string[]) => Array.from({ length: count }, (_, i) => xs[i] ?? '0');
  return { ...draft, policy: resize(draft.policy), ref: resize(draft.ref) };
}
