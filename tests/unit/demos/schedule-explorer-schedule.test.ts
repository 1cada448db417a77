import { describe, expect, it } from 'vitest';
import { PRESETS, sameDraft, type ScheduleDraft } from '@/components/demos/schedule-explorer/presets';
import {
  curveSteps,
  defaultIndex,
  formatShare,
  fractionAt,
  lrAt,
  phaseAt,
  readSchedule,
  sliderSteps,
  tableSteps,
  type ScheduleConfig,
} from '@/components/demos/schedule-explorer/schedule';

function config(draft: ScheduleDraft): ScheduleConfig {
  const result = readSchedule(draft);
  if (!result.ok) throw new Error(`expected a valid schedule, got ${result.error.kind}`);
  return result.config;
}

const llama2 = config(PRESETS.llama2);

describe('readSchedule', () => {
  it('reads every preset', () => {
    expect(llama2).toEqual({
      schedule: 'cosine_with_min_lr',
      peakLr: 3e-4,
      warmupSteps: 2000,
      totalSteps: 500_000,
      minLrRatio: 0.1,
      decaySteps: 0,
      decayStart: 2000,
    });
    // WSD: the last round(0.1 · 100,000) = 10,000 steps decay, from step 90,000
    expect(config(PRESETS.wsd)).toMatchObject({ decaySteps: 10_000, decayStart: 90_000, minLrRatio: 0.1 });
    // no floor for linear, whatever the hidden field holds
    expect(config({ ...PRESETS.linear, minRatio: '0.5' }).minLrRatio).toBe(0);
  });

  it('rejects text that is not a number before lib sees it', () => {
    expect(readSchedule({ ...PRESETS.llama2, peak: 'NaN' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'peak', error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(readSchedule({ ...PRESETS.llama2, total: '' })).toMatchObject({
      error: { kind: 'field', field: 'total', error: { kind: 'empty' } },
    });
    expect(readSchedule({ ...PRESETS.llama2, warmup: '2k' })).toMatchObject({ error: { field: 'warmup' } });
  });

  it("passes lib's RangeError through with the field it names", () => {
    expect(readSchedule({ ...PRESETS.llama2, warmup: '-5' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'warmupSteps must be an integer >= 0, got -5', fields: ['warmup'] },
    });
    expect(readSchedule({ ...PRESETS.llama2, total: '1e400' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'totalSteps must be an integer >= 1, got Infinity', fields: ['total'] },
    });
    expect(readSchedule({ ...PRESETS.llama2, total: '2000.5' })).toMatchObject({
      error: { fields: ['total'] },
    });
    expect(readSchedule({ ...PRESETS.llama2, minRatio: '1.5' })).toMatchObject({
      error: { kind: 'lib', message: 'minLrRatio must be in [0, 1], got 1.5', fields: ['minRatio'] },
    });
    expect(readSchedule({ ...PRESETS.llama2, peak: '-3e-4' })).toMatchObject({ error: { fields: ['peak'] } });
  });

  it('refuses a run of 0 steps, a warm-up longer than the run and an absurd length, in its own words', () => {
    expect(readSchedule({ ...PRESETS.llama2, total: '0', warmup: '0' })).toEqual({
      ok: false,
      error: { kind: 'noSteps' },
    });
    expect(readSchedule({ ...PRESETS.llama2, warmup: '600000' })).toEqual({
      ok: false,
      error: { kind: 'warmupTooLong', warmup: 600_000, total: 500_000 },
    });
    expect(readSchedule({ ...PRESETS.llama2, total: '1e10' })).toEqual({
      ok: false,
      error: { kind: 'tooLong', total: 1e10 },
    });
    // a warm-up as long as the run is allowed: the run ends at the peak
    expect(lrAt(config({ ...PRESETS.llama2, warmup: '500000' }), 500_000)).toBe(3e-4);
  });

  it('checks the WSD decay share', () => {
    expect(readSchedule({ ...PRESETS.wsd, decay: '0' })).toMatchObject({ error: { kind: 'decayFraction' } });
    expect(readSchedule({ ...PRESETS.wsd, decay: '1.2' })).toMatchObject({
      error: { kind: 'decayFraction' },
    });
    // 0.01 · 10 = 0.1 rounds to 0 steps
    expect(readSchedule({ ...PRESETS.wsd, total: '10', warmup: '0', decay: '0.01' })).toEqual({
      ok: false,
      error: { kind: 'noDecaySteps', value: 0.01, total: 10 },
    });
    // 1,000 warm-up steps + 99,500 decay steps > 100,000
    expect(readSchedule({ ...PRESETS.wsd, decay: '0.995' })).toEqual({
      ok: false,
      error: { kind: 'decayTooLong', warmup: 1000, decaySteps: 99_500, total: 100_000 },
    });
  });
});

describe('lrAt', () => {
  it('gives the LLaMA-2 rates: 0 at the start, the peak after warm-up, 10% at the end', () => {
    // Llama 2 §2.2: 2,000 warm-up steps, cosine to 10% of the peak 3e-4
    expect(lrAt(llama2, 0)).toBe(0);
    expect(lrAt(llama2, 1000)).toBeCloseTo(1.5e-4, 18); // half of warm-up: 1000/2000 · 3e-4
    expect(lrAt(llama2, 2000)).toBe(3e-4);
    // half way down the cosine (progress 249,000/498,000 = ½): 3e-4 · (0.1 + 0.9 · ½) = 1.65e-4
    expect(lrAt(llama2, 251_000)).toBeCloseTo(1.65e-4, 18);
    expect(lrAt(llama2, 500_000)).toBeCloseTo(3e-5, 18);
    expect(fractionAt(llama2, 251_000)).toBeCloseTo(0.55, 15);
    expect(() => lrAt(llama2, 500_001)).toThrow(RangeError);
  });

  it('gives BERT’s linear decay: half the peak half way through the decay', () => {
    // 1e-4 · (1,000,000 − 505,000)/(1,000,000 − 10,000) = 1e-4 · ½
    expect(lrAt(config(PRESETS.linear), 505_000)).toBeCloseTo(5e-5, 18);
  });

  it('matches transformers’ WSD lambda with a linear warm-up from 0 and a cosine decay', () => {
    // _get_wsd_scheduler_lambda, lr 10, 2 warm-up, 2 stable and 3 decay steps, min_lr_ratio 0.1:
    // warm-up s/2; stable 1; decay progress p = (s − 4)/3 → ½(1 + cos πp)·0.9 + 0.1
    // (p = ⅓: 0.75·0.9 + 0.1 = 0.775; p = ⅔: 0.25·0.9 + 0.1 = 0.325; p = 1: 0.1)
    const wsd = config({
      schedule: 'warmup_stable_decay',
      warmup: '2',
      total: '7',
      peak: '10',
      minRatio: '0.1',
      decay: String(3 / 7),
    });
    expect(wsd.decaySteps).toBe(3);
    const expected = [0, 5, 10, 10, 10, 7.75, 3.25, 1];
    expected.forEach((lr, s) => expect(lrAt(wsd, s)).toBeCloseTo(lr, 12));
    expect(['warmup', 'warmup', 'stable', 'stable', 'decay'].map((_, s) => phaseAt(wsd, s))).toEqual([
      'warmup',
      'warmup',
      'stable',
      'stable',
      'decay',
    ]);
  });

  it('names the constant phase of constant_with_warmup', () => {
    const constant = config({ ...PRESETS.llama2, schedule: 'constant_with_warmup' });
    expect(phaseAt(constant, 1999)).toBe('warmup');
    expect(phaseAt(constant, 2000)).toBe('constant');
    expect(lrAt(constant, 400_000)).toBe(3e-4);
  });
});

describe('steps and formatting', () => {
  it('visits 1,001 slider steps from 0 to the end', () => {
    const steps = sliderSteps(500_000);
    expect(steps).toHaveLength(1001);
    expect([steps[0], steps[4], steps[502], steps[1000]]).toEqual([0, 2000, 251_000, 500_000]);
    // a short run repeats steps rather than skipping any
    expect(sliderSteps(3).slice(0, 4)).toEqual([0, 0, 0, 0]);
  });

  it('starts the slider half way through the decay', () => {
    expect(defaultIndex(llama2)).toBe(502); // (2,000 + 500,000)/2 = 251,000
    expect(defaultIndex(config(PRESETS.linear))).toBe(505); // 505,000 of 1,000,000
    expect(defaultIndex(config(PRESETS.wsd))).toBe(950); // 95,000 of 100,000
  });

  it('draws the curve through the phase corners, in order, without repeats', () => {
    const steps = curveSteps(config(PRESETS.wsd));
    expect(steps).toContain(999);
    expect(steps).toContain(1000);
    expect(steps).toContain(90_000);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(100_000);
    expect(new Set(steps).size).toBe(steps.length);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(tableSteps(llama2)).toEqual([
      0, 2000, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000, 350_000, 400_000, 450_000, 500_000,
    ]);
  });

  it('prints a share of the peak with at most one decimal', () => {
    expect(formatShare(0.55)).toBe('55%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.0125)).toBe('1.3%');
    expect(formatShare(0)).toBe('0%');
  });

  it('tells presets apart from edited drafts', () => {
    expect(sameDraft(PRESETS.llama2, { ...PRESETS.llama2 })).toBe(true);
    expect(sameDraft(PRESETS.llama2, { ...PRESETS.llama2, total: '500001' })).toBe(false);
  });
});
