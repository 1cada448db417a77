import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learningRate, type LearningRateOptions } from '@/lib/training';

/** The learning rates of steps 0…9, as HF's unwrap_schedule reads them (get_lr, then step). */
function firstTen(options: LearningRateOptions): number[] {
  return Array.from({ length: 10 }, (_, step) => learningRate(step, options));
}

function expectAllClose(actual: number[], expected: number[], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - (expected[i] as number))).toBeLessThanOrEqual(tol));
}

// HF transformers tests/optimization/test_optimization.py, ScheduleInitTest.test_schedulers:
// optimizer lr 10.0, common_kwargs {"num_warmup_steps": 2, "num_training_steps": 10}, tol 1e-2
const common = { peakLr: 10, warmupSteps: 2, totalSteps: 10 };

describe('learningRate', () => {
  it('matches HF test_schedulers for the warm-up schedules', () => {
    expectAllClose(
      firstTen({ schedule: 'constant_with_warmup', peakLr: 10, warmupSteps: 4, totalSteps: 10 }),
      [0.0, 2.5, 5.0, 7.5, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0],
      1e-2,
    );
    expectAllClose(
      firstTen({ schedule: 'linear', ...common }),
      [0.0, 5.0, 10.0, 8.75, 7.5, 6.25, 5.0, 3.75, 2.5, 1.25],
      1e-2,
    );
    expectAllClose(
      firstTen({ schedule: 'cosine', ...common }),
      [0.0, 5.0, 10.0, 9.61, 8.53, 6.91, 5.0, 3.08, 1.46, 0.38],
      1e-2,
    );
  });

  it('reaches 0 at the last step of the linear and cosine schedules', () => {
    // HF lambdas: (10 − 10)/8 = 0 and ½(1 + cos π) = 0
    expect(learningRate(10, { schedule: 'linear', ...common })).toBe(0);
    expect(learningRate(10, { schedule: 'cosine', ...common })).toBe(0);
    // no warm-up: the schedule starts at the peak
    expect(learningRate(0, { schedule: 'cosine', peakLr: 3e-4, warmupSteps: 0, totalSteps: 100 })).toBe(3e-4);
  });

  it('floors the cosine at minLrRatio · peakLr with cosine_with_min_lr', () => {
    // HF _get_cosine_with_min_lr_schedule_with_warmup_lr_lambda: factor·(1 − min_lr_rate) + min_lr_rate
    const options: LearningRateOptions = { schedule: 'cosine_with_min_lr', ...common, minLrRatio: 0.1 };
    // warm-up is unchanged: 1/2 of the peak at step 1
    expect(learningRate(1, options)).toBe(5);
    expect(learningRate(2, options)).toBe(10);
    // half way (progress 4/8): cosine factor ½, so 10·(½·0.9 + 0.1) = 5.5
    expect(learningRate(6, options)).toBeCloseTo(5.5, 12);
    // the end: factor 0, so the floor 10·0.1 = 1
    expect(learningRate(10, options)).toBeCloseTo(1, 12);
  });

  it('repeats the cosine numCycles times', () => {
    // num_cycles = 1: a full cosine period, back at the peak at the end and at 0 half way
    const options: LearningRateOptions = { schedule: 'cosine', ...common, numCycles: 1 };
    expect(learningRate(6, options)).toBe(0);
    expect(learningRate(10, options)).toBe(10);
  });

  it('stays within [minLrRatio · peakLr, peakLr] after warm-up and agrees with cosine at ratio 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (warmupRaw, totalSteps, minLrRatio, at) => {
          const warmupSteps = Math.min(warmupRaw, totalSteps);
          const step = Math.floor(at * totalSteps);
          const base = { peakLr: 1, warmupSteps, totalSteps };
          const withMin = learningRate(step, { schedule: 'cosine_with_min_lr', ...base, minLrRatio });
          expect(withMin).toBeLessThanOrEqual(1);
          if (step >= warmupSteps) expect(withMin).toBeGreaterThanOrEqual(minLrRatio - 1e-15);
          expect(learningRate(step, { schedule: 'cosine_with_min_lr', ...base, minLrRatio: 0 })).toBe(
            learningRate(step, { schedule: 'cosine', ...base }),
          );
          if (step > 0) {
            const linear = (s: number) => learningRate(s, { schedule: 'linear', ...base });
            // The last step's rate is 0 (HF's lambda), even when the warm-up lasts the whole run.
            if (step === totalSteps) expect(linear(step)).toBe(0);
            else if (step <= warmupSteps) expect(linear(step)).toBeGreaterThan(linear(step - 1));
            else expect(linear(step)).toBeLessThanOrEqual(linear(step - 1));
          }
        },
      ),
    );
  });

  it('rejects steps outside [0, totalSteps] and bad options', () => {
    expect(() => learningRate(11, { schedule: 'cosine', ...common })).toThrow(
      new RangeError('step must be an integer in [0, totalSteps = 10], got 11'),
    );
    expect(() => learningRate(-1, { schedule: 'linear', ...common })).toThrow(RangeError);
    expect(() => learningRate(2.5, { schedule: 'linear', ...common })).toThrow(RangeError);
    expect(() => learningRate(1, { schedule: 'step' as 'linear', ...common })).toThrow(
      new RangeError(
        "schedule must be one of 'constant_with_warmup', 'linear', 'cosine', 'cosine_with_min_lr', got \"step\"",
      ),
    );
    expect(() => learningRate(1, { schedule: 'cosine_with_min_lr', ...common, minLrRatio: 1.5 })).toThrow(
      /minLrRatio must be in \[0, 1\], got 1.5/,
    );
    expect(() => learningRate(1, { schedule: 'cosine', ...common, peakLr: -1 })).toThrow(RangeError);
    expect(() => learningRate(1, { schedule: 'cosine', ...common, warmupSteps: -2 })).toThrow(RangeError);
    expect(() => learningRate(1, { schedule: 'cosine', ...common, numCycles: Number.NaN })).toThrow(
      RangeError,
    );
    expect(() => learningRate('1' as unknown as number, { schedule: 'cosine', ...common })).toThrow(
      TypeError,
    );
    expect(() => learningRate(1, null as unknown as LearningRateOptions)).toThrow(TypeError);
  });

  it('refuses a run of 0 steps and a warm-up longer than the run', () => {
    expect(() => learningRate(0, { schedule: 'linear', peakLr: 1, warmupSteps: 0, totalSteps: 0 })).toThrow(
      'totalSteps must be an integer >= 1, got 0',
    );
    expect(() => learningRate(0, { schedule: 'cosine', peakLr: 1, warmupSteps: 11, totalSteps: 10 })).toThrow(
      'warmupSteps must be at most totalSteps = 10, got 11',
    );
    // a warm-up as long as the run is allowed: the run ends at the peak
    expect(
      learningRate(10, { schedule: 'constant_with_warmup', peakLr: 1, warmupSteps: 10, totalSteps: 10 }),
    ).toBe(1);
  });
});
