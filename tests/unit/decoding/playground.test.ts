import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '@/lib/decoding/defaults';
import { decodingPipeline } from '@/lib/decoding/pipeline';
import {
  PLAYGROUND_OFF,
  SETTING_DOMAINS,
  apiDefaults,
  checkSetting,
  distributionSummary,
  histogramStats,
  settingGrid,
  toDecodingConfig,
} from '@/lib/decoding/playground';
import type { SettingName } from '@/lib/decoding/playground';

describe('settingGrid', () => {
  it('lists the exact decimals a slider shows, both ends included', () => {
    // 1 + i · 0.05 for i = 0 … 20, written as decimals (1.15, not 1.1500000000000001)
    expect(settingGrid('repetitionPenalty').slice(0, 4)).toEqual([1, 1.05, 1.1, 1.15]);
    expect(settingGrid('repetitionPenalty')).toHaveLength(21);
    expect(settingGrid('temperature')).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2,
    ]);
    expect(settingGrid('presencePenalty')).toHaveLength(41); // −2, −1.9, …, 2
    expect(settingGrid('presencePenalty')[0]).toBe(-2);
    expect(settingGrid('topP')[29]).toBe(0.29);
    expect(settingGrid('noRepeatNgramSize')).toEqual([0, 1, 2, 3]);
  });

  it('uses the explicit top-k list, which reaches HF’s default 50', () => {
    expect(settingGrid('topK')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40, 50]);
    expect(settingGrid('topK')).toContain(DEFAULTS.hf.topK);
  });

  it('refuses integer ranges and unknown names', () => {
    expect(() => settingGrid('seed')).toThrow(RangeError);
    expect(() => settingGrid('toString' as SettingName)).toThrow(RangeError);
  });
});

describe('checkSetting', () => {
  it('accepts grid values and returns the grid’s spelling of a value within 1e-9', () => {
    expect(checkSetting('topP', 0.9)).toBe(0.9);
    expect(checkSetting('temperature', 0.1 + 0.2)).toBe(0.3);
    expect(checkSetting('seed', 4294967295)).toBe(4294967295);
    expect(checkSetting('draws', 1)).toBe(1);
  });

  it('names the setting and its range when a value is off the grid', () => {
    expect(() => checkSetting('temperature', 0.75)).toThrow(
      new RangeError('temperature must be in [0.1, 2] in steps of 0.1, got 0.75'),
    );
    expect(() => checkSetting('temperature', 0)).toThrow(RangeError);
    expect(() => checkSetting('topK', 11)).toThrow(
      new RangeError('topK must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40, 50, got 11'),
    );
    expect(() => checkSetting('draws', 10001)).toThrow(
      new RangeError('draws must be an integer in [1, 10000], got 10001'),
    );
    expect(() => checkSetting('seed', 1.5)).toThrow(RangeError);
    expect(() => checkSetting('seed', -1)).toThrow(RangeError);
    expect(() => checkSetting('topP', Number.NaN)).toThrow(RangeError);
    expect(() => checkSetting('minP', Infinity)).toThrow(RangeError);
    expect(() => checkSetting('topP', '0.9')).toThrow(TypeError);
  });

  it('accepts every value of every grid (property)', () => {
    const names = (Object.keys(SETTING_DOMAINS) as SettingName[]).filter(
      (n) => n !== 'seed' && n !== 'draws',
    );
    for (const name of names) for (const v of settingGrid(name)) expect(checkSetting(name, v)).toBe(v);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), (seed) => checkSetting('seed', seed) === seed),
    );
  });
});

