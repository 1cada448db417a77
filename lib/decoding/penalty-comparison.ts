import { checkInteger, checkNumber, checkObject } from '@/lib/utils/validate';
import { argmax } from './argmax';
import { noRepeatNgramBans, type NgramBan } from './no-repeat-ngram';
import { presenceFrequencyPenalty } from './presence-frequency';
import { ctrlRepetitionPenalty, repetitionPenalty } from './repetition-penalty';
import { softmax } from './softmax';
import { tokenCounts } from './token-counts';
import { checkLogits } from './validate';

/** Strengths of {@link comparePenalties}; the "off" values are 1, 0, 0 and 0. */
export interface PenaltySettings {
  /** HF `repetition_penalty`, finite and > 0. */
  repetition: number;
  /** OpenAI `presence_penalty`, in [−2, 2]. */
  presence: number;
  /** OpenAI `frequency_penalty`, in [−2, 2]. */
  frequency: number;
  /** HF `no_repeat_ngram_size`, an integer ≥ 0; 0 is off. */
  ngramSize: number;
}

/** One mechanism's result: penalised logits, their softmax and its most probable token. */
export interface PenaltyOutcome {
  logits: number[];
  /** `null` only when the n-gram ban removed every token (nothing left to sample). */
  probs: number[] | null;
  /** argmax of `probs` (first on a tie), `null` with `probs`. */
  top: number | null;
}

export interface PenaltyComparison {
  /** c[j]: how often each token occurs in the history. */
  counts: number[];
  /** The unpenalised distribution. */
  input: PenaltyOutcome;
  /** HF multiplicative penalty; `ctrlLogits` is CTRL's divide-only version, for contrast. */
  repetition: PenaltyOutcome & { ctrlLogits: number[] };
  /** OpenAI additive presence and frequency penalties. */
  presenceFrequency: PenaltyOutcome;
  /** HF n-gram blocking: banned ids set to `-Infinity`, with the n-gram behind each ban. */
  ngram: PenaltyOutcome & { bans: NgramBan[] };
}

function outcome(logits: number[]): PenaltyOutcome {
  if (!logits.some(Number.isFinite)) return { logits, probs: null, top: null };
  const probs = softmax(logits);
  return { logits, probs, top: argmax(probs) };
}

/**
 * The three repetition remedies applied separately to the same logits and the same history, so
 * they can be compared side by side (each alone, not chained as in {@link decodingPipeline}).
 *
 * Formula: repetition → `repetitionPenalty(logits, history, repetition)` (x < 0 → x·θ, else x/θ,
 * once per seen token; HF `RepetitionPenaltyLogitsProcessor`); presence/frequency →
 * `presenceFrequencyPenalty` (μ_j − c_j·frequency − [c_j > 0]·presence; OpenAI API reference);
 * n-gram → the ids of `noRepeatNgramBans(history, ngramSize)` set to `-Infinity`, nothing when
 * ngramSize = 0 (HF `NoRepeatNGramLogitsProcessor`); each followed by `softmax` and `argmax`.
 * All three count the whole history (HF counts the prompt too; OpenAI counts generated tokens only,
 * so a history here plays the role of "generated so far" for it).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param history token ids so far, each an integer in [0, logits.length).
 * @param settings see {@link PenaltySettings}.
 * @throws {TypeError} when an argument or a setting has the wrong type.
 * @throws {RangeError} when `logits` or `history` is invalid or a setting is out of range
 *   (`repetition must be finite and > 0, got 0`).
 * @example comparePenalties([2, -1, 0], [0, 1, 0], { repetition: 2, presence: 0.5, frequency: 0.5, ngramSize: 2 })
 * // counts [2, 1, 0]; repetition.logits [1, -2, 0]; presenceFrequency.logits [0.5, -2, 0];
 * // ngram.logits [2, -Infinity, 0] (prefix "0" was followed by 1), ngram.bans[0].ngram [0, 1]
 */
export function comparePenalties(
  logits: readonly number[],
  history: readonly number[],
  settings: PenaltySettings,
): PenaltyComparison {
  const xs = checkLogits(logits);
  const s = checkObject('settings', settings);
  const repetition = checkNumber(
    'repetition',
    s.repetition,
    (x) => Number.isFinite(x) && x > 0,
    'finite and > 0',
  );
  const ngramSize = checkInteger('ngramSize', s.ngramSize, 0);
  const counts = tokenCounts(history, xs.length);
  const bans = ngramSize === 0 ? [] : noRepeatNgramBans(history, ngramSize);
  const banned = new Set(bans.map((b) => b.token));
  return {
    counts,
    input: outcome([...xs]),
    repetition: {
      ...outcome(repetitionPenalty(xs, history, repetition)),
      ctrlLogits: ctrlRepetitionPenalty(xs, history, repetition),
    },
    presenceFrequency: outcome(
      presenceFrequencyPenalty(xs, history, {
        presence: settings.presence,
        frequency: settings.frequency,
      }),
    ),
    ngram: { ...outcome(xs.map((x, i) => (banned.has(i) ? -Infinity : x))), bans },
  };
}
