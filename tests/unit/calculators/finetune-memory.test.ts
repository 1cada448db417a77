import { describe, expect, it } from 'vitest';
import {
  finetuneMemoryBytes,
  modelStateBytes,
  qloraConstantBits,
  type FinetuneMemoryInput,
} from '@/lib/calculators';

describe('qloraConstantBits', () => {
  it('gives the constants of QLoRA §3 "Double Quantization"', () => {
    // Dettmers et al. 2023, §3: "from 32/64 = 0.5 bits, to 8/64 + 32/(64·256) = 0.127 bits,
    // a reduction of 0.373 bits per parameter"
    expect(qloraConstantBits(false)).toBe(0.5);
    expect(qloraConstantBits(true)).toBe(0.125 + 0.001953125); // 8/64 + 32/16384, exact in binary
    expect(qloraConstantBits(true)).toBeCloseTo(0.127, 3);
    expect(qloraConstantBits(false) - qloraConstantBits(true)).toBeCloseTo(0.373, 3);
  });

  it('rejects a flag that is not a boolean', () => {
    expect(() => qloraConstantBits('yes' as unknown as boolean)).toThrow(TypeError);
  });
});

describe('finetuneMemoryBytes', () => {
  it('counts full fine-tuning as mixed-precision Adam, 16 bytes per parameter', () => {
    // Rajbhandari et al. 2020 (ZeRO), Figure 1: 7.5B parameters → 120GB of model states at baseline
    const full = finetuneMemoryBytes({ params: 7.5e9, method: 'full' });
    expect(full).toEqual({
      weights: 15e9,
      gradients: 15e9,
      optimizerStates: 90e9,
      quantConstants: 0,
      total: 120e9,
    });
    // the same as the stage-0 model states, and trainableParams does not change it
    expect(finetuneMemoryBytes({ params: 7.5e9, trainableParams: 123, method: 'full' }).total).toBe(
      modelStateBytes({ params: 7.5e9, stage: 0, numGpus: 1 }),
    );
  });

  it('counts LoRA as a frozen 16-bit base plus 16 bytes per adapter parameter', () => {
    // Llama-2-7B (6,738,415,616 parameters) with r = 8 on q_proj, v_proj: 4,194,304 adapter
    // parameters (PEFT print_trainable_parameters). By hand:
    //   weights   2 · 6,738,415,616 + 2 · 4,194,304 = 13,476,831,232 + 8,388,608 = 13,485,219,840
    //   gradients 2 · 4,194,304 = 8,388,608; optimizer 12 · 4,194,304 = 50,331,648
    const lora = finetuneMemoryBytes({ params: 6_738_415_616, trainableParams: 4_194_304, method: 'lora' });
    expect(lora).toEqual({
      weights: 13_485_219_840,
      gradients: 8_388_608,
      optimizerStates: 50_331_648,
      quantConstants: 0,
      total: 13_476_831_232 + 16 * 4_194_304,
    });
  });

  it('counts QLoRA as a 4-bit base, its constants and 16 bytes per adapter parameter', () => {
    // 65B parameters (the QLoRA paper's largest model), no adapters: 65e9 / 2 = 32.5e9 bytes of
    // NF4 weights; one fp32 constant per 64 weights = 65e9 / 64 · 4 = 4.0625e9 bytes; with double
    // quantisation 65e9 / 64 · 1 + 65e9 / (64 · 256) · 4 = 1,015,625,000 + 15,869,140.625 bytes
    const plain = finetuneMemoryBytes({ params: 65e9, trainableParams: 0, method: 'qlora' });
    expect(plain.weights).toBe(32.5e9);
    expect(plain.quantConstants).toBe(4.0625e9);
    const dq = finetuneMemoryBytes({ params: 65e9, trainableParams: 0, method: 'qlora', doubleQuant: true });
    expect(dq.quantConstants).toBe(1_015_625_000 + 15_869_140.625);
    // QLoRA abstract and §1: double quantisation saves "approximately 3 GB for a 65B model"
    const saved = plain.total - dq.total;
    expect(saved / 1e9).toBeCloseTo(3.03, 2);
    expect(saved).toBeGreaterThan(2.9e9);
    expect(saved).toBeLessThan(3.1e9);

    // adapters: 1,000 parameters → 2,000 + 2,000 + 12,000 bytes on top of the base
    const withAdapters = finetuneMemoryBytes({
      params: 65e9,
      trainableParams: 1000,
      method: 'qlora',
      doubleQuant: true,
    });
    expect(withAdapters.weights).toBe(32.5e9 + 2000);
    expect(withAdapters.gradients).toBe(2000);
    expect(withAdapters.optimizerStates).toBe(12_000);
    expect(withAdapters.total - dq.total).toBe(16_000);
  });

  it('orders the three methods full > LoRA > QLoRA for a real model and adapter size', () => {
    const base = { params: 6_738_415_616, trainableParams: 4_194_304 };
    const [full, lora, qlora] = (['full', 'lora', 'qlora'] as const).map(
      (method) => finetuneMemoryBytes({ ...base, method }).total,
    );
    expect(full).toBeGreaterThan(lora!);
    expect(lora).toBeGreaterThan(qlora!);
  });

  it('ignores doubleQuant outside QLoRA and handles 0 parameters', () => {
    const args = { params: 1e9, trainableParams: 1e6 };
    expect(finetuneMemoryBytes({ ...args, method: 'lora', doubleQuant: true })).toEqual(
      finetuneMemoryBytes({ ...args, method: 'lora' }),
    );
    expect(finetuneMemoryBytes({ params: 0, trainableParams: 0, method: 'qlora' }).total).toBe(0);
  });

  it('rejects bad counts, an unknown method and a missing adapter count', () => {
    const ok: FinetuneMemoryInput = { params: 1e9, trainableParams: 1e6, method: 'lora' };
    expect(() => finetuneMemoryBytes({ ...ok, params: -1 })).toThrow(
      new RangeError('params must be finite and >= 0, got -1'),
    );
    expect(() => finetuneMemoryBytes({ ...ok, params: Number.NaN })).toThrow(RangeError);
    expect(() => finetuneMemoryBytes({ ...ok, params: Infinity })).toThrow(RangeError);
    expect(() => finetuneMemoryBytes({ ...ok, trainableParams: -5 })).toThrow(
      new RangeError('trainableParams must be finite and >= 0, got -5'),
    );
    expect(() => finetuneMemoryBytes({ ...ok, method: 'dora' as 'lora' })).toThrow(
      new RangeError(`method must be one of 'full', 'lora', 'qlora', got "dora"`),
    );
    expect(() => finetuneMemoryBytes({ params: 1e9, method: 'qlora' })).toThrow(
      new TypeError(`trainableParams is required for method 'qlora'`),
    );
    expect(() => finetuneMemoryBytes({ ...ok, params: '1' as unknown as number })).toThrow(TypeError);
    expect(() => finetuneMemoryBytes({ ...ok, doubleQuant: 1 as unknown as boolean })).toThrow(TypeError);
    expect(() => finetuneMemoryBytes(null as unknown as FinetuneMemoryInput)).toThrow(TypeError);
  });
});
