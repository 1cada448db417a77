import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRope, ropeInverseFrequencies } from '@/lib/transformer';

// HF tests/models/roformer/test_modeling_roformer.py,
// RoFormerSelfAttentionRotaryPositionEmbeddingTest.test_apply_rotary_position_embeddings:
// query_layer = arange(2·12·16·64).reshape(2, 12, 16, 64) / 100, so head 0 of batch 0 at position p is
// (64p + j) / 100; key_layer is its negation; 64-wide RoFormer table (base 10000); atol 1e-4.
const ROFORMER_QUERY = [
  [0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07],
  [-0.2012, 0.8897, 0.0263, 0.9401, 0.2074, 0.9463, 0.3481, 0.9343],
  [-1.7057, 0.6271, -1.2145, 1.3897, -0.6303, 1.7647, -0.1173, 1.8985],
  [-2.1731, -1.6397, -2.7358, 0.2854, -2.184, 1.7183, -1.3018, 2.4871],
  [0.2717, -3.6173, -2.9206, -2.1988, -3.6638, 0.3858, -2.9155, 2.298],
  [3.9859, -2.158, -0.7984, -4.4904, -4.1181, -2.0252, -4.4782, 1.1253],
];
const roformerInput = (pos: number, sign = 1) =>
  Array.from({ length: 64 }, (_, j) => (sign * (64 * pos + j)) / 100);

/** Interleaved order (pairs 2i, 2i+1) → half order (pairs i, i + d/2), and back. */
const toHalf = (x: readonly number[]) => [
  ...x.filter((_, j) => j % 2 === 0),
  ...x.filter((_, j) => j % 2 === 1),
];
const fromHalf = (h: readonly number[]) => {
  const half = h.length / 2;
  return Array.from({ length: h.length }, (_, j) => (j % 2 === 0 ? h[j / 2]! : h[half + (j - 1) / 2]!));
};

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const vec = (half: number) =>
  fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2 * half, maxLength: 2 * half });

describe('applyRope', () => {
  it("matches HF RoFormer's rotary test with the interleaved layout", () => {
    ROFORMER_QUERY.forEach((expected, pos) => {
      const q = applyRope(roformerInput(pos), pos, { layout: 'interleaved' }).slice(0, 8);
      const k = applyRope(roformerInput(pos, -1), pos, { layout: 'interleaved' }).slice(0, 8);
      expected.forEach((e, j) => {
        expect(Math.abs(q[j]! - e)).toBeLessThan(1e-4);
        // desired_key_layer is the negation of desired_query_layer
        expect(Math.abs(k[j]! + e)).toBeLessThan(1e-4);
      });
    });
  });

  it("gives the same numbers with the 'half' layout (HF rotate_half) once the pairs are permuted", () => {
    // HF's LLaMA conversion permutes the q/k weights so that rotate_half reproduces Meta's interleaved RoPE
    ROFORMER_QUERY.forEach((expected, pos) => {
      const rotated = fromHalf(applyRope(toHalf(roformerInput(pos)), pos, { layout: 'half' }));
      expected.forEach((e, j) => expect(Math.abs(rotated[j]! - e)).toBeLessThan(1e-4));
    });
  });

  it('rotates a 2-vector by the position in radians', () => {
    // d = 2: one pair, θ = position · 1; cos 1 and sin 1 (libm)
    expect(applyRope([1, 0], 1)).toEqual([0.5403023058681398, 0.8414709848078965]);
    expect(applyRope([1, 0, 0, 0], 1, { layout: 'interleaved' })).toEqual([
      0.5403023058681398, 0.8414709848078965, 0, 0,
    ]);
    // 'half' pairs element 0 with element 2 (HF rotate_half), so the sine lands at index 2
    expect(applyRope([1, 0, 0, 0], 1)).toEqual([0.5403023058681398, 0, 0.8414709848078965, 0]);
    expect(applyRope([3, 4], 0)).toEqual([3, 4]);
  });

  it('uses given inverse frequencies, e.g. linear scaling = positions divided by the factor', () => {
    // position interpolation: rotating at position 8 with invFreq/4 equals position 2 with invFreq
    const x = [0.3, -1.2, 2.5, 0.7];
    const scaled = ropeInverseFrequencies(4, { scaling: { type: 'linear', factor: 4 } });
    const a = applyRope(x, 8, { invFreq: scaled });
    const b = applyRope(x, 2);
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 14));
    // a base other than 10000
    expect(applyRope([1, 0, 1, 0], 1, { base: 100, layout: 'interleaved' })[2]).toBeCloseTo(
      Math.cos(0.1),
      15,
    );
  });

  it('rejects odd lengths, bad positions, layouts and frequency vectors', () => {
    expect(() => applyRope([1, 2, 3], 0)).toThrow(new RangeError('vector must have an even length, got 3'));
    expect(() => applyRope([], 0)).toThrow(RangeError);
    expect(() => applyRope([1, Number.NaN], 0)).toThrow(new RangeError('vector[1] must be finite, got NaN'));
    expect(() => applyRope([1, 2], Infinity)).toThrow(
      new RangeError('position must be finite, got Infinity'),
    );
    expect(() => applyRope([1, 2], 0, { layout: 'gptj' as 'half' })).toThrow(
      new RangeError(`layout must be one of 'half', 'interleaved', got "gptj"`),
    );
    expect(() => applyRope([1, 2, 3, 4], 0, { invFreq: [1] })).toThrow(
      new RangeError('invFreq must have length 2 (vector.length / 2), got 1'),
    );
    expect(() => applyRope([1, 2], 0, { base: 0 })).toThrow(RangeError);
    expect(() => applyRope('ab' as unknown as number[], 0)).toThrow(TypeError);
    expect(() => applyRope([1, 2], '0' as unknown as number)).toThrow(TypeError);
  });

  it('preserves the norm and makes q·k depend only on the offset (property)', () => {
    // Su et al. 2021, eq. 16: ⟨R(m)q, R(n)k⟩ = ⟨R(m − n)q, k⟩
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((half) => fc.tuple(vec(half), vec(half))),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom('half' as const, 'interleaved' as const),
        ([q, k], m, n, shift, layout) => {
          const rq = applyRope(q, m, { layout });
          const rk = applyRope(k, n, { layout });
          expect(Math.sqrt(dot(rq, rq))).toBeCloseTo(Math.sqrt(dot(q, q)), 9);
          const shifted = dot(applyRope(q, m + shift, { layout }), applyRope(k, n + shift, { layout }));
          expect(shifted).toBeCloseTo(dot(rq, rk), 8);
        },
      ),
    );
  });

  it('does not mutate its input (property)', () => {
    fc.assert(
      fc.property(vec(3), (x) => {
        const copy = [...x];
        applyRope(x, 7, { layout: 'half' });
        expect(x).toEqual(copy);
      }),
    );
  });
});
