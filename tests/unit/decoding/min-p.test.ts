import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minPFilter, softmax } from '@/lib/decoding';

const finiteCount = (xs: readonly number[]) => xs.filter(Number.isFinite).length;
const logOf = (ps: readonly number[]) => ps.map(Math.log);
const expOf = (xs: readonly number[]) => xs.map(Math.exp);

function expectClose(actual: readonly number[], expected: readonly number[], tol: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - (expected[i] ?? Number.NaN))).toBeLessThanOrEqual(tol));
}

const logitVector = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.double({ min: -20, max: 20, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
      fc.constant(-Infinity),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .filter((xs) => xs.some(Number.isFinite));
const minP = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

describe('minPFilter', () => {
  it('reproduces HF test_min_p_dist_warper', () => {
    // transformers tests/generation/test_logits_process.py::test_min_p_dist_warper, MinPLogitsWarper(0.05):
    // [0.9, 0.0274, 0.047, 0.0274] -> [0.9, 0, 0.047, 0] ("0.047 > 0.9*0.05=0.045"),
    // [0.15, 0.3, 0.3, 0.25] all kept, [0.97, 0.01, 0.01, 0.01] -> [0.97, 0, 0, 0] (atol 1e-3)
    expectClose(expOf(minPFilter(logOf([0.9, 0.0274, 0.047, 0.0274]), 0.05)), [0.9, 0, 0.047, 0], 1e-3);
    expectClose(expOf(minPFilter(logOf([0.15, 0.3, 0.3, 0.25]), 0.05)), [0.15, 0.3, 0.3, 0.25], 1e-3);
    expectClose(expOf(minPFilter(logOf([0.97, 0.01, 0.01, 0.01]), 0.05)), [0.97, 0, 0, 0], 1e-3);
  });

  it('reproduces the HF edge cases with negative and extreme logits', () => {
    // HF test_min_p_dist_warper, MinPLogitsWarper(0.9, min_tokens_to_keep=2): ramp -5..4 keeps 2;
    // ramp * 100 "would keep only 1, but due to `min_tokens_to_keep=2` keeps 2"
    const ramp = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4];
    expect(finiteCount(minPFilter(ramp, 0.9, 2))).toBe(2);
    expect(
      finiteCount(
        minPFilter(
          ramp.map((x) => x * 100),
          0.9,
          2,
        ),
      ),
    ).toBe(2);
  });

  it('keeps a token exactly at minP times the top probability (strict comparison)', () => {
    // CONTRACT.md: "remove tokens with p < minP · max p (strict)"; 0.3 = 0.5 · 0.6 exactly, although
    // in double ln 0.3 − ln 0.6 = −0.6931471805599454 < ln 0.5 = −0.6931471805599453
    expect(minPFilter(logOf([0.6, 0.3, 0.1]), 0.5)).toEqual([Math.log(0.6), Math.log(0.3), -Infinity]);
    expect(minPFilter([0, -Math.LN2, -Math.LN2 - 1e-6], 0.5)).toEqual([0, -Math.LN2, -Infinity]);
  });

  it('removes nothing at minP = 0 and keeps only the top token and its ties at minP = 1', () => {
    // HF: min_p "must be a value between 0 and 1"; p < 0 · max p never holds, p < 1 · max p for all but the
    // max
    expect(minPFilter([1, 2, -Infinity], 0)).toEqual([1, 2, -Infinity]);
    expect(minPFilter([2, 1, 2], 1)).toEqual([2, -Infinity, 2]);
  });

  it('rejects invalid arguments', () => {
    // HF: "`min_p` has to be a float in the [0, 1] interval"; "`min_tokens_to_keep` has to be a positive
    // integer"
    expect(() => minPFilter([1, 2], 1.1)).toThrow(new RangeError('minP must be in [0, 1], got 1.1'));
    expect(() => minPFilter([1, 2], -0.1)).toThrow(RangeError);
    expect(() => minPFilter([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => minPFilter([1, 2], null as unknown as number)).toThrow(TypeError);
    expect(() => minPFilter([1, 2], 0.1, 0)).toThrow(/minTokensToKeep must be an integer >= 1/);
    expect(() => minPFilter([], 0.1)).toThrow(RangeError);
    expect(() => minPFilter([-Infinity], 0.1)).toThrow(RangeError);
  });

  it('removes exactly p < minP · max p, keeps minTokensToKeep, is idempotent (property)', () => {
    fc.assert(
      fc.property(logitVector, minP, fc.integer({ min: 1, max: 4 }), (xs, p, m) => {
        const copy = [...xs];
        const out = minPFilter(xs, p, m);
        expect(xs).toEqual(copy);
        expect(finiteCount(out)).toBeGreaterThanOrEqual(Math.min(m, finiteCount(xs)));
        const probs = softmax(xs);
        const top = Math.max(...probs);
        probs.forEach((pi, i) => {
          // away from the threshold (relative 1e-9) the decision is unambiguous
          if (pi > p * top * (1 + 1e-9)) expect(out[i]).toBe(xs[i]);
          if (m === 1 && pi < p * top * (1 - 1e-9) && pi < top) expect(out[i]).toBe(-Infinity);
        });
        expect(minPFilter(out, p, m)).toEqual(out);
      }),
    );
  });
});
