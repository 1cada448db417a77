/**
 * The PPO-clip demo's plumbing between the typed form and lib/alignment: parse ε and A, call
 * `ppoClipObjective`, `ppoUnclippedObjective` and `ppoClipGradient`, sample the curves and list the
 * slider's ratios. Nothing here is an objective or a derivative. Pure, tested in
 * tests/unit/demos/ppo-clip-compute.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import type { Point } from '@/components/ui/chart';
import { ppoClipObjective } from '@/lib/alignment/ppo-clip';
import { ppoClipGradient, ppoUnclippedObjective } from '@/lib/alignment/ppo-clip-gradient';

export const FIELDS = ['eps', 'adv'] as const;
export type ClipField = (typeof FIELDS)[number];

/** The form as typed. */
export type ClipDraft = Readonly<Record<ClipField, string>>;

/** What lib is called with. */
export interface ClipConfig {
  readonly epsilon: number;
  readonly advantage: number;
}

export type ClipError =
  | { kind: 'field'; field: ClipField; error: FieldError }
  | { kind: 'lib'; field: ClipField | null; message: string }
  | { kind: 'zero' };

export type ClipReading = { ok: true; config: ClipConfig } | { ok: false; error: ClipError };

/** The demo opens with the paper's ε = 0.2, a good token (A = 1) and r = 1.5, past the clip. */
export const DEFAULT_DRAFT: ClipDraft = { eps: '0.2', adv: '1' };
export const DEFAULT_RATIO = 1.5;

/** The ε presets: 0.2 is the PPO paper's best setting (Schulman et al. 2017, §6.1) and Llama 2's. */
export const EPS_PRESETS = ['0.1', '0.2', '0.3'] as const;
export type EpsPreset = (typeof EPS_PRESETS)[number];

/** The ε slider's stops, 0.05 to 0.5; a typed ε in lib's range (0, 1) joins them. */
export const EPS_STEPS: readonly number[] = Array.from({ length: 10 }, (_, i) => (i + 1) / 20);

/** The ratio axis runs from 0 to this. */
export const RATIO_MAX = 2;

/** lib's parameter names, as its messages spell them. */
const LIB_NAME: Record<ClipField, string> = { eps: 'epsilon', adv: 'advantage' };

/**
 * Reads the form: text that is not a number is refused here, ranges are lib's (ε in (0, 1), A
 * finite), and A = 0 is refused by the demo (it has no sign, so there is no clip to show).
 *
 * @example readDraft({ eps: '0.2', adv: '-1' }) // { ok: true, config: { epsilon: 0.2, advantage: -1 } }
 * @example readDraft({ eps: '1', adv: '1' }) // { ok: false, error: { kind: 'lib', field: 'eps', message: 'epsilon must be in (0, 1), got 1' } }
 */
