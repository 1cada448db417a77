/**
 * The reward-model demo's data, no formulas: Llama 2's rating-based margins and two small
 * preference datasets for the fit view.
 */
import type { PreferencePair } from '@/lib/alignment/reward-fit';

/** Whether a margin is used, and which of Llama 2's two variants. */
export const MARGIN_SCALES = ['none', 'small', 'large'] as const;
export type MarginScale = (typeof MARGIN_SCALES)[number];

/** Llama 2's four preference ratings, strongest first (§3.2.1). */
export const RATINGS = ['significantly', 'better', 'slightly', 'negligibly'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * m(r) of Llama 2 eq. 2, Table 27 ("Two variants of preference rating based margin with different
 * magnitude"; Touvron et al. 2023, https://arxiv.org/abs/2307.09288, appendix A.3.3): Margin Small
 * 1, 2/3, 1/3, 0 and Margin Large 3, 2, 1, 0 for significantly better, better, slightly better and
 * negligibly better / unsure. `text` is the value as the table prints it.
 */
export const LLAMA2_MARGINS: Readonly<
  Record<Exclude<MarginScale, 'none'>, Readonly<Record<Rating, { value: number; text: string }>>>
> = {
  small: {
    significantly: { value: 1, text: '1' },
    better: { value: 2 / 3, text: '2/3' },
    slightly: { value: 1 / 3, text: '1/3' },
    negligibly: { value: 0, text: '0' },
  },
  large: {
    significantly: { value: 3, text: '3' },
    better: { value: 2, text: '2' },
    slightly: { value: 1, text: '1' },
    negligibly: { value: 0, text: '0' },
  },
};

/** The features that describe a response in the fit view, in weight order. */
export const FEATURES = ['correct', 'length', 'polite'] as const;
export type Feature = (typeof FEATURES)[number];

export const DATASET_KEYS = ['clean', 'length'] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

/** [chosen, rejected] as [correct (0/1), length in hundreds of tokens, polite (0/1)]. */
type Row = readonly [readonly [number, number, number], readonly [number, number, number]];

const toPairs = (rows: readonly Row[]): PreferencePair[] =>
  rows.map(([chosen, rejected]) => ({ chosen: [...chosen], rejected: [...rejected] }));

/**
 * Two made-up datasets of 12 comparisons each (illustrative, not from a paper).
 *
 * - clean: the chosen answer is the correct one whenever the two differ in correctness; length
 *   points either way (mean Δlength = −0.25); politeness breaks some ties. Pairs 11 and 12 are the
 *   same two kinds of answer judged both ways (Δx = [0, 2, 1] and [0, −2, −1]), as two labellers
 *   who disagree, so no weights rank more than 11 of 12 right.
 * - length: the chosen answer is longer in 10 of 12 pairs, often the wrong one (mean Δcorrect =
 *   −1/12, mean Δlength = +11/6); pairs 8 and 11 contradict each other (Δx = [1, −1, 1] and
 *   [−1, 1, −1]). A reward model fitted to it pays for length.
 */
export const DATASETS: Readonly<Record<DatasetKey, readonly PreferencePair[]>> = {
  clean: toPairs([
    [
      [1, 2, 1],
      [0, 3, 1],
    ],
    [
      [1, 4, 0],
      [0, 2, 0],
    ],
    [
      [1, 1, 1],
      [0, 1, 0],
    ],
    [
      [1, 3, 1],
      [1, 3, 0],
    ],
    [
      [1, 2, 0],
      [0, 5, 1],
    ],
    [
      [0, 2, 1],
      [0, 2, 0],
    ],
    [
      [1, 5, 1],
      [0, 1, 1],
    ],
    [
      [1, 1, 0],
      [0, 4, 0],
    ],
    [
      [1, 2, 1],
      [1, 4, 1],
    ],
    [
      [1, 3, 0],
      [0, 3, 1],
    ],
    [
      [1, 4, 1],
      [1, 2, 0],
    ],
    [
      [1, 2, 0],
      [1, 4, 1],
    ],
  ]),
  length: toPairs([
    [
      [0, 5, 1],
      [1, 2, 1],
    ],
    [
      [1, 4, 0],
      [1, 2, 0],
    ],
    [
      [0, 4, 1],
      [1, 1, 1],
    ],
    [
      [1, 5, 1],
      [0, 2, 1],
    ],
    [
      [1, 3, 0],
      [1, 1, 1],
    ],
    [
      [0, 6, 0],
      [1, 3, 0],
    ],
    [
      [1, 4, 1],
      [1, 2, 1],
    ],
    [
      [1, 2, 1],
      [0, 3, 0],
    ],
    [
      [0, 5, 1],
      [0, 2, 0],
    ],
    [
      [1, 6, 1],
      [1, 3, 1],
    ],
    [
      [0, 3, 0],
      [1, 2, 1],
    ],
    [
      [1, 2, 0],
      [0, 4, 0],
    ],
  ]),
};

/**
 * Two responses the fitted model scores side by side: a short correct polite answer (100 tokens)
 * and a long wrong polite one (500 tokens). A reward model that prefers the second has learned
 * length, not quality.
 */
export const PROBES = {
  short: [1, 1, 1],
  long: [0, 5, 1],
} as const satisfies Record<string, readonly [number, number, number]>;
