/**
 * The self-consistency demo's plumbing between the typed form and lib: presets, reading the answer
 * probabilities and n (lib's `selfConsistencyAccuracy` refuses what it cannot use), the
 * temperature steps (lib's `annealProbs`), the n values the curve is drawn through, which answer
 * is most likely, and lib's `normalizeProbs` for the "Normalise" button. No formula lives here.
 * Pure, tested in tests/unit/demos/self-consistency-model.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { annealProbs } from '@/lib/decoding/anneal';
import { normalizeProbs } from '@/lib/decoding/normalize';
import { SELF_CONSISTENCY_LIMITS, selfConsistencyAccuracy } from '@/lib/prompting/self-consistency';

/** The demo offers the correct answer and 1 to 5 wrong ones (lib takes up to 8 answers). */
export const MIN_WRONG = 1;
export const MAX_WRONG = 5;
export const MAX_SAMPLES = SELF_CONSISTENCY_LIMITS.maxSamples;

export const PRESET_KEYS = ['correctMode', 'wrongMode', 'closeCall', 'scattered'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * Illustrative per-sample answer distributions, the correct answer first, each summing to 1 as
 * typed: the correct answer as the mode; a wrong answer as the mode; the correct answer ahead by
 * 0.02; the correct answer below ½ but still the mode because the errors scatter over five answers.
 */
export const PRESETS: Readonly<Record<PresetKey, readonly string[]>> = {
  correctMode: ['0.4', '0.3', '0.2', '0.1'],
  wrongMode: ['0.3', '0.45', '0.25'],
  closeCall: ['0.36', '0.34', '0.3'],
  scattered: ['0.3', '0.14', '0.14', '0.14', '0.14', '0.14'],
};

/**
 * The temperatures the slider visits; 1 leaves the distribution as typed, 0 puts all mass on the
 * most likely answer, ∞ spreads it evenly over the answers with p > 0 (lib's `annealProbs`).
 */
export const TEMPERATURES = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, Infinity] as const;
/** The slider position the temperature control opens at (T = 0.5). */
export const DEFAULT_T_INDEX = 3;

/** The form as typed: the answer probabilities (correct first), n, and the temperature step or null (off). */
export interface ScDraft {
  readonly probs: readonly string[];
  readonly n: string;
  readonly tIndex: number | null;
}

export const DEFAULT_DRAFT: ScDraft = { probs: PRESETS.correctMode, n: '15', tIndex: null };

/** The answer names: A is the correct one, then B, C, … */
export const answerName = (i: number) => String.fromCharCode(65 + i);

/** A temperature as the slider prints it: '0.5', '∞'. */
export const formatTemperature = (t: number) => (t === Infinity ? '∞' : String(t));

export type ProbsError =
  | { kind: 'field'; index: number; error: FieldError }
  | { kind: 'entry'; index: number; message: string }
  | { kind: 'sum'; message: string }
  | { kind: 'lib'; message: string };

export type ProbsReading = { ok: true; probs: readonly number[] } | { ok: false; error: ProbsError };

/** Calls `run`; a RangeError or TypeError from lib comes back as its message. */
function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * Reads the answer probabilities: text that is not a number is refused here; an entry outside
 * [0, 1] and a sum off 1 by more than 1e-9 are lib's to refuse (its message names the entry).
 *
 * @example readProbs(['0.6', '0.4']) // { ok: true, probs: [0.6, 0.4] }
 * @example readProbs(['0.6', '0.5']).ok // false (a sum of 1.1)
 */
export function readProbs(texts: readonly string[]): ProbsReading {
  const probs: number[] = [];
  for (const [index, text] of texts.entries()) {
    const parsed = parseField(text);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', index, error: parsed.error } };
    probs.push(parsed.value);
  }
  const checked = attempt(() => selfConsistencyAccuracy(probs, 1));
  if (checked.ok) return { ok: true, probs };
  const entry = /^answerProbs\[(\d+)\]/.exec(checked.message);
  if (entry)
    return { ok: false, error: { kind: 'entry', index: Number(entry[1]), message: checked.message } };
  if (checked.message.includes('sum to 1'))
    return { ok: false, error: { kind: 'sum', message: checked.message } };
  return { ok: false, error: { kind: 'lib', message: checked.message } };
}

export type NReading =
  | { ok: true; n: number }
  | { ok: false; error: { kind: 'field'; error: FieldError } | { kind: 'lib'; message: string } };

