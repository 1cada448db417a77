/**
 * The over-optimisation view's methods and presets: plain data, no formulas.
 *
 * Gao, Schulman & Hilton 2022 (https://arxiv.org/abs/2210.10760) publish their fitted α and β only
 * as plots (Fig. 3 against RM size, Figs. 17–18 against data size), not as numbers. These presets
 * are therefore illustrative: they keep the paper's shapes, not its values — β falls as the proxy
 * RM grows (§3.2, §4.2.2), and α_RL is held constant across RM sizes (§3.2).
 */
import type { OveroptimizationMethod } from '@/lib/alignment/overoptimization';

export const METHODS = ['bon', 'rl'] as const satisfies readonly OveroptimizationMethod[];

export const OVER_FIELDS = ['alpha', 'beta'] as const;
export type OverField = (typeof OVER_FIELDS)[number];

/** The form as typed. */
export interface OverDraft {
  readonly method: OveroptimizationMethod;
  readonly alpha: string;
  readonly beta: string;
}

export const PRESET_KEYS = ['bonSmall', 'bonLarge', 'rlSmall', 'rlLarge'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export const PRESETS: Readonly<Record<PresetKey, OverDraft>> = {
  bonSmall: { method: 'bon', alpha: '1', beta: '0.25' },
  bonLarge: { method: 'bon', alpha: '1', beta: '0.125' },
  rlSmall: { method: 'rl', alpha: '1', beta: '0.5' },
  rlLarge: { method: 'rl', alpha: '1', beta: '0.35' },
};

/** Best-of-n with α = 1, β = 0.25: the peak at d* = α/(2β) = 2, KL* = 4 nats, gold 1. */
export const DEFAULT_OVER: OverDraft = PRESETS.bonSmall;

/** The preset the draft matches exactly, if any. */
export function loadedPreset(draft: OverDraft): PresetKey | undefined {
  return PRESET_KEYS.find((k) => {
    const p = PRESETS[k];
    return p.method === draft.method && p.alpha === draft.alpha && p.beta === draft.beta;
  });
}
