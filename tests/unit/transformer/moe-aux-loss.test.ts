import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moeAuxLoss } from '@/lib/transformer';

const ln = Math.log;

describe('moeAuxLoss', () => {
  it('is topK for a balanced router (HF test_load_balancing_loss expects 2 for Mixtral top-2)', () => {
    // uniform router over 8 experts: fₖᵢ sums to 1 per k, Pᵢ = 1/8 → 8 · 2 · 1/8 = 2
    const uniform = Array.from({ length: 91 }, () => new Array<number>(8).fill(0));
    expect(moeAuxLoss(uniform, 2)).toBe(2);
    expect(moeAuxLoss(uniform, 1)).toBe(1);
    // HF's test: a freshly initialised router gives 2 within rtol/atol 1e-2; small deterministic logits here
    const nearlyUniform = Array.from({ length: 91 }, (_, t) =>
      Array.from({ length: 8 }, (_, e) => 0.01 * Math.sin(7 * t + 3 * e)),
    );
    expect(Math.abs(moeAuxLoss(nearlyUniform, 2) - 2)).toBeLessThan(2e-2);
  });

  it('follows E · Σ fᵢ·Pᵢ on a worked example (Switch Transformer eq. 4, top-1)', () => {
    // tokens split [3/4, 1/4] → e0 and [1/4, 3/4] → e1: f = [½, ½], P = [½, ½] → 2·(¼ + ¼) = 1
    expect(
      moeAuxLoss(
        [
          [ln(3), 0],
          [0, ln(3)],
        ],
        1,
      ),
    ).toBeCloseTo(1, 15);
    // both tokens on e0 with p = 3/4: f = [1, 0], P = [¾, ¼] → 2·¾ = 1.5
    expect(
      moeAuxLoss(
        [
          [ln(3), 0],
          [ln(3), 0],
        ],
        1,
      ),
    ).toBeCloseTo(1.5, 15);
  });

  it('approaches E when every token is sent to one expert with certainty', () => {
    const collapsed = Array.from({ length: 10 }, () => [50, 0, 0, 0]);
    expect(moeAuxLoss(collapsed, 1)).toBeCloseTo(4, 12);
  });

  it('rejects bad logits and topK', () => {
    expect(() => moeAuxLoss([[0, 0]], 3)).toThrow(
      new RangeError('topK must be an integer in [1, experts = 2], got 3'),
    );
    expect(() => moeAuxLoss([], 1)).toThrow(RangeError);
    expect(() => moeAuxLoss([[0, Number.NaN]], 1)).toThrow(RangeError);
    expect(() => moeAuxLoss([[0, 0]], '1' as unknown as number)).toThrow(TypeError);
  });

  it('lies in [0, E·topK] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((experts) =>
          fc.tuple(
            fc.array(
              fc.array(fc.double({ min: -5, max: 5, noNaN: true }), {
                minLength: experts,
                maxLength: experts,
              }),
              {
                minLength: 1,
                maxLength: 10,
              },
            ),
            fc.integer({ min: 1, max: experts }),
          ),
        ),
        ([rows, topK]) => {
          const loss = moeAuxLoss(rows, topK);
          expect(loss).toBeGreaterThanOrEqual(0);
          expect(loss).toBeLessThanOrEqual(rows[0]!.length * topK + 1e-12);
        },
      ),
    );
  });
});