describe('toDecodingConfig', () => {
  it('reads min-p 0 as off (null) and passes the rest through', () => {
    expect(toDecodingConfig(PLAYGROUND_OFF)).toEqual({
      temperature: 1,
      topK: 0,
      topP: 1,
      minP: null,
      repetitionPenalty: 1,
      presencePenalty: 0,
      frequencyPenalty: 0,
      noRepeatNgramSize: 0,
    });
    expect(toDecodingConfig({ ...PLAYGROUND_OFF, minP: 0.05 }).minP).toBe(0.05);
  });

  it('leaves every stage but input and softmax off at the neutral settings', () => {
    const { stages } = decodingPipeline([1, 2, 3], [0], toDecodingConfig(PLAYGROUND_OFF));
    expect(stages.filter((s) => s.active).map((s) => s.id)).toEqual(['input', 'softmax']);
  });

  it('rejects a non-object', () => {
    expect(() => toDecodingConfig(null as never)).toThrow(TypeError);
  });
});

describe('apiDefaults', () => {
  it('takes HF’s GenerationConfig defaults: top_k 50 is the only active filter', () => {
    // transformers GenerationConfig: temperature 1.0, top_k 50, top_p 1.0, min_p None, repetition_penalty 1.0
    const hf = apiDefaults('hf', { ...PLAYGROUND_OFF, seed: 7, draws: 10 });
    expect(hf).toEqual({ ...PLAYGROUND_OFF, topK: 50, seed: 7, draws: 10 });
    const { stages } = decodingPipeline([1, 2, 3], [], toDecodingConfig(hf));
    expect(stages.find((s) => s.id === 'top-k')).toMatchObject({ active: true, removed: [] });
  });

  it('takes OpenAI’s defaults and switches off what the API lacks', () => {
    // Chat Completions: temperature 1, top_p 1, presence_penalty 0, frequency_penalty 0; no top_k / min_p
    const current = { ...PLAYGROUND_OFF, topK: 3, minP: 0.1, repetitionPenalty: 1.5, noRepeatNgramSize: 2 };
    expect(apiDefaults('openai', current)).toEqual(PLAYGROUND_OFF);
  });

  it('rejects an unknown API', () => {
    expect(() => apiDefaults('vllm' as never, PLAYGROUND_OFF)).toThrow(
      new RangeError("api must be 'hf' or 'openai', got \"vllm\""),
    );
  });
});

describe('distributionSummary', () => {
  it('counts survivors and picks the most probable token', () => {
    expect(distributionSummary([0.2, 0, 0.8])).toEqual({ surviving: 2, top: 2, topProb: 0.8 });
  });
  it('breaks ties like argmax: the first maximum', () => {
    expect(distributionSummary([0, 0.5, 0.5])).toEqual({ surviving: 2, top: 1, topProb: 0.5 });
  });
  it('rejects invalid distributions', () => {
    expect(() => distributionSummary([])).toThrow(RangeError);
    expect(() => distributionSummary([0, 0])).toThrow(RangeError);
    expect(() => distributionSummary([0.5, Number.NaN])).toThrow(RangeError);
  });
});

describe('histogramStats', () => {
  it('turns counts into frequencies and measures the largest gap (worked by hand)', () => {
    // 3 of 4 draws on token 0: f = [3/4, 1/4]; |0.75 − 0.5| = 0.25
    expect(histogramStats([3, 1], [0.5, 0.5])).toEqual({ frequencies: [0.75, 0.25], maxDeviation: 0.25 });
    // probs need not sum to 1: [2, 6] → [0.25, 0.75]; f = [2/8, 6/8] matches exactly
    expect(histogramStats([2, 6], [2, 6])).toEqual({ frequencies: [0.25, 0.75], maxDeviation: 0 });
    // 10 draws [5, 5, 0] against [0.5, 0.25, 0.25]: gaps 0, 0.25, 0.25
    expect(histogramStats([5, 5, 0], [0.5, 0.25, 0.25]).maxDeviation).toBe(0.25);
  });
  it('rejects bad counts', () => {
    expect(() => histogramStats([0, 0], [0.5, 0.5])).toThrow(
      new RangeError('counts must be 2 integers >= 0 with a positive sum, got [0, 0]'),
    );
    expect(() => histogramStats([1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => histogramStats([1, -1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => histogramStats([1.5, 1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => histogramStats('1,2' as never, [0.5, 0.5])).toThrow(TypeError);
  });
});
