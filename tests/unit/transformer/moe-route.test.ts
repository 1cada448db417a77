import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moeCapacity, moeRoute } from '@/lib/transformer';

const ln = Math.log;

const logits = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }))
  .chain(([tokens, experts]) =>
    fc.tuple(
      fc.array(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: experts, maxLength: experts }),
        {
          minLength: tokens,
          maxLength: tokens,
        },
      ),
      fc.integer({ min: 1, max: experts }),
    ),
  );

describe('moeRoute', () => {
  it('keeps the top-k of the softmax and renormalises them, as HF Mixtral', () => {
    // softmax(ln[1, 2, 3, 4]) = [0.1, 0.2, 0.3, 0.4]; top-2 = experts 3, 2; renormalised 4/7, 3/7
    const r = moeRoute([[0, ln(2), ln(3), ln(4)]], { topK: 2 });
    expect(r.experts).toEqual([[3, 2]]);
    expect(r.weights[0]![0]).toBeCloseTo(4 / 7, 15);
    expect(r.weights[0]![1]).toBeCloseTo(3 / 7, 15);
    expect(r.dropped).toEqual([]);
    expect(r.load).toEqual([0, 0, 1, 1]);
  });

  it('keeps the raw probabilities without normalisation (Qwen2-MoE default, Switch top-1)', () => {
    const r = moeRoute([[0, ln(2), ln(3), ln(4)]], { topK: 2, normalize: false });
    expect(r.weights[0]![0]).toBeCloseTo(0.4, 15);
    expect(r.weights[0]![1]).toBeCloseTo(0.3, 15);
    // Switch: top-1 gate value p = 3/4
    expect(moeRoute([[ln(3), 0]], { topK: 1, normalize: false }).weights[0]![0]).toBeCloseTo(0.75, 15);
  });

  it('breaks ties towards the lower expert index', () => {
    const r = moeRoute([[0, 0, 0]], { topK: 2 });
    expect(r.experts).toEqual([[0, 1]]);
    expect(r.weights).toEqual([[0.5, 0.5]]);
  });

  it('drops assignments over capacity, filling every first choice before any second choice', () => {
    // 2 tokens, 2 experts, top-2, capacity ⌈0.5·2·2/2⌉ = 1. First choices: t0 → e0, t1 → e1 (kept);
    // second choices t0 → e1 and t1 → e0 find their experts full. Token by token would have kept t0 → e1
    // and dropped t1's first choice instead.
    const r = moeRoute(
      [
        [ln(3), 0],
        [0, ln(3)],
      ],
      { topK: 2, capacityFactor: 0.5 },
    );
    expect(r.experts).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(r.dropped).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(r.load).toEqual([1, 1]);
    // weights stay as routed: not renormalised after the drop
    expect(r.weights[0]![0]).toBeCloseTo(0.75, 15);
  });

  it('drops later tokens first when everyone picks the same expert', () => {
    // 4 tokens, 2 experts, top-1, capacity ⌈1·4·1/2⌉ = 2: tokens 2 and 3 overflow expert 0
    const row = [ln(3), 0];
    const r = moeRoute([row, row, row, row], { topK: 1, capacityFactor: 1 });
    expect(r.dropped).toEqual([
      [2, 0],
      [3, 0],
    ]);
    expect(r.load).toEqual([2, 0]);
    // 3 tokens, 3 experts, top-2, capacity 2: t2's first choice e0 is dropped, its second kept
    const r3 = moeRoute(
      [
        [ln(3), ln(2), 0],
        [ln(3), 0, ln(2)],
        [ln(3), ln(2), 0],
      ],
      { topK: 2, capacityFactor: 1 },
    );
    expect(r3.dropped).toEqual([[2, 0]]);
    expect(r3.load).toEqual([2, 2, 1]);
  });

  it('rejects bad logits, topK, normalize and capacityFactor', () => {
    expect(() => moeRoute([], { topK: 1 })).toThrow(RangeError);
    expect(() => moeRoute([[0, 1], [0]], { topK: 1 })).toThrow(RangeError);
    expect(() => moeRoute([[-Infinity, -Infinity]], { topK: 1 })).toThrow(RangeError);
    expect(() => moeRoute([[0, 1]], { topK: 3 })).toThrow(
      new RangeError('topK must be an integer in [1, experts = 2], got 3'),
    );
    expect(() => moeRoute([[0, 1]], { topK: 0 })).toThrow(RangeError);
    expect(() => moeRoute([[0, 1]], { topK: 1, capacityFactor: 0 })).toThrow(
      new RangeError('capacityFactor must be finite and > 0, got 0'),
    );
    expect(() => moeRoute([[0, 1]], { topK: 1, normalize: 1 as unknown as boolean })).toThrow(TypeError);
    expect(() => moeRoute([[0, 1]], undefined as unknown as { topK: number })).toThrow(TypeError);
  });

  it('routes topK distinct experts with weights summing to 1, and conserves assignments (property)', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: 0.1, max: 3, noNaN: true }), ([rows, topK], cf) => {
        const r = moeRoute(rows, { topK, capacityFactor: cf });
        const capacity = moeCapacity(rows.length, topK, rows[0]!.length, cf);
        r.experts.forEach((chosen, t) => {
          expect(new Set(chosen).size).toBe(topK);
          expect(r.weights[t]!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (let i = 1; i < topK; i++) expect(r.weights[t]![i]!).toBeLessThanOrEqual(r.weights[t]![i - 1]!);
        });
        expect(r.load.reduce((a, b) => a + b, 0) + r.dropped.length).toBe(rows.length * topK);
        r.load.forEach((l) => expect(l).toBeLessThanOrEqual(capacity));
      }),
    );
  });
});

describe('moeCapacity', () => {
  it('is ⌈capacityFactor·tokens·topK/experts⌉ in exact arithmetic', () => {
    expect(moeCapacity(8, 2, 4, 1.25)).toBe(5);
    expect(moeCapacity(3, 1, 2, 1)).toBe(2); // ⌈1.5⌉
    // 1.1·10 is 11.000000000000002 in floating point; DeepSpeed's math.ceil would give 12
    expect(moeCapacity(10, 1, 1, 1.1)).toBe(11);
  });

  it('rejects bad arguments', () => {
    expect(() => moeCapacity(0, 1, 1, 1)).toThrow(new RangeError('tokens must be an integer >= 1, got 0'));
    expect(() => moeCapacity(1, 1, 1, Infinity)).toThrow(RangeError);
  });
});
