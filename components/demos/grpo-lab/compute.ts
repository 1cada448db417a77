/**
 * The GRPO lab's plumbing between the edited group and lib/alignment: read G and the lengths, call
 * `grpoRewardStats`, `grpoAdvantages`, `grpoTokenWeights` and `grpoGradientPush`, and turn a
 * RangeError/TypeError from lib into a value naming the field it is about. Every number comes from
 * lib. Pure; tested in tests/unit/demos/grpo-lab-compute.test.ts.
 */
import {
  fieldsInMessage,
  groupDigits,
  parseField,
  type FieldError,
} from '@/components/demos/shared/number-field';
import { grpoAdvantages } from '@/lib/alignment/grpo-advantages';
import {
  GRPO_LOSS_TYPES,
  grpoGradientPush,
  grpoRewardStats,
  grpoTokenWeights,
  type GrpoGradientPush,
  type GrpoLossType,
  type GrpoRewardStats,
  type GrpoTokenWeights,
} from '@/lib/alignment/grpo-loss';
import { formatFixed, formatScientific } from '@/lib/format';
import {
  parseGroupSize,
  ruleReward,
  type AdvantagesDraft,
  type AggregationDraft,
  type GroupSizeError,
  type Row,
} from './group';

/** What went wrong, and which field to mark. */
export type LabError =
  | { kind: 'g'; error: GroupSizeError }
  | { kind: 'length'; row: number; error: FieldError }
  | { kind: 'maxLength'; error: FieldError }
  | { kind: 'lib'; message: string; rows: number[]; g: boolean; maxLength: boolean };

/** A right answer's advantage when k of the G answers are right (0/1 rewards). */
export interface SweepPoint {
  readonly k: number;
  readonly scaled: number;
  readonly unscaled: number;
}

export interface AdvantagesView {
  readonly g: number;
  readonly lengths: readonly number[];
  readonly rewards: readonly number[];
  readonly stats: GrpoRewardStats;
  /** (rᵢ − mean)/(std + 1e-4), TRL's default */
  readonly scaled: readonly number[];
  /** rᵢ − mean, Dr. GRPO */
  readonly unscaled: readonly number[];
  /** Âᵢ(scaled)/(G·|oᵢ|): how hard GRPO's loss pushes each token */
  readonly grpoPush: readonly number[];
  /** every reward equal: no learning signal */
  readonly allEqual: boolean;
  /** number of right answers */
  readonly right: number;
  /**
   * the group's place on the sweep: k right answers when the rewards are 0/1 up to a common shift
   * (no format bonus, or every answer alike) and 0 < k < G; else null
   */
  readonly k: number | null;
  readonly sweep: readonly SweepPoint[];
}

export interface LossTypeView {
  readonly weights: GrpoTokenWeights;
  readonly push: GrpoGradientPush;
}

export interface AggregationView {
  readonly g: number;
  readonly lengths: readonly number[];
  readonly rewards: readonly number[];
  readonly advantages: readonly number[];
  readonly maxLength: number;
  readonly byType: Readonly<Record<GrpoLossType, LossTypeView>>;
}

export type Reading<V> = { ok: true; view: V } | { ok: false; error: LabError };

