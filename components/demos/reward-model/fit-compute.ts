/**
 * The fit view's plumbing between the typed form and lib/alignment: parse the learning rate, L2
 * weight and step count, run `fitBradleyTerry`, and score the probes and pairs with `linearReward`.
 * No formulas here. Pure, tested in tests/unit/demos/reward-model-fit.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import {
  fitBradleyTerry,
  linearReward,
  preferenceProbability,
  type BradleyTerryFitStep,
  type PreferencePair,
} from '@/lib/alignment/reward-fit';
import { DATASETS, PROBES, type DatasetKey } from './data';

export const FIT_FIELDS = ['lr', 'l2', 'steps'] as const;
export type FitField = (typeof FIT_FIELDS)[number];

/** The fit form as typed. */
export interface FitDraft {
  readonly set: DatasetKey;
  readonly lr: string;
  readonly l2: string;
  readonly steps: string;
}

/** The clean dataset, η = 0.5, no penalty, 200 steps. */
export const DEFAULT_FIT: FitDraft = { set: 'clean', lr: '0.5', l2: '0', steps: '200' };

/** How far the "run" button moves. */
export const RUN_STEPS = 50;

export interface FitConfig {
  readonly set: DatasetKey;
  readonly learningRate: number;
  readonly l2: number;
  readonly steps: number;
}

export type FitError =
  | { kind: 'field'; field: FitField; error: FieldError }
  | { kind: 'lib'; message: string; fields: FitField[] };

export type FitReading =
  { ok: true; config: FitConfig; history: readonly BradleyTerryFitStep[] } | { ok: false; error: FitError };

const LIB_NAME: Record<FitField, string> = { lr: 'learningRate', l2: 'l2', steps: 'steps' };

/**
 * Reads the form and runs the fit: text that is not a number is refused here; a learning rate
 * ≤ 0, a negative L2 weight, a step count that is not an integer in lib's range, and a run that
 * diverges are lib's to refuse, and its message names the field.
 *
 * @example readFit(DEFAULT_FIT) // { ok: true, history: [{ step: 0, loss: 0.6931471805599453, accuracy: 0.5, … }, …] (201 entries) }
 */
export function readFit(draft: FitDraft): FitReading {
  const values = {} as Record<FitField, number>;
  for (const field of FIT_FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const config: FitConfig = { set: draft.set, learningRate: values.lr, l2: values.l2, steps: values.steps };
  try {
    const history = fitBradleyTerry(DATASETS[draft.set], {
      learningRate: config.learningRate,
      steps: config.steps,
      l2: config.l2,
    });
    return { ok: true, config, history };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    const names = fieldsInMessage(e.message, Object.values(LIB_NAME));
    const fields = FIT_FIELDS.filter((f) => names.includes(LIB_NAME[f]));
    return { ok: false, error: { kind: 'lib', message: e.message, fields } };
  }
}

/**
 * The two probe responses scored by the model at `weights`, and how likely the model thinks the
 * long wrong one beats the short correct one.
 */
export function probeView(weights: readonly number[]) {
  const short = linearReward(weights, PROBES.short);
  const long = linearReward(weights, PROBES.long);
  return { short, long, longWins: preferenceProbability(long, short) };
}

export type Verdict = 'right' | 'wrong' | 'tie';

/** Each pair's rewards at `weights` and whether the model ranks it as the labeller did. */
export function pairRows(pairs: readonly PreferencePair[], weights: readonly number[]) {
  return pairs.map((pair) => {
    const rc = linearReward(weights, pair.chosen);
    const rr = linearReward(weights, pair.rejected);
    const verdict: Verdict = rc > rr ? 'right' : rc < rr ? 'wrong' : 'tie';
    return { pair, rc, rr, diff: rc - rr, verdict };
  });
}

/**
 * The steps listed in the chart's table: every tenth of the run (all of them for short runs).
 *
 * @example tableSteps(200) // [0, 20, 40, …, 200]
 * @example tableSteps(3) // [0, 1, 2, 3]
 */
export function tableSteps(steps: number): number[] {
  if (steps <= 10) return Array.from({ length: steps + 1 }, (_, i) => i);
  return [...new Set(Array.from({ length: 11 }, (_, i) => Math.round((i * steps) / 10)))];
}

/** Most points a chart line gets (a 5,000-step run is thinned to every k-th step plus the last). */
export const MAX_CURVE_POINTS = 400;

/**
 * The loss and accuracy curves of a run as chart points, thinned to at most MAX_CURVE_POINTS + 1
 * steps (the last always kept).
 */
export function fitCurves(history: readonly BradleyTerryFitStep[]) {
  const every = Math.max(1, Math.ceil(history.length / MAX_CURVE_POINTS));
  const kept = history.filter((s, i) => i % every === 0 || i === history.length - 1);
  return {
    loss: kept.map((s) => [s.step, s.loss] as const),
    accuracy: kept.map((s) => [s.step, s.accuracy] as const),
    top: Math.max(1, ...kept.map((s) => s.loss)),
  };
}