/**
 * Reads n; lib decides the range (an integer in [1, 99]) and names it in its message. The check
 * runs lib on a two-answer distribution, which costs next to nothing at any n.
 *
 * @example readN('15') // { ok: true, n: 15 }
 * @example readN('150') // { ok: false, error: { kind: 'lib', message: 'n must be an integer in [1, 99], got 150' } }
 */
export function readN(text: string): NReading {
  const parsed = parseField(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'field', error: parsed.error } };
  const checked = attempt(() => selfConsistencyAccuracy([1, 0], parsed.value));
  return checked.ok
    ? { ok: true, n: parsed.value }
    : { ok: false, error: { kind: 'lib', message: checked.message } };
}

/** The distribution the vote uses: as typed, or annealed at the chosen temperature by lib. */
export function votingProbs(probs: readonly number[], tIndex: number | null): number[] {
  if (tIndex === null) return [...probs];
  return annealProbs(probs, TEMPERATURES[tIndex] ?? 1);
}

/** The majority-vote accuracy at n samples (lib). */
export function accuracyAt(probs: readonly number[], n: number): number {
  return selfConsistencyAccuracy(probs, n);
}

/**
 * The n values the curve is drawn through: every n up to 20, where the curve bends most, then
 * every fourth odd n and 99. An exact value costs O(m·n³); the whole range 1 … 99 would take a few
 * hundred milliseconds per curve, this grid about a quarter of that. Odd n only past 20: with two
 * answers an even n equals n − 1 (random tie-breaks), so mixing parities would draw a saw-tooth.
 */
export const CURVE_NS: readonly number[] = [
  ...Array.from({ length: 20 }, (_, i) => i + 1),
  ...Array.from({ length: 20 }, (_, i) => 21 + 4 * i),
  99,
];

/** The curve's points (n, accuracy), from lib at each n of `CURVE_NS`. */
export function accuracyCurve(probs: readonly number[]): [number, number][] {
  return CURVE_NS.map((n) => [n, selfConsistencyAccuracy(probs, n)]);
}

/** Which answer a single sample gives most often: decides where the vote heads as n grows. */
export type Mode =
  { kind: 'correct'; rival: number } | { kind: 'wrong'; rival: number } | { kind: 'tie'; rival: number };

/**
 * Compares the correct answer's probability with the largest wrong one (`rival`, the first of
 * equals). A comparison, not a formula: with more samples the plurality settles on the most likely
 * answer (law of large numbers).
 *
 * @example modeOf([0.4, 0.3, 0.2, 0.1]) // { kind: 'correct', rival: 1 }
 * @example modeOf([0.3, 0.45, 0.25]) // { kind: 'wrong', rival: 1 }
 */
export function modeOf(probs: readonly number[]): Mode {
  let rival = 1;
  for (let i = 2; i < probs.length; i++) if ((probs[i] ?? 0) > (probs[rival] ?? 0)) rival = i;
  const [p0, pr] = [probs[0] ?? 0, probs[rival] ?? 0];
  return { kind: p0 > pr ? 'correct' : p0 < pr ? 'wrong' : 'tie', rival };
}

/**
 * The answer fields rescaled to sum to 1 by lib's `normalizeProbs`, printed with 12 significant
 * digits (at most 5 × 10⁻¹³ off per answer, well within lib's 1e-9), or null when they cannot be
 * rescaled (a field is not a number, an entry is negative, or all are 0).
 *
 * @example normalisedTexts(['2', '1', '1']) // ['0.5', '0.25', '0.25']
 */
export function normalisedTexts(texts: readonly string[]): string[] | null {
  const values: number[] = [];
  for (const text of texts) {
    const parsed = parseField(text);
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  const result = attempt(() => normalizeProbs(values));
  return result.ok ? result.value.map((p) => String(Number(p.toPrecision(12)))) : null;
}

/**
 * The fields with `wrong` wrong answers: new ones start at 0 (a valid distribution stays valid),
 * dropped ones are removed (the sum then falls short and the demo offers to normalise).
 *
 * @example withWrongCount(['0.6', '0.4'], 2) // ['0.6', '0.4', '0']
 */
export function withWrongCount(texts: readonly string[], wrong: number): string[] {
  return Array.from({ length: wrong + 1 }, (_, i) => texts[i] ?? '0');
}

/** The preset whose fields the draft holds (as typed, trimmed), if any. */
export function loadedPreset(texts: readonly string[]): PresetKey | undefined {
  return PRESET_KEYS.find((key) => {
    const preset = PRESETS[key];
    return preset.length === texts.length && texts.every((x, i) => x.trim() === preset[i]);
  });
}
