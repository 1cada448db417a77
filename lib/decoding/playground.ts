import { checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';
import { DEFAULTS } from './defaults';
import type { DecodingConfig } from './pipeline';
import { checkProbs } from './validate';

/**
 * Every setting of the decoding playground, one number per control. A stage is off at its neutral
 * value (temperature 1, topK 0, topP 1, minP 0, repetitionPenalty 1, penalties 0, n-gram size 0).
 */
export interface PlaygroundSettings {
  temperature: number;
  topK: number;
  topP: number;
  minP: number;
  repetitionPenalty: number;
  presencePenalty: number;
  frequencyPenalty: number;
  noRepeatNgramSize: number;
  /** Seed of `sampleMany`, an integer in [0, 2³² − 1]. */
  seed: number;
  /** Number of draws of `sampleMany`, an integer in [1, 10 000]. */
  draws: number;
}

export type SettingName = keyof PlaygroundSettings;

interface Domain {
  min: number;
  max: number;
  step: number;
  /** An explicit list of allowed values, when the control is not an even grid. */
  values?: readonly number[];
}

/**
 * The values each control can take. Temperature starts at 0.1: T = 0 is not a temperature
 * (HF rejects it; APIs treat it as greedy), so greedy is top-k = 1 here. top-k goes past any
 * vocabulary the playground shows so HF's default 50 can be seen removing nothing.
 */
export const SETTING_DOMAINS: Readonly<Record<SettingName, Domain>> = {
  temperature: { min: 0.1, max: 2, step: 0.1 },
  topK: { min: 0, max: 50, step: 1, values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40, 50] },
  topP: { min: 0, max: 1, step: 0.01 },
  minP: { min: 0, max: 1, step: 0.01 },
  repetitionPenalty: { min: 1, max: 2, step: 0.05 },
  presencePenalty: { min: -2, max: 2, step: 0.1 },
  frequencyPenalty: { min: -2, max: 2, step: 0.1 },
  noRepeatNgramSize: { min: 0, max: 3, step: 1 },
  seed: { min: 0, max: 4294967295, step: 1 },
  draws: { min: 1, max: 10000, step: 1 },
};

/** Every stage off, seed 42, 1000 draws. */
export const PLAYGROUND_OFF: Readonly<PlaygroundSettings> = {
  temperature: 1,
  topK: 0,
  topP: 1,
  minP: 0,
  repetitionPenalty: 1,
  presencePenalty: 0,
  frequencyPenalty: 0,
  noRepeatNgramSize: 0,
  seed: 42,
  draws: 1000,
};

/** Grids longer than this are integer ranges (seed, draws), never listed. */
const MAX_GRID = 1000;

/**
 * The values a setting's control walks through, ascending, rounded to the step's decimals so a
 * slider shows 0.3, not 0.30000000000000004.
 *
 * Formula: min + i · step for i = 0 … (max − min) / step, each rounded to the step's decimals; or
 * the domain's explicit list (top-k).
 *
 * @throws {RangeError} when `name` is not a setting or its grid has more than 1000 values (seed,
 *   draws: use {@link checkSetting}).
 * @example settingGrid('repetitionPenalty').slice(0, 3) // [1, 1.05, 1.1]
 */
export function settingGrid(name: SettingName): number[] {
  const d = domainOf(name);
  if (d.values) return [...d.values];
  const count = Math.round((d.max - d.min) / d.step) + 1;
  if (count > MAX_GRID) throw new RangeError(`${name} is an integer range, not a grid`);
  const digits = decimals(d.step);
  return Array.from({ length: count }, (_, i) => Number((d.min + i * d.step).toFixed(digits)));
}

/**
 * Returns `value` as a value the setting's control can show: on its grid (within 1e-9, returned
 * exactly as the grid writes it) or, for seed and draws, an integer in range.
 *
 * @throws {TypeError} when `value` is not a number.
 * @throws {RangeError} otherwise (`temperature must be in [0.1, 2] in steps of 0.1, got 0.75`).
 * @example checkSetting('topP', 0.9) // 0.9
 */
export function checkSetting(name: SettingName, value: unknown): number {
  const d = domainOf(name);
  const range = d.values
    ? `one of ${d.values.join(', ')}`
    : d.step === 1
      ? `an integer in [${d.min}, ${d.max}]`
      : `in [${d.min}, ${d.max}] in steps of ${d.step}`;
  const x = checkNumber(name, value, Number.isFinite, range);
  if (d.step === 1 && !d.values)
    return checkNumber(name, x, (v) => Number.isInteger(v) && v >= d.min && v <= d.max, range);
  const hit = settingGrid(name).find((g) => Math.abs(g - x) < 1e-9);
  if (hit === undefined) throw new RangeError(`${name} must be ${range}, got ${describeValue(x)}`);
  return hit;
}

