import type { BinaryLabel } from '@/lib/metrics';

/** A set of scored examples for the threshold demos: `labels[i]` is the true class of `scores[i]`. */
export interface ScoredExamples {
  readonly labels: readonly BinaryLabel[];
  readonly scores: readonly number[];
  /** The threshold a demo starts at (one of the scores). */
  readonly threshold: number;
  readonly name: { readonly zh: string; readonly en: string };
}

/**
 * The datasets shared by `confusion-matrix` and `pr-roc-curves` (pure data, scores in [0, 1]).
 * Values computed from them with scikit-learn 1.2 (checked in `tests/unit/demos/scored-examples.test.ts`
 * and, as the demos show them, in `tests/e2e/confusion-matrix.spec.ts` and `pr-roc-curves.spec.ts`):
 * balanced at 0.55 → TP 8, FP 2, TN 10, FN 4 (P 0.80, R 0.67, F1 0.73, accuracy 0.75), AUC 0.81,
 * AP 0.82; imbalanced → AUC 0.89 but AP 0.39, accuracy 28/30 when nothing is predicted positive;
 * tied → four blocks holding both classes, AUC 0.82, AP 0.81.
 */
export const SCORED_EXAMPLES = {
  balanced: {
    // 12 positives, then 12 negatives; every score distinct
    labels: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    scores: [
      0.97, 0.91, 0.86, 0.8, 0.74, 0.69, 0.62, 0.55, 0.48, 0.39, 0.31, 0.18, 0.83, 0.6, 0.52, 0.45, 0.41,
      0.35, 0.28, 0.23, 0.15, 0.11, 0.07, 0.03,
    ],
    threshold: 0.55,
    name: { zh: '均衡：12 正 / 12 负', en: 'Balanced: 12 positive / 12 negative' },
  },
  imbalanced: {
    // 2 positives (0.88, 0.47) among 28 negatives, one negative above both
    labels: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    scores: [
      0.88, 0.47, 0.93, 0.72, 0.63, 0.58, 0.51, 0.44, 0.42, 0.4, 0.38, 0.36, 0.34, 0.32, 0.3, 0.28, 0.26,
      0.24, 0.22, 0.2, 0.18, 0.16, 0.14, 0.12, 0.1, 0.08, 0.06, 0.04, 0.03, 0.01,
    ],
    threshold: 0.47,
    name: { zh: '不平衡：2 正 / 28 负', en: 'Imbalanced: 2 positive / 28 negative' },
  },
  tied: {
    // an LLM judge's grade 1–5 divided by 5: five blocks of tied scores
    labels: [1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0],
    scores: [1, 1, 1, 0.8, 0.8, 0.8, 0.8, 0.6, 0.6, 0.6, 0.6, 0.4, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.2, 0.2],
    threshold: 0.6,
    name: { zh: '并列分数：裁判打 1–5 分（÷5）', en: 'Tied scores: a judge grading 1–5 (÷5)' },
  },
} as const satisfies Record<string, ScoredExamples>;

export type ScoredExamplesKey = keyof typeof SCORED_EXAMPLES;

export const SCORED_EXAMPLES_KEYS = Object.keys(SCORED_EXAMPLES) as readonly ScoredExamplesKey[];
