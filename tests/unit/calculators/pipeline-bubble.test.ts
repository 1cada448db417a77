import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineBubble } from '@/lib/calculators';

describe('pipelineBubble', () => {
  it('is (p − 1)/m for GPipe and 1F1B (Narayanan et al. 2021, §2.2.1)', () => {
    // Figures 3–4 of the paper: 4 devices, 8 micro-batches; bubble fraction (p − 1)/m = 3/8
    const plain = pipelineBubble({ stages: 4, microBatches: 8 });
    expect(plain.ofIdeal).toBe(0.375);
    // share of the whole step: 3/(8 + 3)
    expect(plain.ofTotal).toBeCloseTo(3 / 11, 15);
  });

  it('shrinks by the number of model chunks with the interleaved schedule (§2.2.2)', () => {
    // Figure 4, bottom: each device holds v = 2 chunks; (1/v)·(p − 1)/m = 3/16
    expect(pipelineBubble({ stages: 4, microBatches: 8, interleave: 2 }).ofIdeal).toBe(0.1875);
    expect(pipelineBubble({ stages: 4, microBatches: 8, interleave: 2 }).ofTotal).toBeCloseTo(3 / 19, 15);
  });

  it("matches GPipe's (K − 1)/(M + K − 1) and its M ≥ 4K rule of thumb", () => {
    // Huang et al. 2019, §2.3: bubble O((K − 1)/(M + K − 1)), "negligible when M ≥ 4 × K"
    expect(pipelineBubble({ stages: 4, microBatches: 16 }).ofTotal).toBeCloseTo(3 / 19, 15);
    expect(pipelineBubble({ stages: 8, microBatches: 32 }).ofTotal).toBeLessThan(0.2);
    expect(pipelineBubble({ stages: 1, microBatches: 5 })).toEqual({ ofIdeal: 0, ofTotal: 0 });
  });

  it('relates the two fractions and falls as micro-batches grow (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 8 }),
        (p, k, v) => {
          const m = p * k;
          const b = pipelineBubble({ stages: p, microBatches: m, interleave: v });
          // bubble / (compute + bubble) = r/(1 + r) with r = bubble / compute
          expect(b.ofTotal).toBeCloseTo(b.ofIdeal / (1 + b.ofIdeal), 12);
          expect(b.ofTotal >= 0 && b.ofTotal < 1).toBe(true);
          const more = pipelineBubble({ stages: p, microBatches: m + p, interleave: v });
          expect(more.ofIdeal).toBeLessThanOrEqual(b.ofIdeal);
        },
      ),
    );
  });

  it('refuses interleaving when microBatches is not a multiple of stages, as Megatron-LM does', () => {
    expect(() => pipelineBubble({ stages: 4, microBatches: 6, interleave: 2 })).toThrow(
      new RangeError('microBatches must be a multiple of stages = 4 when interleave > 1, got 6'),
    );
    expect(pipelineBubble({ stages: 4, microBatches: 6 }).ofIdeal).toBe(0.5);
    expect(() => pipelineBubble({ stages: 0, microBatches: 8 })).toThrow(/stages must be an integer >= 1/);
    expect(() => pipelineBubble({ stages: 4, microBatches: 8, interleave: 0 })).toThrow(RangeError);
    expect(() => pipelineBubble({ stages: 4, microBatches: '8' as unknown as number })).toThrow(TypeError);
    expect(() => pipelineBubble(undefined as unknown as { stages: number; microBatches: number })).toThrow(
      TypeError,
    );
  });
});