export function readDraft(draft: ClipDraft): ClipReading {
  const values = {} as Record<ClipField, number>;
  for (const field of FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  try {
    ppoClipObjective(1, values.adv, values.eps);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const [name] = fieldsInMessage(e.message, Object.values(LIB_NAME));
    const field = FIELDS.find((f) => LIB_NAME[f] === name) ?? null;
    return { ok: false, error: { kind: 'lib', field, message: e.message } };
  }
  if (values.adv === 0) return { ok: false, error: { kind: 'zero' } };
  return { ok: true, config: { epsilon: values.eps, advantage: values.adv } };
}

/**
 * The ratios the slider visits: every 0.01 from 0 to 2, plus the two kinks 1 ± ε (so a typed ε
 * such as 0.123 still lands on its kink), ascending.
 *
 * @example ratioSteps(0.2).length // 201 (0.8 and 1.2 are already stops)
 */
export function ratioSteps(epsilon: number): number[] {
  const steps = new Set<number>();
  for (let i = 0; i <= RATIO_MAX * 100; i++) steps.add(i / 100);
  for (const kink of [1 - epsilon, 1 + epsilon]) if (kink >= 0 && kink <= RATIO_MAX) steps.add(kink);
  return [...steps].sort((a, b) => a - b);
}

/** The index of the step closest to `value` (the first of two equally close). */
export function nearestIndex(steps: readonly number[], value: number): number {
  let best = 0;
  steps.forEach((s, i) => {
    if (Math.abs(s - value) < Math.abs((steps[best] ?? 0) - value)) best = i;
  });
  return best;
}

/** The ε stops of the slider with a typed ε added in its place. */
export function epsSteps(epsilon: number): number[] {
  return [...new Set([...EPS_STEPS, epsilon])].sort((a, b) => a - b);
}

/** Where a ratio sits for the sentence under the readout. */
export type ClipState = 'inside' | 'kink' | 'worse' | 'flat';

/** The numbers at one ratio, all from lib. */
export interface ClipReadingAt {
  readonly ratio: number;
  readonly objective: number;
  readonly unclipped: number;
  readonly gradient: number;
  readonly state: ClipState;
}

/**
 * L, r·A and ∂L/∂r at ratio r, and which case the ratio is in: `flat` (gradient 0), `kink` (on the
 * bound of the clipped side, 1 + ε for A > 0, 1 − ε for A < 0, where autograd still passes A),
 * `worse` (outside the range on the side that is never clipped) or `inside`.
 *
 * @example readingAt({ epsilon: 0.2, advantage: 1 }, 1.5) // { objective: 1.2, gradient: 0, state: 'flat', … }
 */
export function readingAt(config: ClipConfig, ratio: number): ClipReadingAt {
  const { epsilon, advantage } = config;
  const objective = ppoClipObjective(ratio, advantage, epsilon);
  const unclipped = ppoUnclippedObjective(ratio, advantage);
  const gradient = ppoClipGradient(ratio, advantage, epsilon);
  const clippedBound = advantage > 0 ? 1 + epsilon : 1 - epsilon;
  const state: ClipState =
    gradient === 0
      ? 'flat'
      : ratio === clippedBound
        ? 'kink'
        : ratio < 1 - epsilon || ratio > 1 + epsilon
          ? 'worse'
          : 'inside';
  return { ratio, objective, unclipped, gradient, state };
}

/** What one panel draws: the curves for one sign of A, its flat region and its y range. */
export interface PanelView {
  readonly advantage: number;
  /** L(r) at every slider ratio, kinks included */
  readonly curve: readonly Point[];
  /** r·A at both ends of the axis (a straight line) */
  readonly unclipped: readonly Point[];
  /** the ratios where ∂L/∂r = 0: (1 + ε, 2] for A > 0, [0, 1 − ε) for A < 0 */
  readonly flat: readonly [number, number];
  readonly yDomain: readonly [number, number];
  /** a few ratios for the data table: 0, 0.5, 1 − ε, 1, 1 + ε, 1.5, 2 */
  readonly tableRatios: readonly number[];
}

/**
 * One panel: the advantage ±|A| and its curves from lib, sampled at {@link ratioSteps}.
 *
 * @example panelView(-1, 0.2).flat // [0, 0.8]
 */
export function panelView(advantage: number, epsilon: number): PanelView {
  const curve = ratioSteps(epsilon).map((r) => [r, ppoClipObjective(r, advantage, epsilon)] as const);
  const unclipped = [0, RATIO_MAX].map((r) => [r, ppoUnclippedObjective(r, advantage)] as const);
  const flat: [number, number] =
    advantage > 0 ? [Math.min(1 + epsilon, RATIO_MAX), RATIO_MAX] : [0, Math.max(1 - epsilon, 0)];
  const ends = unclipped.map(([, y]) => y);
  const top = Math.max(0, ...ends);
  const bottom = Math.min(0, ...ends);
  const pad = 0.08 * (top - bottom);
  const tableRatios = [...new Set([0, 0.5, 1 - epsilon, 1, 1 + epsilon, 1.5, RATIO_MAX])]
    .filter((r) => r >= 0 && r <= RATIO_MAX)
    .sort((a, b) => a - b);
  return { advantage, curve, unclipped, flat, yDomain: [bottom - pad, top + pad], tableRatios };
}

/**
 * A ratio for the readout: at least two decimals, more when a typed ε needs them.
 *
 * @example formatRatio(1.5) // '1.50'
 * @example formatRatio(1 + 0.123) // '1.123'
 */
export function formatRatio(r: number): string {
  const short = String(Number(r.toFixed(4)));
  const decimals = short.split('.')[1]?.length ?? 0;
  return decimals >= 2 ? short : r.toFixed(2);
}

/**
 * A number as typed for ε and A (up to six decimals, a real minus sign).
 *
 * @example formatPlain(-1) // '−1'
 */
export function formatPlain(v: number): string {
  return String(Number(v.toFixed(6))).replace(/^-/, '\u2212');
}

/**
 * An objective or gradient value with four decimals and a real minus sign; exactly 0 prints '0' so
 * a vanished gradient reads as zero, not as a rounded small number.
 *
 * @example formatValue(-0.8) // '−0.8000'
 * @example formatValue(0) // '0'
 */
export function formatValue(v: number): string {
  if (v === 0) return '0';
  const text = v.toFixed(4).replace(/^-/, '\u2212');
  return text === '\u22120.0000' ? '0.0000' : text;
}
