import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alibiBias, attentionMask, scaledDotProductAttention } from '@/lib/transformer';

// scipy.special.expit(1) and expit(−1)
const SIGMOID_1 = 0.7310585786300049;
const SIGMOID_MINUS_1 = 0.2689414213699951;

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

describe('scaledDotProductAttention', () => {
  it('scales by 1/√d_k by default (torch docs: scale_factor = 1 / math.sqrt(query.size(-1)))', () => {
    // d_k = 4 → scale ½: scores [2·1·½, 0] = [1, 0], weights [σ(1), σ(−1)]
    const { scores, weights, output } = scaledDotProductAttention(
      [[2, 0, 0, 0]],
      [
        [1, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      [[1], [0]],
    );
    expect(scores).toEqual([[1, 0]]);
    expect(weights[0]![0]).toBeCloseTo(SIGMOID_1, 15);
    expect(weights[0]![1]).toBeCloseTo(SIGMOID_MINUS_1, 15);
    expect(output[0]![0]).toBeCloseTo(SIGMOID_1, 15);
  });

  it('uses an explicit scale and mixes the values by the weights', () => {
    // scores [ln 3, 0] → weights [3/4, 1/4]; output ¾·[4, 0] + ¼·[0, 8] = [3, 2]
    const { weights, output } = scaledDotProductAttention(
      [[Math.log(3)]],
      [[1], [0]],
      [
        [4, 0],
        [0, 8],
      ],
      { scale: 1 },
    );
    expect(weights[0]![0]).toBeCloseTo(0.75, 15);
    expect(output[0]![0]).toBeCloseTo(3, 14);
    expect(output[0]![1]).toBeCloseTo(2, 14);
    // identical keys → uniform weights → the mean of the values
    const uniform = scaledDotProductAttention(
      [[1, 2]],
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [[3], [6], [9]],
    );
    expect(uniform.output[0]![0]).toBeCloseTo(6, 14);
  });

  it('sets masked scores to −∞ like a boolean attn_mask, the same as an additive −∞ bias', () => {
    // torch docs: attn_bias.masked_fill_(attn_mask.logical_not(), float("-inf")); a float mask is added
    const q = [
      [1, 0],
      [0, 1],
    ];
    const k = [
      [1, 0],
      [0, 1],
    ];
    const v = [
      [1, 0],
      [0, 1],
    ];
    const masked = scaledDotProductAttention(q, k, v, { mask: attentionMask('causal', 2) });
    // torch's scale 1 / math.sqrt(2) = 0.7071067811865475 (one ulp below the double nearest 1/√2)
    expect(masked.scores[0]).toEqual([0.7071067811865475, -Infinity]);
    expect(masked.weights[0]).toEqual([1, 0]);
    expect(masked.output[0]).toEqual([1, 0]);
    const biased = scaledDotProductAttention(q, k, v, {
      bias: [
        [0, -Infinity],
        [0, 0],
      ],
    });
    expect(biased.weights).toEqual(masked.weights);
  });

  it('adds a bias such as ALiBi to the scaled scores', () => {
    // scores = q·kᵀ·scale + bias; with q = 0 only the bias remains: row 1 = [−0.5, 0] → weights [σ(−½), σ(½)]
    const zeros = [[0], [0]];
    const { scores, weights } = scaledDotProductAttention(zeros, zeros, [[1], [2]], {
      bias: alibiBias(0.5, 2),
      mask: attentionMask('causal', 2),
    });
    expect(scores).toEqual([
      [0, -Infinity],
      [-0.5, 0],
    ]);
    // scipy.special.expit(−0.5)
    expect(weights[1]![0]).toBeCloseTo(0.3775406687981454, 15);
  });

  it('rejects rows with no allowed key (torch returns NaN), bad shapes and bad values', () => {
    const id = [
      [1, 0],
      [0, 1],
    ];
    expect(() =>
      scaledDotProductAttention(id, id, id, {
        mask: [
          [false, false],
          [true, true],
        ],
      }),
    ).toThrow(new RangeError('query row 0 has no allowed key: every score is -Infinity (torch gives NaN)'));
    expect(() => scaledDotProductAttention(id, [[1, 0, 0]], id)).toThrow(
      new RangeError('k[0] must have length 2 (the width of q), got 3'),
    );
    expect(() => scaledDotProductAttention(id, id, [[1]])).toThrow(
      new RangeError('v must have 2 rows, got 1'),
    );
    expect(() => scaledDotProductAttention([], id, id)).toThrow(RangeError);
    expect(() => scaledDotProductAttention([[1, 0], [1]], id, id)).toThrow(RangeError);
    expect(() => scaledDotProductAttention([[Number.NaN, 0]], id, id)).toThrow(RangeError);
    expect(() => scaledDotProductAttention(id, id, id, { scale: -1 })).toThrow(
      new RangeError('options.scale must be finite and >= 0, got -1'),
    );
    expect(() => scaledDotProductAttention(id, id, id, { mask: [[true]] })).toThrow(RangeError);
    expect(() =>
      scaledDotProductAttention(id, id, id, {
        mask: [
          [1, 0],
          [1, 1],
        ] as unknown as boolean[][],
      }),
    ).toThrow(TypeError);
    expect(() =>
      scaledDotProductAttention(id, id, id, {
        bias: [
          [0, Infinity],
          [0, 0],
        ],
      }),
    ).toThrow(RangeError);
    expect(() => scaledDotProductAttention([[1e200]], [[1e200]], [[1]])).toThrow(
      new RangeError('scores[0][0] overflows: q[0]·k[0]·scale is not finite'),
    );
    expect(() => scaledDotProductAttention('q' as unknown as number[][], id, id)).toThrow(TypeError);
  });

  it('returns rows of weights summing to 1 and outputs inside the range of the values (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (L, S, d, dv) =>
          fc.assert(
            fc.property(matrix(L, d), matrix(S, d), matrix(S, dv), (q, k, v) => {
              const { weights, output } = scaledDotProductAttention(q, k, v);
              weights.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12));
              output.forEach((row) =>
                row.forEach((o, t) => {
                  const column = v.map((r) => r[t]!);
                  expect(o).toBeGreaterThanOrEqual(Math.min(...column) - 1e-12);
                  expect(o).toBeLessThanOrEqual(Math.max(...column) + 1e-12);
                }),
              );
            }),
            { numRuns: 10 },
          ),
      ),
      { numRuns: 20 },
    );
  });
});
