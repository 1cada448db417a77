import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax, topPFilter } from '@/lib/decoding';

const finiteCount = (xs: readonly number[]) => xs.filter(Number.isFinite).length;
const logOf = (ps: readonly number[]) => ps.map(Math.log);
/** exp of the filtered log-probabilities, as HF's test does (exp(-inf) => 0). */
const expOf = (xs: readonly number[]) => xs.map(Math.exp);
const keptIds = (xs: readonly number[]) => xs.flatMap((x, i) => (Number.isFinite(x) ? [i] : []));

function expectClose(actual: readonly number[], expected: readonly number[], tol: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - (expected[i] ?? Number.NaN))).toBeLessThanOrEqual(tol));
}

/** Logits on a small integer grid (many ties) with some removed tokens. */
const logitVector = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -4, max: 4 }) }, fc.constant(-Infinity)), {
    minLength: 1,
    maxLength: 12,
  })
  .filter((xs) => xs.some(Number.isFinite));
const topP = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

describe('topPFilter', () => {
  it('reproduces HF test_top_p_dist_warper', () => {
    // transformers tests/generation/test_logits_process.py::test_top_p_dist_warper, TopPLogitsWarper(0.8):
    // log([0.3, 0.1, 0.1, 0.5]) -> [0.3, 0, 0, 0.5]; log([0.15, 0.3, 0.3, 0.25]) -> [0, 0.3, 0.3, 0.25]
    // (atol 1e-3)
    expectClose(expOf(topPFilter(logOf([0.3, 0.1, 0.1, 0.5]), 0.8)), [0.3, 0, 0, 0.5], 1e-3);
    expectClose(expOf(topPFilter(logOf([0.15, 0.3, 0.3, 0.25]), 0.8)), [0, 0.3, 0.3, 0.25], 1e-3);
  });

  it('reproduces the HF edge cases with negative and extreme logits', () => {
    // HF test_top_p_dist_warper, TopPLogitsWarper(0.9, min_tokens_to_keep=2): ramp -5..4 keeps 3 tokens;
    // ramp * 100 "would keep only 1, but due to `min_tokens_to_keep=2` keeps 2"
    const ramp = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4];
    expect(finiteCount(topPFilter(ramp, 0.9, 2))).toBe(3);
    expect(
      finiteCount(
        topPFilter(
          ramp.map((x) => x * 100),
          0.9,
          2,
        ),
      ),
    ).toBe(2);
  });

  it('keeps the token that crosses the threshold', () => {
    // HF docstring: "the smallest set of most probable tokens with probabilities that add up to top_p or
    // higher"; [0.5, 0.3, 0.2] at 0.7: 0.5 < 0.7, 0.5 + 0.3 = 0.8 >= 0.7, so 0.3 crosses and stays
    expect(keptIds(topPFilter(logOf([0.5, 0.3, 0.2]), 0.7))).toEqual([0, 1]);
  });

  it('treats an exact boundary as exact arithmetic (mass 0.5 + 0.3 reaches topP = 0.8)', () => {
    // CONTRACT.md: "compare with a 1e-12 slack so exact boundaries behave as exact arithmetic";
    // in double 0.5 + 0.3 = 0.8 and 1 - 0.8 = 0.19999999999999996, which would keep 0.2 under HF's comparison
    expect(topPFilter([Math.log(0.5), Math.log(0.3), Math.log(0.2)], 0.8)).toEqual([
      Math.log(0.5),
      Math.log(0.3),
      -Infinity,
    ]);
    // 0.7 + 0.2 = 0.8999999999999999 in double; a 0.9 boundary must still stop after two tokens
    expect(finiteCount(topPFilter(logOf([0.7, 0.2, 0.1]), 0.9))).toBe(2);
  });

  it('keeps exactly the smallest set under ties: two of four uniform tokens at topP = 0.5', () => {
    // HF TopPLogitsWarper on [0.25, 0.25, 0.25, 0.25], top_p = 0.5: ascending cumsum 0.25, 0.5, 0.75, 1.0;
    // `cumulative_probs <= 1 - 0.5` removes the first two sorted positions, so 2 tokens stay (all values
    // are exact in binary). Which two is our tie rule: the lower token ids.
    expect(topPFilter([0, 0, 0, 0], 0.5)).toEqual([0, 0, -Infinity, -Infinity]);
    expect(finiteCount(topPFilter(logOf([0.25, 0.25, 0.25, 0.25]), 0.5))).toBe(2);
    // HF on [0.4, 0.2, 0.2, 0.2] at 0.5: ascending cumsum 0.2, 0.4, 0.6, 1.0 -> two 0.2s removed, 2 stay:
    // 0.4 and the first of the tied 0.2s
    expect(keptIds(topPFilter(logOf([0.4, 0.2, 0.2, 0.2]), 0.5))).toEqual([0, 1]);
    // the tied group need not be contiguous or first: ids 1 and 3 tie below the top token 2
    expect(keptIds(topPFilter(logOf([0.1, 0.2, 0.5, 0.2]), 0.6))).toEqual([1, 2]);
    // no tie at the cut: [0.4, 0.3, 0.2, 0.1] at 0.5 keeps exactly two
    expect(keptIds(topPFilter(logOf([0.4, 0.3, 0.2, 0.1]), 0.5))).toEqual([0, 1]);
  });

  it('keeps exactly one token at topP = 0, the lowest id among tied maxima, and everything at topP = 1', () => {
    // HF: top_p = 0 removes every sorted position with cumsum <= 1, then restores min_tokens_to_keep = 1;
    // generate() skips the warper when top_p = 1.0 (GenerationConfig default)
    expect(topPFilter([1, 3, 2], 0)).toEqual([-Infinity, 3, -Infinity]);
    expect(topPFilter([3, 1, 3], 0)).toEqual([3, -Infinity, -Infinity]);
    expect(topPFilter([0, -40, -80], 1)).toEqual([0, -40, -80]);
  });

  it('applies minTokensToKeep as a count, ties broken by id', () => {
    // HF: `sorted_indices_to_remove[..., -min_tokens_to_keep:] = 0` restores exactly that many positions
    expect(topPFilter([0, 0, 0, 0], 0, 3)).toEqual([0, 0, 0, -Infinity]);
    // more than the vocabulary: everything stays, removed tokens remain removed
    expect(topPFilter([0, -Infinity, 1], 0.1, 5)).toEqual([0, -Infinity, 1]);
  });

  it('is not idempotent: renormalising the nucleus can shrink it further', () => {
    // [0.5, 0.3, 0.2] at 0.6 keeps {0.5, 0.3}; renormalised that is [0.625, 0.375] and 0.625 >= 0.6 alone
    const once = topPFilter(logOf([0.5, 0.3, 0.2]), 0.6);
    expect(finiteCount(once)).toBe(2);
    expect(finiteCount(topPFilter(once, 0.6))).toBe(1);
  });

  it('rejects invalid arguments', () => {
    // HF: "`top_p` has to be a float > 0 and < 1" (it accepts [0, 1]); min_tokens_to_keep a positive integer
    expect(() => topPFilter([1, 2], 1.5)).toThrow(new RangeError('topP must be in [0, 1], got 1.5'));
    expect(() => topPFilter([1, 2], -0.1)).toThrow(RangeError);
    expect(() => topPFilter([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => topPFilter([1, 2], '0.9' as unknown as number)).toThrow(TypeError);
    expect(() => topPFilter([1, 2], 0.9, 0)).toThrow(/minTokensToKeep must be an integer >= 1/);
    expect(() => topPFilter([1, 2], 0.9, 1.5)).toThrow(RangeError);
    expect(() => topPFilter([], 0.9)).toThrow(RangeError);
    expect(() => topPFilter([Infinity, 1], 0.9)).toThrow(RangeError);
  });

  it('keeps mass >= topP and >= minTokensToKeep tokens, never mutates (property)', () => {
    fc.assert(
      fc.property(logitVector, topP, fc.integer({ min: 1, max: 4 }), (xs, p, m) => {
        const copy = [...xs];
        const out = topPFilter(xs, p, m);
        expect(xs).toEqual(copy);
        const probs = softmax(xs);
        const keptMass = probs.reduce((acc, pi, i) => acc + (Number.isFinite(out[i]) ? pi : 0), 0);
        expect(keptMass).toBeGreaterThanOrEqual(p - 1e-9);
        expect(finiteCount(out)).toBeGreaterThanOrEqual(Math.min(m, finiteCount(xs)));
        out.forEach((x, i) => expect(x === -Infinity || x === xs[i]).toBe(true));
      }),
    );
  });

  it('is minimal: without its least probable kept token the mass falls below topP (property)', () => {
    fc.assert(
      fc.property(logitVector, topP, (xs, p) => {
        if (p === 1) return;
        const out = topPFilter(xs, p);
        const kept = keptIds(out);
        if (kept.length <= 1) return; // the minTokensToKeep = 1 floor
        const probs = softmax(xs);
        // least probable kept token; among ties the highest id (the last one the tie rule admitted)
        const last = kept.reduce((a, b) => ((xs[b] ?? 0) <= (xs[a] ?? 0) ? b : a));
        const without = kept.reduce((acc, i) => acc + (i === last ? 0 : (probs[i] ?? 0)), 0);
        expect(without).toBeLessThan(p + 1e-9);
      }),
    );
  });

  it('keeps a top set: kept tokens outrank removed ones, lower ids first within a tie (property)', () => {
    fc.assert(
      fc.property(logitVector, topP, fc.integer({ min: 1, max: 4 }), (xs, p, m) => {
        const out = topPFilter(xs, p, m);
        xs.forEach((xi, i) =>
          xs.forEach((xj, j) => {
            if (!Number.isFinite(out[i]) || Number.isFinite(out[j]) || !Number.isFinite(xj)) return;
            // i kept, j (a live token) removed
            expect(xi).toBeGreaterThanOrEqual(xj);
            if (xi === xj) expect(i).toBeLessThan(j);
          }),
        );
      }),
    );
  });

  it('moves with the tokens: permuting distinct logits permutes the result (property)', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -8, max: 8 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(distinct, topP, (xs, p) => {
        const reversed = [...xs].reverse();
        expect(topPFilter(reversed, p)).toEqual([...topPFilter(xs, p)].reverse());
      }),
    );
  });

  it('only ever removes more on a second pass (property)', () => {
    fc.assert(
      fc.property(logitVector, topP, (xs, p) => {
        const once = topPFilter(xs, p);
        const twice = topPFilter(once, p);
        twice.forEach((x, i) => {
          if (Number.isFinite(x)) expect(x).toBe(once[i]);
        });
      }),
    );
  });
});
