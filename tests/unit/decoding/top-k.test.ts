import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topKFilter } from '@/lib/decoding';

const isRemoved = (xs: readonly number[]) => xs.map((x) => x === -Infinity);
const finiteCount = (xs: readonly number[]) => xs.filter(Number.isFinite).length;

/** Small integer logits make ties common; a few `-Infinity` entries stand for removed tokens. */
const logitVector = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -4, max: 4 }) }, fc.constant(-Infinity)), {
    minLength: 1,
    maxLength: 12,
  })
  .filter((xs) => xs.some(Number.isFinite));

describe('topKFilter', () => {
  it('reproduces HF test_top_k_dist_warper on ramp logits', () => {
    // transformers tests/generation/test_logits_process.py::test_top_k_dist_warper, TopKLogitsWarper(3):
    // ramp 0..9 -> 7 * [True] + 3 * [False]; second row with the first half + 10 -> 2 * [True] + 3 * [False]
    // + 5 * [True]
    const ramp = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(isRemoved(topKFilter(ramp, 3))).toEqual([...Array(7).fill(true), ...Array(3).fill(false)]);
    const shifted = [10, 11, 12, 13, 14, 5, 6, 7, 8, 9];
    expect(isRemoved(topKFilter(shifted, 3))).toEqual([
      ...Array(2).fill(true),
      ...Array(3).fill(false),
      ...Array(5).fill(true),
    ]);
  });

  it('reproduces the HF safety checks: minTokensToKeep overrides k and a uniform row is untouched', () => {
    // HF test_top_k_dist_warper, TopKLogitsWarper(top_k=1, min_tokens_to_keep=3):
    // "uniform dist is not changed" (0 filtered); ramp 0..4 -> "3 tokens are kept => 2 tokens are nullified"
    expect(topKFilter([0.2, 0.2, 0.2, 0.2, 0.2], 1, 3)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(topKFilter([0, 1, 2, 3, 4], 1, 3)).toEqual([-Infinity, -Infinity, 2, 3, 4]);
  });

  it('keeps every token tied with the k-th largest', () => {
    // CONTRACT.md: "every logit strictly below the k-th largest becomes -Infinity, so ties with the k-th all
    // survive"
    expect(topKFilter([1, 3, 2, 3], 1)).toEqual([-Infinity, 3, -Infinity, 3]);
    expect(topKFilter([5, 2, 2, 2, 1], 2)).toEqual([5, 2, 2, 2, -Infinity]);
  });

  it('caps k at the vocabulary size', () => {
    // HF: top_k = min(self.top_k, scores.size(-1)) "Safety check"
    expect(topKFilter([1, 2], 50)).toEqual([1, 2]);
  });

  it('leaves already removed tokens removed and does not count them past the k-th', () => {
    // k = 2 over [3, -Infinity, 1]: the 2nd largest is 1, so nothing finite is removed
    expect(topKFilter([3, -Infinity, 1], 2)).toEqual([3, -Infinity, 1]);
  });

  it('rejects invalid arguments', () => {
    // HF: "`top_k` has to be a strictly positive integer"
    expect(() => topKFilter([1, 2], 0)).toThrow(new RangeError('topK must be an integer >= 1, got 0'));
    expect(() => topKFilter([1, 2], 1.5)).toThrow(RangeError);
    expect(() => topKFilter([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => topKFilter([1, 2], '2' as unknown as number)).toThrow(TypeError);
    expect(() => topKFilter([1, 2], 1, 0)).toThrow(/minTokensToKeep must be an integer >= 1, got 0/);
    expect(() => topKFilter([], 1)).toThrow(RangeError);
    expect(() => topKFilter([1, Number.NaN], 1)).toThrow(RangeError);
    expect(() => topKFilter([-Infinity], 1)).toThrow(RangeError);
    expect(() => topKFilter(null as unknown as number[], 1)).toThrow(TypeError);
  });

  it('keeps >= min(k, finite) tokens, removes only lower logits, is idempotent (property)', () => {
    fc.assert(
      fc.property(
        logitVector,
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 15 }),
        (xs, k, m) => {
          const copy = [...xs];
          const out = topKFilter(xs, k, m);
          expect(xs).toEqual(copy);
          expect(finiteCount(out)).toBeGreaterThanOrEqual(Math.min(Math.max(k, m), finiteCount(xs)));
          const keptMin = Math.min(...out.filter(Number.isFinite));
          out.forEach((x, i) => {
            if (x === -Infinity) expect(xs[i]).toBeLessThan(keptMin);
            else expect(x).toBe(xs[i]);
          });
          expect(topKFilter(out, k, m)).toEqual(out);
        },
      ),
    );
  });
});
