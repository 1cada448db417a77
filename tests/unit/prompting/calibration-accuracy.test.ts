import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibratedAccuracy } from '@/lib/prompting';

describe('calibratedAccuracy', () => {
  it('calibrates a row by hand and flips its prediction', () => {
    // Zhao et al. 2021 §5, W = diag(p_cf)⁻¹: [0.7/0.8, 0.3/0.2] = [0.875, 1.5], sum 2.375
    // → [0.875/2.375, 1.5/2.375] = [7/19, 12/19] = [0.3684, 0.6316]
    const out = calibratedAccuracy([{ probs: [0.7, 0.3], label: 1 }], [0.8, 0.2]);
    const [row] = out.rows;
    expect(row?.calibrated[0]).toBeCloseTo(7 / 19, 15);
    expect(row?.calibrated[1]).toBeCloseTo(12 / 19, 15);
    expect(row?.calibrated[0]).toBeCloseTo(0.3684, 4);
    expect(row?.before).toBe(0);
    expect(row?.after).toBe(1);
    expect(out).toMatchObject({ correctBefore: 0, correctAfter: 1, accuracyBefore: 0, accuracyAfter: 1 });
  });

  it('counts the inputs calibration fixes and the ones it breaks', () => {
    // p_cf = [0.75, 0.25]: label 0 wins after calibration only when p₀/0.75 > (1 − p₀)/0.25, i.e. p₀ > 0.75
    const rows = [
      { probs: [0.9, 0.1], label: 0 }, // 1.2 vs 0.4: right before and after
      { probs: [0.7, 0.3], label: 1 }, // 0.933 vs 1.2: wrong before, right after (fixed)
      { probs: [0.6, 0.4], label: 0 }, // 0.8 vs 1.6: right before, wrong after (broken)
      { probs: [0.2, 0.8], label: 1 }, // right before and after
    ];
    const out = calibratedAccuracy(rows, [0.75, 0.25]);
    expect(out.rows.map((r) => [r.before, r.after])).toEqual([
      [0, 0],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
    // 3 of 4 right before (rows 1, 3, 4) and 3 of 4 after (rows 1, 2, 4)
    expect(out).toMatchObject({
      correctBefore: 3,
      correctAfter: 3,
      accuracyBefore: 0.75,
      accuracyAfter: 0.75,
    });
  });

  it('handles three labels', () => {
    // [0.5/0.5, 0.3/0.25, 0.2/0.25] = [1, 1.2, 0.8], sum 3 → [1/3, 0.4, 0.2667]: label 0 → label 1
    const out = calibratedAccuracy([{ probs: [0.5, 0.3, 0.2], label: 1 }], [0.5, 0.25, 0.25]);
    const q = out.rows[0]?.calibrated ?? [];
    [1 / 3, 0.4, 0.8 / 3].forEach((x, i) => expect(q[i]).toBeCloseTo(x, 15));
    expect(out.rows[0]).toMatchObject({ before: 0, after: 1 });
    expect(out.accuracyAfter).toBe(1);
  });

  it('breaks ties toward the first label, as numpy.argmax', () => {
    const out = calibratedAccuracy([{ probs: [0.5, 0.5], label: 1 }], [0.5, 0.5]);
    expect(out.rows[0]).toMatchObject({ before: 0, after: 0 });
    expect(out.accuracyBefore).toBe(0);
  });

  it('keeps every prediction when the content-free distribution is uniform', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.boolean()), {
          minLength: 1,
          maxLength: 12,
        }),
        (cases) => {
          const rows = cases.map(([a, b, gold]) => ({
            probs: [a / (a + b), b / (a + b)],
            label: gold ? 1 : 0,
          }));
          const out = calibratedAccuracy(rows, [0.5, 0.5]);
          out.rows.forEach((r) => expect(r.after).toBe(r.before));
          expect(out.accuracyAfter).toBe(out.accuracyBefore);
          expect(out.accuracyAfter).toBeGreaterThanOrEqual(0);
          expect(out.accuracyAfter).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('names the row and field in its errors', () => {
    expect(() => calibratedAccuracy([], [0.5, 0.5])).toThrow(
      new RangeError('rows must hold at least 1 row, got an array of length 0'),
    );
    expect(() => calibratedAccuracy('x' as never, [0.5, 0.5])).toThrow(TypeError);
    expect(() => calibratedAccuracy([null as never], [0.5, 0.5])).toThrow(
      new TypeError('rows[0] must be an object, got null'),
    );
    expect(() => calibratedAccuracy([{ probs: [1], label: 0 }], [0.5, 0.5])).toThrow(
      new RangeError('rows[0].probs must have the length of contentFreeProbs (2), got an array of length 1'),
    );
    expect(() => calibratedAccuracy([{ probs: [0.5, 0.5], label: 2 }], [0.5, 0.5])).toThrow(
      new RangeError('rows[0].label must be an integer in [0, 1], got 2'),
    );
    expect(() => calibratedAccuracy([{ probs: [0.5, 0.5], label: -1 }], [0.5, 0.5])).toThrow(RangeError);
    expect(() => calibratedAccuracy([{ probs: [0.5, 0.5], label: 0.5 }], [0.5, 0.5])).toThrow(RangeError);
    expect(() =>
      calibratedAccuracy(
        [
          { probs: [0.5, 0.5], label: 0 },
          { probs: [1.5, 0.5], label: 0 },
        ],
        [0.5, 0.5],
      ),
    ).toThrow(new RangeError('rows[1].probs[0] must be in [0, 1], got 1.5'));
    expect(() => calibratedAccuracy([{ probs: [Number.NaN, 0.5], label: 0 }], [0.5, 0.5])).toThrow(
      new RangeError('rows[0].probs[0] must be in [0, 1], got NaN'),
    );
    expect(() => calibratedAccuracy([{ probs: ['a', 0.5] as never, label: 0 }], [0.5, 0.5])).toThrow(
      new TypeError('rows[0].probs[0] must be a number, got "a"'),
    );
    // a zero in the content-free probabilities would divide by 0
    expect(() => calibratedAccuracy([{ probs: [0.5, 0.5], label: 0 }], [1, 0])).toThrow(
      new RangeError('contentFreeProbs[1] must be in (0, 1], got 0'),
    );
    expect(() => calibratedAccuracy([{ probs: [0, 0], label: 0 }], [0.5, 0.5])).toThrow(
      new RangeError('rows[0].probs must have a positive sum, got all zeros'),
    );
  });
});
