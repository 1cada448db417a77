import { checkNumber, checkObject } from '@/lib/utils/validate';
import { checkTokenIds } from './token-ids';
import { checkLogits } from './validate';

/** Coefficients of {@link presenceFrequencyPenalty}; each defaults to 0 (OpenAI's default). */
export interface PresenceFrequencyOptions {
  presence?: number;
  frequency?: number;
}

const inRange = (x: number) => x >= -2 && x <= 2;

/**
 * OpenAI's frequency and presence penalties: subtracts from each seen token's logit a fixed amount
 * (presence) plus an amount proportional to how often it occurred (frequency).
 *
 * Formula: μ[j] − c[j] · frequency − [c[j] > 0] · presence, with c[j] the number of times j occurs
 * in previousTokens (OpenAI API reference, "Frequency and presence penalties",
 * https://platform.openai.com/docs/api-reference/parameter-details).
 * Unlike the multiplicative CTRL penalty this is additive, so it shifts a seen token by the same
 * amount whatever its logit's sign. Negative coefficients encourage repetition. The coefficients
 * must lie in [−2, 2], the range the OpenAI API (and vLLM) accept; values outside are rejected
 * rather than silently extrapolated. `-Infinity` stays `-Infinity`.
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param previousTokens token ids seen so far, each an integer in [0, logits.length).
 * @param options `{ presence, frequency }`, each a number in [−2, 2], default 0.
 * @throws {TypeError} when `logits` / `previousTokens` is not an array of numbers, `options` is
 *   not an object, or a coefficient is not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), an id is not an integer in
 *   [0, V), or a coefficient is outside [−2, 2] or `NaN`.
 * @example presenceFrequencyPenalty([1, 1, 1], [0, 0, 1], { presence: 0.5, frequency: 0.25 }) // [0, 0.25, 1]
 */
export function presenceFrequencyPenalty(
  logits: readonly number[],
  previousTokens: readonly number[],
  options: PresenceFrequencyOptions,
): number[] {
  const xs = checkLogits(logits);
  const ids = checkTokenIds('previousTokens', previousTokens, xs.length);
  const opts = checkObject('options', options);
  const presence = checkNumber('presence', opts.presence ?? 0, inRange, 'in [-2, 2]');
  const frequency = checkNumber('frequency', opts.frequency ?? 0, inRange, 'in [-2, 2]');
  const counts = new Map<number, number>();
  for (const j of ids) counts.set(j, (counts.get(j) ?? 0) + 1);
  const out = [...xs];
  // |c · frequency + presence| ≤ 2 (L + 1) is far below half an ulp of Number.MAX_VALUE, so a finite
  // logit stays finite: no overflow check is needed.
  for (const [j, c] of counts) out[j] = (xs[j] ?? Number.NaN) - c * frequency - presence;
  return out;
}
