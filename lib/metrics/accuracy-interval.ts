import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { normalQuantile } from './normal';

/** How {@link accuracyInterval} builds its interval. */
export type AccuracyIntervalMethod = 'wilson' | 'wald';

/** Options of {@link accuracyInterval}. */
export interface AccuracyIntervalOptions {
  /** `'wilson'` (default) or `'wald'` */
  readonly method?: AccuracyIntervalMethod;
  /** coverage of the two-sided interval, in (0, 1) (default 0.95) */
  readonly confidence?: number;
}

/** A confidence interval for an accuracy, with the plug-in standard error. */
export interface AccuracyInterval {
  readonly low: number;
  readonly high: number;
  /** √(p̂(1 − p̂)/n), the binomial standard error at the observed accuracy p̂ */
  readonly standardError: number;
}

/**
 * A two-sided confidence interval for an accuracy measured as `correct` out of `n` independent
 * items.
 *
 * Formula: p̂ = correct/n, se = √(p̂(1 − p̂)/n), z = Φ⁻¹(1 − (1 − confidence)/2) (1.959963984540054
 * at 0.95, not 1.96). `'wald'`: p̂ ± z·se, clipped to [0, 1]. `'wilson'` (Wilson 1927), the
 * interval of p values whose score test does not reject: centre (p̂ + z²/2n)/(1 + z²/n),
 * half-width z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²); it stays inside [0, 1] and keeps its coverage
 * near p̂ = 0 or 1 and for small n, where Wald collapses to a point. Both follow statsmodels
 * `proportion_confint(count, nobs, alpha, method='normal' | 'wilson')`
 * (https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.proportion_confint.html)
 * and R's `binom.confint`; Miller 2024, "Adding error bars to evals"
 * (https://arxiv.org/abs/2411.00640), recommends reporting the standard error with every eval
 * score.
 *
 * @param correct items answered correctly, an integer in [0, n].
 * @param n items evaluated, an integer ≥ 1.
 * @param options `{ method = 'wilson', confidence = 0.95 }`.
 * @throws {TypeError} when an argument is not a number or `options` is not an object.
 * @throws {RangeError} when `n` is not an integer ≥ 1, `correct` not an integer in [0, n],
 *   `confidence` not in (0, 1), or `method` unknown.
 * @example accuracyInterval(82, 164).standardError // 0.03904344047215152 (HumanEval at p̂ = 0.5: ±3.9 points)
 * @example accuracyInterval(18, 20) // { low: 0.6989663547715128, high: 0.9721335187862319, standardError: 0.06708203932499368 }
 */
export function accuracyInterval(
  correct: number,
  n: number,
  options: AccuracyIntervalOptions = {},
): AccuracyInterval {
  const nn = checkNumber('n', n, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1');
  const k = checkNumber(
    'correct',
    correct,
    (x) => Number.isInteger(x) && x >= 0 && x <= nn,
    `an integer in [0, n = ${nn}]`,
  );
  const { method = 'wilson', confidence = 0.95 } = checkObject('options', options);
  const level = checkNumber('options.confidence', confidence, (x) => x > 0 && x < 1, 'in (0, 1)');
  if (method !== 'wilson' && method !== 'wald') {
    throw new RangeError(`options.method must be 'wilson' or 'wald', got ${describeValue(method)}`);
  }
  const p = k / nn;
  const standardError = Math.sqrt((p * (1 - p)) / nn);
  const z = -normalQuantile((1 - level) / 2);
  if (method === 'wald') {
    return {
      low: Math.max(0, p - z * standardError),
      high: Math.min(1, p + z * standardError),
      standardError,
    };
  }
  const z2 = z * z;
  const denominator = 1 + z2 / nn;
  const centre = (p + z2 / (2 * nn)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / nn + z2 / (4 * nn * nn))) / denominator;
  // In exact arithmetic the ends are 0 at p̂ = 0 and 1 at p̂ = 1; rounding may miss by an ulp.
  return {
    low: k === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: k === nn ? 1 : Math.min(1, centre + halfWidth),
    standardError,
  };
}
