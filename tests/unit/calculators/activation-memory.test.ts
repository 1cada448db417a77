import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationBytes, type ActivationInput } from '@/lib/calculators';

// GPT-3 175B as in Korthikanti et al. 2022 (arXiv 2205.05198), model configurations table: a = 96, h = 12288, s = 2048;
// §5: "for GPT-3 ... 5as/h = 80", so one layer stores sbh(34 + 80) bytes without parallelism.
const gpt3Layer: ActivationInput = {
  seqLen: 2048,
  microBatch: 1,
  hiddenSize: 12288,
  numHeads: 96,
  numLayers: 1,
};
const sbh = 2048 * 1 * 12288;

describe('activationBytes', () => {
  it('stores sbh(34 + 5as/h) per layer without parallelism (eq. 1)', () => {
    expect(activationBytes(gpt3Layer)).toBe(sbh * (34 + 80));
    expect(activationBytes(gpt3Layer)).toBe(2868903936);
    // all 96 layers
    expect(activationBytes({ ...gpt3Layer, numLayers: 96 })).toBe(96 * 2868903936);
  });

  it('reproduces every row of Table 2 at t = 8', () => {
    const t8: ActivationInput = { ...gpt3Layer, tensorParallel: 8 };
    // tensor parallel: sbh(10 + 24/t + 5as/(ht)) = sbh(10 + 3 + 10)
    expect(activationBytes(t8)).toBe(sbh * 23);
    // + sequence parallel: sbh(34/t + 5as/(ht)) = sbh(4.25 + 10)
    expect(activationBytes({ ...t8, sequenceParallel: true })).toBe(sbh * 14.25);
    // tensor parallel + selective recompute: sbh(10 + 24/t)
    expect(activationBytes({ ...t8, recompute: 'selective' })).toBe(sbh * 13);
    // tensor + sequence parallel + selective recompute: sbh·34/t
    expect(activationBytes({ ...t8, sequenceParallel: true, recompute: 'selective' })).toBe(sbh * 4.25);
    // full activation recomputation: 2sbh
    expect(activationBytes({ ...t8, recompute: 'full' })).toBe(sbh * 2);
  });

  it('saves 70% for GPT-3 and 65% for MT-NLG with selective recomputation (§5)', () => {
    const saving = (input: ActivationInput) =>
      1 - activationBytes({ ...input, recompute: 'selective' }) / activationBytes(input);
    expect(saving(gpt3Layer)).toBeCloseTo(0.7, 2);
    // MT-NLG 530B (same table): a = 128, h = 20480, s = 2048, so 5as/h = 64
    expect(
      saving({ seqLen: 2048, microBatch: 1, hiddenSize: 20480, numHeads: 128, numLayers: 1 }),
    ).toBeCloseTo(0.65, 2);
  });

  it('divides everything by t with sequence parallelism, never more than plain tensor parallelism (property)', () => {
    const inputs = fc.record({
      seqLen: fc.integer({ min: 1, max: 8192 }),
      microBatch: fc.integer({ min: 1, max: 8 }),
      hiddenSize: fc.integer({ min: 1, max: 16384 }),
      headsPerRank: fc.integer({ min: 1, max: 16 }),
      numLayers: fc.integer({ min: 1, max: 96 }),
      tensorParallel: fc.integer({ min: 1, max: 16 }),
    });
    fc.assert(
      fc.property(inputs, ({ headsPerRank, ...rest }) => {
        // Megatron needs whole heads per rank: numHeads a multiple of t.
        const input = { ...rest, numHeads: headsPerRank * rest.tensorParallel };
        const t = input.tensorParallel;
        const single = activationBytes({ ...input, tensorParallel: 1 });
        const sp = activationBytes({ ...input, sequenceParallel: true });
        expect(Math.abs(sp - single / t)).toBeLessThanOrEqual(1e-12 * single);
        expect(sp).toBeLessThanOrEqual(activationBytes(input) * (1 + 1e-12));
        expect(activationBytes({ ...input, recompute: 'selective' })).toBeLessThanOrEqual(
          activationBytes(input),
        );
        expect(activationBytes({ ...input, recompute: 'full' })).toBeLessThanOrEqual(
          activationBytes({ ...input, recompute: 'selective' }),
        );
      }),
    );
  });

  it('refuses a tensor-parallel degree that does not divide the heads (Megatron asserts it)', () => {
    expect(() => activationBytes({ ...gpt3Layer, tensorParallel: 5 })).toThrow(
      'tensorParallel must divide numHeads = 96, got 5',
    );
  });

  it('rejects bad sizes, flags and modes', () => {
    expect(() => activationBytes({ ...gpt3Layer, seqLen: 0 })).toThrow(
      new RangeError('seqLen must be an integer >= 1, got 0'),
    );
    expect(() => activationBytes({ ...gpt3Layer, tensorParallel: 1.5 })).toThrow(
      /tensorParallel must be an integer/,
    );
    expect(() => activationBytes({ ...gpt3Layer, recompute: 'some' as 'full' })).toThrow(
      new RangeError("recompute must be one of 'none', 'selective', 'full', got \"some\""),
    );
    expect(() => activationBytes({ ...gpt3Layer, sequenceParallel: 'yes' as unknown as boolean })).toThrow(
      TypeError,
    );
    expect(() => activationBytes({ ...gpt3Layer, numHeads: Number.NaN })).toThrow(RangeError);
    expect(() => activationBytes('gpt3' as unknown as ActivationInput)).toThrow(TypeError);
  });
});
