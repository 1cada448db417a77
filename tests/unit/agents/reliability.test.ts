/**
 * Compounding success of a multi-step task, with retries, against hand-checkable arithmetic:
 * 0.95^20 ≈ 0.3585 (ln 0.95 = −0.051293, × 20 = −1.02587, e^that = 0.35849); with one retry a
 * step succeeds with 1 − 0.05² = 0.9975 and the task with 0.9975^20 ≈ 0.9512; expected calls are
 * geometric sums that can be enumerated by hand on two-step tasks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectedTries,
  RELIABILITY_MAX_STEPS,
  stepSuccess,
  taskReliability,
  uniformTaskReliability,
} from '@/lib/agents';

describe('stepSuccess', () => {
  it('is p without retries and 1 − (1 − p)^(1 + r) with them', () => {
    expect(stepSuccess(0.95)).toBe(0.95);
    expect(stepSuccess(0.95, 1)).toBeCloseTo(0.9975, 15);
    expect(stepSuccess(0.5, 2)).toBeCloseTo(0.875, 15); // 1 − 1/8
    expect(stepSuccess(0.9, 3)).toBeCloseTo(0.9999, 15); // 1 − 0.1⁴
  });

  it('keeps the edges exact: p = 0 never succeeds, p = 1 always does', () => {
    expect(stepSuccess(0, 5)).toBe(0);
    expect(Object.is(stepSuccess(0, 5), -0)).toBe(false);
    expect(stepSuccess(1, 5)).toBe(1);
    expect(stepSuccess(1, 0)).toBe(1);
  });

  it('keeps the digits of a tiny p (1 − (1 − p)² = 2p − p²)', () => {
    expect(stepSuccess(1e-12, 1) / (2e-12 - 1e-24)).toBeCloseTo(1, 12);
    expect(stepSuccess(1e-300, 9) / 1e-299).toBeCloseTo(1, 12);
  });

  it('never falls as retries grow, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 50 }), (p, r) => {
        const a = stepSuccess(p, r);
        const b = stepSuccess(p, r + 1);
        return a >= 0 && b <= 1 && b >= a - 1e-15 && a >= p - 1e-15;
      }),
    );
  });

  it('names the field in its errors', () => {
    expect(() => stepSuccess(1.5)).toThrow(new RangeError('p must be in [0, 1], got 1.5'));
    expect(() => stepSuccess(Number.NaN)).toThrow(RangeError);
    expect(() => stepSuccess(-0.1)).toThrow(/^p must be in \[0, 1\], got -0.1$/);
    expect(() => stepSuccess(0.5, 1.5)).toThrow(
      new RangeError('retries must be an integer in [0, 1000000], got 1.5'),
    );
    expect(() => stepSuccess(0.5, -1)).toThrow(/^retries must be an integer/);
    expect(() => stepSuccess(0.5, 2_000_000)).toThrow(RangeError);
    expect(() => stepSuccess('0.5' as unknown as number)).toThrow(TypeError);
  });
});

describe('expectedTries', () => {
  it('is 1 + q + … + q^r with q = 1 − p', () => {
    expect(expectedTries(0.95)).toBe(1);
    expect(expectedTries(0.95, 1)).toBeCloseTo(1.05, 15);
    expect(expectedTries(0.5, 2)).toBeCloseTo(1.75, 15); // 1 + ½ + ¼
    expect(expectedTries(0, 3)).toBe(4); // every try runs and fails
    expect(expectedTries(1, 3)).toBe(1); // the first try always succeeds
  });

  it('names the field in its errors', () => {
    expect(() => expectedTries(2, 1)).toThrow(new RangeError('p must be in [0, 1], got 2'));
    expect(() => expectedTries(0.5, Number.POSITIVE_INFINITY)).toThrow(/^retries must be/);
  });
});

describe('taskReliability', () => {
  it('compounds 20 steps of 0.95: 0.3585, and 0.9512 with one retry per step', () => {
    const plain = taskReliability(Array.from({ length: 20 }, () => 0.95));
    expect(plain.success).toBeCloseTo(0.95 ** 20, 14);
    expect(plain.success).toBeCloseTo(0.3585, 4);
    expect(plain.maxCalls).toBe(20);
    // the run stops at the first failure: Σ_{i<20} 0.95^i = (1 − 0.95^20)/0.05 ≈ 12.83 calls
    expect(plain.expectedCalls).toBeCloseTo((1 - 0.95 ** 20) / 0.05, 12);
    expect(plain.expectedCalls).toBeCloseTo(12.8303, 4);

    const retried = taskReliability(
      Array.from({ length: 20 }, () => 0.95),
      1,
    );
    expect(retried.steps[0]?.success).toBeCloseTo(0.9975, 15);
    expect(retried.success).toBeCloseTo(0.9975 ** 20, 14);
    expect(retried.success).toBeCloseTo(0.9512, 4);
    expect(retried.maxCalls).toBe(40);
    // 1.05 tries per reached step, reached with 0.9975^i: 1.05 · (1 − 0.9975^20)/0.0025 ≈ 20.51
    expect(retried.expectedCalls).toBeCloseTo((1.05 * (1 - 0.9975 ** 20)) / 0.0025, 10);
    expect(retried.expectedCalls).toBeCloseTo(20.5087, 4);
  });

  it('matches two-step tasks enumerated by hand', () => {
    // [½, ½], no retries: success ¼; calls: step 1 always, step 2 half the time → 1.5
    const a = taskReliability([0.5, 0.5]);
    expect(a.success).toBe(0.25);
    expect(a.expectedCalls).toBe(1.5);
    // one retry: each step succeeds with ¾ using 1.5 tries; calls 1.5 + ¾ · 1.5 = 2.625
    const b = taskReliability([0.5, 0.5], 1);
    expect(b.success).toBeCloseTo(0.5625, 15);
    expect(b.expectedCalls).toBeCloseTo(2.625, 15);
    expect(b.maxCalls).toBe(4);
    const close = (got: readonly number[], want: readonly number[]) =>
      want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 15));
    close(
      b.steps.map((s) => s.reach),
      [1, 0.75],
    );
    close(
      b.steps.map((s) => s.through),
      [0.75, 0.5625],
    );
    close(
      b.steps.map((s) => s.tries),
      [1.5, 1.5],
    );
  });

  it('takes a list of different per-step chances', () => {
    // 0.9 · 0.8 · 0.5 = 0.36; calls 1 + 0.9 + 0.72 = 2.62
    const t = taskReliability([0.9, 0.8, 0.5]);
    expect(t.success).toBeCloseTo(0.36, 15);
    expect(t.expectedCalls).toBeCloseTo(2.62, 15);
    expect(t.steps.map((s) => s.p)).toEqual([0.9, 0.8, 0.5]);
    // a step that never succeeds ends every run there, after all its tries
    const dead = taskReliability([1, 0, 1], 2);
    expect(dead.success).toBe(0);
    expect(dead.expectedCalls).toBe(4); // 1 try at step 1, 3 at step 2, none at step 3
    expect(dead.steps[2]?.reach).toBe(0);
  });

  it('agrees with the single-step functions and the uniform form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        (probs, r) => {
          const t = taskReliability(probs, r);
          const product = probs.reduce((acc, p) => acc * stepSuccess(p, r), 1);
          const u = uniformTaskReliability(probs[0] ?? 0, probs.length, r);
          const uProduct = stepSuccess(probs[0] ?? 0, r) ** probs.length;
          return (
            Math.abs(t.success - product) <= 1e-12 &&
            t.expectedCalls >= 1 &&
            t.expectedCalls <= t.maxCalls + 1e-9 &&
            Math.abs(u.success - uProduct) <= 1e-12
          );
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const probs = [0.9, 0.8];
    taskReliability(probs, 2);
    expect(probs).toEqual([0.9, 0.8]);
  });

  it('names the field (and the entry) in its errors', () => {
    expect(() => taskReliability([])).toThrow(new RangeError('stepProbs must hold 1 to 10000 steps, got 0'));
    expect(() => taskReliability(Array.from({ length: RELIABILITY_MAX_STEPS + 1 }, () => 1))).toThrow(
      /^stepProbs must hold 1 to 10000 steps/,
    );
    expect(() => taskReliability([0.9, 1.5])).toThrow(
      new RangeError('stepProbs[1] must be in [0, 1], got 1.5'),
    );
    expect(() => taskReliability([Number.NaN])).toThrow(/^stepProbs\[0\] must be in \[0, 1\], got NaN$/);
    expect(() => taskReliability([0.9], 0.5)).toThrow(/^retries must be an integer/);
    expect(() => taskReliability('0.9' as unknown as number[])).toThrow(TypeError);
    expect(() => taskReliability([0.9, '1' as unknown as number])).toThrow(TypeError);
  });
});

describe('uniformTaskReliability', () => {
  it('is taskReliability of m equal steps', () => {
    const u = uniformTaskReliability(0.95, 20, 1);
    const t = taskReliability(
      Array.from({ length: 20 }, () => 0.95),
      1,
    );
    expect(u).toEqual(t);
    expect(uniformTaskReliability(0.99, 1).success).toBe(0.99);
  });

  it('names p and steps in its errors', () => {
    expect(() => uniformTaskReliability(1.2, 5)).toThrow(new RangeError('p must be in [0, 1], got 1.2'));
    expect(() => uniformTaskReliability(0.9, 0)).toThrow(
      new RangeError('steps must be an integer in [1, 10000], got 0'),
    );
    expect(() => uniformTaskReliability(0.9, 2.5)).toThrow(/^steps must be an integer/);
    expect(() => uniformTaskReliability(0.9, 5, -2)).toThrow(/^retries must be an integer/);
  });
});
