import { checkNumber } from '@/lib/utils/validate';
import { checkTokenIds } from './token-ids';
import { checkLogits } from './validate';

/** Applies `f(logit, penalty)` once to every distinct seen token; the checks both penalties share. */
function penaliseSeen(
  logits: readonly number[],
  previousTokens: readonly number[],
  penalty: number,
  f: (x: number, r: number) => number,
): number[] {
  const xs = checkLogits(logits);
  const ids = checkTokenIds('previousTokens', previousTokens, xs.length);
  const r = checkNumber('penalty', penalty, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const out = [...xs];
  for (const j of new Set(ids)) {
    const x = xs[j] ?? Number.NaN;
    const y = f(x, r);
    if (Number.isFinite(x) && !Number.isFinite(y)) {
      throw new RangeError(
        `penalty must keep every penalised logit finite, got ${r} (logits[${j}] = ${x} becomes ${y})`,
      );
    }
    out[j] = y;
  }
  return out;
}

/**
 * The CTRL repetition penalty: makes every token that already occurred less likely (penalty > 1)
 * or more likely (penalty < 1), once per distinct token however often it occurred.
 *
 * Formula: for each distinct id j in previousTokens, x_j < 0 → x_j · penalty, else x_j / penalty;
 * other logits unchanged; `-Infinity` stays `-Infinity`. Dividing a positive logit and multiplying
 * a negative one both move it down for penalty > 1 (Keskar et al. 2019, CTRL, arXiv 1909.05858,
 * which only divides; the sign split is HF `RepetitionPenaltyLogitsProcessor`,
 * https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py:
 * `torch.where(score < 0, score * penalty, score / penalty)`, gathered and scattered once per id).
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param previousTokens token ids seen so far (prompt and generated), each an integer in
 *   [0, logits.length); repeats are allowed and counted once.
 * @param penalty finite and > 0; 1 is no change (HF `GenerationConfig` default 1.0).
 * @throws {TypeError} when `logits` or `previousTokens` is not an array of numbers, or `penalty`
 *   is not a number.
 * @throws {RangeError} when `logits` is invalid (see `softmax`), an id is not an integer in
 *   [0, V), `penalty` is not finite and > 0, or a penalised logit overflows to ±Infinity.
 * @example repetitionPenalty([-0.1, 0.1, 0.1], [0, 1, 1], 2) // [-0.2, 0.05, 0.1]
 */
export function repetitionPenalty(
  logits: readonly number[],
  previousTokens: readonly number[],
  penalty: number,
): number[] {
  return penaliseSeen(logits, previousTokens, penalty, (x, r) => (x < 0 ? x * r : x / r));
}

/**
 * The repetition penalty exactly as CTRL prints it: every seen token's logit divided by the
 * penalty, whatever its sign. It shows the bug HF's sign split fixes: a negative logit divided by
 * a penalty > 1 moves up, so the "penalty" rewards that token.
 *
 * Formula: for each distinct id j in previousTokens, x_j / penalty; other logits unchanged
 * (Keskar et al. 2019, CTRL, arXiv 1909.05858, "penalized sampling":
 * p_i = exp(x_i / (T · I(i ∈ g))) / Σ_j exp(x_j / (T · I(j ∈ g))), I(c) = θ if c else 1, at T = 1).
 * Use {@link repetitionPenalty} for what libraries do.
 *
 * @param logits finite numbers or `-Infinity`, at least one finite.
 * @param previousTokens token ids seen so far, each an integer in [0, logits.length).
 * @param penalty finite and > 0; 1 is no change.
 * @throws {TypeError} when `logits` or `previousTokens` is not an array of numbers, or `penalty`
 *   is not a number.
 * @throws {RangeError} when `logits` is invalid, an id is not an integer in [0, V), `penalty` is
 *   not finite and > 0, or a penalised logit overflows.
 * @example ctrlRepetitionPenalty([2, -2, 1], [0, 1], 2) // [1, -1, 1] (−2 went up to −1)
 */
export function ctrlRepetitionPenalty(
  logits: readonly number[],
  previousTokens: readonly number[],
  penalty: number,
): number[] {
  return penaliseSeen(logits, previousTokens, penalty, (x, r) => x / r);
}
