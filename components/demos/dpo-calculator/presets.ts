/**
 * The DPO calculator's form and presets: plain data, no formulas. Log-probabilities are typed as
 * natural-log sums over a response's tokens, so they are ≤ 0 (a 50-token answer at a mean token
 * log-probability of −0.8 sums to −40).
 */
import type { DpoLossType } from '@/lib/alignment/dpo-loss';

/** The four log-probability fields: policy/reference × chosen/rejected. */
export const LOGP_FIELDS = ['pc', 'pr', 'rc', 'rr'] as const;
export type LogpField = (typeof LOGP_FIELDS)[number];

/** Every typed field: the log-probabilities, β and the label smoothing ε. */
export const FIELDS = [...LOGP_FIELDS, 'beta', 'eps'] as const;
export type DpoField = (typeof FIELDS)[number];

/** The loss types in the order the demo offers them. */
export const LOSS_TYPES = ['sigmoid', 'ipo', 'hinge'] as const satisfies readonly DpoLossType[];

/** The form as typed: each number as text, and the loss type. */
export interface DpoDraft extends Readonly<Record<DpoField, string>> {
  readonly lossType: DpoLossType;
}

export const PRESET_KEYS = ['start', 'learning', 'bothFall'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * The reference log-probabilities are the same in every preset (chosen −40, rejected −50), so only
 * the policy moves:
 * - start: the policy is the reference (DPO's first step: π_θ is initialised from π_ref), h = 0.
 * - learning: chosen up 5 nats, rejected down 5: h = 20 − 10 = 10.
 * - bothFall: chosen down 5 nats, rejected down 15: h = 20 − 10 = 10 again — the same loss as
 *   "learning", although the policy now finds the chosen answer e⁵ ≈ 148 times less likely.
 */
export const PRESET_LOGPS: Readonly<Record<PresetKey, Readonly<Record<LogpField, string>>>> = {
  start: { pc: '-40', pr: '-50', rc: '-40', rr: '-50' },
  learning: { pc: '-35', pr: '-55', rc: '-40', rr: '-50' },
  bothFall: { pc: '-45', pr: '-65', rc: '-40', rr: '-50' },
};

/** The demo opens at the start of training with TRL's defaults: β = 0.1, no smoothing, sigmoid. */
export const DEFAULT_DRAFT: DpoDraft = { ...PRESET_LOGPS.start, beta: '0.1', eps: '0', lossType: 'sigmoid' };

/** The draft with a preset's log-probabilities (β, ε and the loss type stay). */
export function withPreset(draft: DpoDraft, key: PresetKey): DpoDraft {
  return { ...draft, ...PRESET_LOGPS[key] };
}

/** The draft with the policy's log-probabilities copied from the reference's, as typed. */
export function withPolicyAsReference(draft: DpoDraft): DpoDraft {
  return { ...draft, pc: draft.rc, pr: draft.rr };
}

/** The preset whose log-probabilities the draft holds (as typed, trimmed), if any. */
export function loadedPreset(draft: DpoDraft): PresetKey | undefined {
  return PRESET_KEYS.find((key) => LOGP_FIELDS.every((f) => draft[f].trim() === PRESET_LOGPS[key][f]));
}
