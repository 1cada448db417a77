import { describe, expect, it } from 'vitest';
import { applyTemperature, softmax } from '@/lib/decoding';

const maxOf = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
const minOf = (xs: readonly number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity);

describe('applyTemperature', () => {
  it('reproduces HF test_temperature_dist_warper', () => {
    // transformers tests/generation/test_logits_process.py::test_temperature_dist_warper
    const length = 20;
    const uniform = Array.from({ length }, () => 1 / length);
    const peaked = [...uniform];
    peaked[5] = 1 / length + 0.1; // peak
    peaked[10] = 1 / length - 0.4; // valley

    // uniform distribution stays uniform
    for (const t of [0.5, 1.3]) {
      softmax(applyTemperature(uniform, t)).forEach((p, i) => {
        expect(Math.abs(p - (softmax(uniform)[i] ?? Number.NaN))).toBeLessThanOrEqual(1e-3);
      });
    }
    const probs = softmax(peaked);
    const sharp = softmax(applyTemperature(peaked, 0.5));
    const smooth = softmax(applyTemperature(peaked, 1.3));
    // sharp peaks get higher, valleys get lower
    expect(maxOf(probs)).toBeLessThan(maxOf(sharp));
    expect(minOf(probs)).toBeGreaterThan(minOf(sharp));
    // smooth peaks get lower, valleys get higher
    expect(maxOf(probs)).toBeGreaterThan(maxOf(smooth));
    expect(minOf(probs)).toBeLessThan(minOf(smooth));
  });

  it('divides every logit by T and keeps -Infinity', () => {
    // HF TemperatureLogitsWarper: scores / temperature
    expect(applyTemperature([2, 1, -Infinity], 0.5)).toEqual([4, 2, -Infinity]);
    expect(applyTemperature([3, -6], 3)).toEqual([1, -2]);
  });

  it('returns a fresh array and leaves the input untouched', () => {
    // HF test_temperature_dist_warper: the warper returns new scores instead of editing them in place
    const logits = Object.freeze([1, 2, 3]);
    expect(applyTemperature(logits, 2)).toEqual([0.5, 1, 1.5]);
    expect(logits).toEqual([1, 2, 3]);
    expect(applyTemperature(logits, 1)).not.toBe(logits);
  });

  it('rejects a temperature that is not finite and > 0', () => {
    // HF: "`temperature` has to be a strictly positive float"; greedy is argmax, not T = 0
    expect(() => applyTemperature([1, 2], 0)).toThrow(
      new RangeError('temperature must be finite and > 0, got 0'),
    );
    expect(() => applyTemperature([1, 2], -1)).toThrow(RangeError);
    expect(() => applyTemperature([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => applyTemperature([1, 2], Infinity)).toThrow(RangeError);
    expect(() => applyTemperature([1, 2], '1' as unknown as number)).toThrow(TypeError);
  });

  it('rejects a temperature so small that a logit overflows, instead of returning Infinity', () => {
    // 1 / 1e-320 = 1e320 > Number.MAX_VALUE (≈ 1.8e308)
    expect(() => applyTemperature([1, 0], 1e-320)).toThrow(/temperature must be large enough/);
    // 0 and -Infinity are unaffected by any positive T
    expect(applyTemperature([0, -Infinity], 1e-320)).toEqual([0, -Infinity]);
  });

  it('rejects invalid logits', () => {
    expect(() => applyTemperature([], 1)).toThrow(RangeError);
    expect(() => applyTemperature([Number.NaN], 1)).toThrow(RangeError);
    expect(() => applyTemperature(null as unknown as number[], 1)).toThrow(TypeError);
  });
});