/** Runs lib; a RangeError/TypeError comes back as its message. */
function tryLib<T>(f: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/** The fields a lib message names: `lengths[3]` → row 3, "at least 2" → G, maxCompletionLength → L. */
function libError(message: string): LabError {
  const rows = [...message.matchAll(/lengths\[(\d+)\]/g)].map((m) => Number(m[1]));
  return {
    kind: 'lib',
    message,
    rows,
    g: /at least 2/.test(message),
    maxLength: fieldsInMessage(message, ['maxCompletionLength']).length > 0,
  };
}

/** G and the first G answers with their lengths, or the first field that cannot be read. */
function readGroup(g: string, rows: readonly Row[]): Reading<{ rows: Row[]; lengths: number[] }> {
  const size = parseGroupSize(g);
  if (!size.ok) return { ok: false, error: { kind: 'g', error: size.error } };
  const group = rows.slice(0, size.value);
  const lengths: number[] = [];
  for (const [i, r] of group.entries()) {
    const parsed = parseField(r.length);
    if (!parsed.ok) return { ok: false, error: { kind: 'length', row: i, error: parsed.error } };
    lengths.push(parsed.value);
  }
  return { ok: true, view: { rows: group, lengths } };
}

/**
 * The advantages tab: rewards from the toggles, the group's mean and std, advantages with and
 * without the std, GRPO's per-token push, and a right answer's advantage for every k of G.
 *
 * @example readAdvantages({ ...DEFAULT_ADVANTAGES, g: '4' }) // view.scaled[0] = 0.75/0.5001 ≈ 1.4997
 */
export function readAdvantages(draft: AdvantagesDraft): Reading<AdvantagesView> {
  const group = readGroup(draft.g, draft.rows);
  if (!group.ok) return group;
  const { rows, lengths } = group.view;
  const rewards = rows.map((r) => ruleReward(r, draft.formatOn));
  const result = tryLib(() => {
    const stats = grpoRewardStats(rewards);
    const scaled = grpoAdvantages(rewards);
    const unscaled = grpoAdvantages(rewards, { scaleRewards: false });
    const grpoPush = grpoGradientPush(scaled, lengths, { lossType: 'grpo' }).perToken;
    const g = rewards.length;
    const sweep = Array.from({ length: g - 1 }, (_, j) => {
      const k = j + 1;
      const binary = Array.from({ length: g }, (_, i) => (i < k ? 1 : 0));
      return {
        k,
        scaled: grpoAdvantages(binary)[0] ?? 0,
        unscaled: grpoAdvantages(binary, { scaleRewards: false })[0] ?? 0,
      };
    });
    return { stats, scaled, unscaled, grpoPush, sweep };
  });
  if (!result.ok) return { ok: false, error: libError(result.message) };
  const { stats, scaled, unscaled, grpoPush, sweep } = result.value;
  const right = rows.filter((r) => r.correct).length;
  const binary = rows.every((r) => r.format === rows[0]?.format) || !draft.formatOn;
  return {
    ok: true,
    view: {
      g: rewards.length,
      lengths,
      rewards,
      stats,
      scaled,
      unscaled,
      grpoPush,
      allEqual: stats.std === 0,
      right,
      k: binary && right > 0 && right < rewards.length ? right : null,
      sweep,
    },
  };
}

/**
 * The aggregation tab: 0/1 rewards, advantages (with or without the std), and each loss type's
 * token weights and push on every answer.
 *
 * @example readAggregation(DEFAULT_AGGREGATION) // view.byType.grpo.weights.denominators = [400, 3600]
 */
export function readAggregation(draft: AggregationDraft): Reading<AggregationView> {
  const group = readGroup(draft.g, draft.rows);
  if (!group.ok) return group;
  const maxParsed = parseField(draft.maxLength);
  if (!maxParsed.ok) return { ok: false, error: { kind: 'maxLength', error: maxParsed.error } };
  const { rows, lengths } = group.view;
  const rewards = rows.map((r) => ruleReward(r, false));
  const maxLength = maxParsed.value;
  const result = tryLib(() => {
    // The weights first, so a bad length or a group of one gets the lengths' message.
    const byType = {} as Record<GrpoLossType, LossTypeView>;
    const weightsOf = (lossType: GrpoLossType) =>
      grpoTokenWeights(lengths, { lossType, maxCompletionLength: maxLength });
    for (const lossType of GRPO_LOSS_TYPES) weightsOf(lossType);
    const advantages = grpoAdvantages(rewards, { scaleRewards: draft.scale });
    for (const lossType of GRPO_LOSS_TYPES) {
      byType[lossType] = {
        weights: weightsOf(lossType),
        push: grpoGradientPush(advantages, lengths, { lossType, maxCompletionLength: maxLength }),
      };
    }
    return { advantages, byType };
  });
  if (!result.ok) return { ok: false, error: libError(result.message) };
  return { ok: true, view: { g: lengths.length, lengths, rewards, maxLength, ...result.value } };
}

/**
 * How many times a token of answer `i` weighs a token of answer `j` under one loss type (a
 * comparison of two lib weights, for the readout).
 *
 * @example tokenWeightRatio(view.byType.grpo.weights, 1, 0) // 200/1800 = 0.111…
 */
export function tokenWeightRatio(weights: GrpoTokenWeights, i: number, j: number): number {
  return (weights.perToken[i] ?? 0) / (weights.perToken[j] ?? 1);
}

/** A value with 4 decimals and a real minus sign; a value that rounds to zero prints as 0.0000. */
export function fmt4(x: number): string {
  const text = formatFixed(x, 4);
  return /^−0\.0+$/.test(text) ? text.slice(1) : text;
}

/** A signed value with 4 decimals: +0.7500, −0.2500, 0.0000. */
export function fmtSigned(x: number): string {
  const text = fmt4(x);
  return x > 0 && text !== fmt4(0) ? `+${text}` : text;
}

/** A reward (0, 0.5, 1 or 1.5) with one decimal. */
export function fmtReward(x: number): string {
  return formatFixed(x, 1);
}

/** A small weight or push in 3 significant digits (2.78 × 10⁻⁴). */
export function fmtSmall(x: number): string {
  return formatScientific(x, 3);
}

/** A per-token weight 1/D as a fraction with D's thousands separated: 1/3,600. */
export function fmtFraction(denominator: number): string {
  return `1/${Number.isSafeInteger(denominator) ? groupDigits(denominator) : formatScientific(denominator, 3)}`;
}