/**
 * The `decodingPipeline` config of the playground's settings: min-p 0 means "off" (`null`, HF's
 * `min_p = None`); the other stages are off at their neutral values already. Ranges are checked
 * by `decodingPipeline`.
 *
 * @throws {TypeError} when `settings` is not an object.
 * @example toDecodingConfig({ ...PLAYGROUND_OFF, minP: 0 }).minP // null
 */
export function toDecodingConfig(settings: PlaygroundSettings): DecodingConfig {
  const s = checkObject('settings', settings) as unknown as PlaygroundSettings;
  return {
    temperature: s.temperature,
    topK: s.topK,
    topP: s.topP,
    minP: s.minP === 0 ? null : s.minP,
    repetitionPenalty: s.repetitionPenalty,
    presencePenalty: s.presencePenalty,
    frequencyPenalty: s.frequencyPenalty,
    noRepeatNgramSize: s.noRepeatNgramSize,
  };
}

/**
 * The playground's settings for a library's real defaults (`DEFAULTS`): settings the library does
 * not have are off (HF core has no presence/frequency penalty; OpenAI has no top-k, min-p,
 * repetition penalty or n-gram ban). Seed and draws are kept from `current`.
 *
 * @throws {RangeError} when `api` is neither 'hf' nor 'openai'.
 * @example apiDefaults('hf', PLAYGROUND_OFF).topK // 50
 */
export function apiDefaults(api: 'hf' | 'openai', current: PlaygroundSettings): PlaygroundSettings {
  const base = { ...PLAYGROUND_OFF, seed: current.seed, draws: current.draws };
  if (api === 'hf') return { ...base, ...DEFAULTS.hf, minP: DEFAULTS.hf.minP ?? 0 };
  if (api === 'openai') return { ...base, ...DEFAULTS.openai };
  throw new RangeError(`api must be 'hf' or 'openai', got ${describeValue(api)}`);
}

/**
 * What survives a distribution: how many tokens have p > 0, and the most probable one (the first
 * of tied maxima, as argmax does).
 *
 * @throws {TypeError} / {RangeError} when `probs` is not valid (see `checkProbs`).
 * @example distributionSummary([0.2, 0, 0.8]) // { surviving: 2, top: 2, topProb: 0.8 }
 */
export function distributionSummary(probs: readonly number[]): {
  surviving: number;
  top: number;
  topProb: number;
} {
  const ps = checkProbs(probs);
  let top = 0;
  ps.forEach((p, i) => {
    if (p > (ps[top] ?? 0)) top = i;
  });
  return { surviving: ps.filter((p) => p > 0).length, top, topProb: ps[top] ?? 0 };
}

/**
 * Empirical frequencies of a histogram next to the expected probabilities, and the largest gap.
 *
 * Formula: f_i = c_i / Σ c, e_i = p_i / Σ p, maxDeviation = max_i |f_i − e_i|.
 *
 * @param counts non-negative integers with a positive sum (e.g. `sampleMany`'s output).
 * @param probs the distribution sampled from, same length (see `checkProbs`).
 * @throws {TypeError} when an argument is not an array of numbers.
 * @throws {RangeError} when a count is not an integer ≥ 0, all counts are 0, the lengths differ
 *   (`counts must be 2 integers >= 0 with a positive sum, got [0, 0]`), or `probs` is invalid.
 * @example histogramStats([3, 1], [0.5, 0.5]) // { frequencies: [0.75, 0.25], maxDeviation: 0.25 }
 */
export function histogramStats(
  counts: readonly number[],
  probs: readonly number[],
): { frequencies: number[]; maxDeviation: number } {
  const cs = checkNumberArray('counts', counts);
  const ps = checkProbs(probs);
  const n = cs.reduce((a, b) => a + b, 0);
  if (cs.length !== ps.length || !cs.every((c) => Number.isInteger(c) && c >= 0) || !(n > 0)) {
    throw new RangeError(
      `counts must be ${ps.length} integers >= 0 with a positive sum, got [${cs.join(', ')}]`,
    );
  }
  const total = ps.reduce((a, b) => a + b, 0);
  const frequencies = cs.map((c) => c / n);
  const maxDeviation = frequencies.reduce((m, f, i) => Math.max(m, Math.abs(f - (ps[i] ?? 0) / total)), 0);
  return { frequencies, maxDeviation };
}

function domainOf(name: SettingName): Domain {
  if (typeof name !== 'string' || !Object.hasOwn(SETTING_DOMAINS, name)) {
    throw new RangeError(`name must be a playground setting, got ${describeValue(name)}`);
  }
  return SETTING_DOMAINS[name];
}

function decimals(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}
