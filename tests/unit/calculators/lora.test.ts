import { describe, expect, it } from 'vitest';
import { loraScale, loraTrainableParams, type LoraInput, type LoraScaleInput } from '@/lib/calculators';

describe('loraTrainableParams', () => {
  it('reproduces the 18M budget of LoRA Table 5 on GPT-3 175B', () => {
    // Hu et al. 2021, §7.1 / Table 5: "18M ... r = 8 if we adapt one type of attention weights or r = 4
    // if we adapt two types, for all 96 layers"; GPT-3 d_model = 12288
    const oneType = 96 * loraTrainableParams({ d: 12288, k: 12288, r: 8 });
    const twoTypes = 96 * 2 * loraTrainableParams({ d: 12288, k: 12288, r: 4 });
    expect(oneType).toBe(18874368);
    expect(twoTypes).toBe(oneType);
    expect(Math.floor(oneType / 1e6)).toBe(18);
  });

  it('is r(d + k) for a rectangular matrix and 0 at rank 0', () => {
    // B is d×r, A is r×k: 4·1024 + 4·4096 = 20 480
    expect(loraTrainableParams({ d: 1024, k: 4096, r: 4 })).toBe(20480);
    expect(loraTrainableParams({ d: 1024, k: 4096, r: 0 })).toBe(0);
  });

  it('rejects a negative or fractional rank and empty matrices', () => {
    expect(() => loraTrainableParams({ d: 8, k: 8, r: -1 })).toThrow(
      new RangeError('r must be an integer >= 0, got -1'),
    );
    expect(() => loraTrainableParams({ d: 8, k: 8, r: 1.5 })).toThrow(RangeError);
    expect(() => loraTrainableParams({ d: 0, k: 8, r: 1 })).toThrow(/d must be an integer >= 1/);
    expect(() => loraTrainableParams({ d: 8, k: 8, r: '2' as unknown as number })).toThrow(TypeError);
    expect(() => loraTrainableParams([] as unknown as LoraInput)).toThrow(TypeError);
  });
});

describe('loraScale', () => {
  it('is lora_alpha / r, as HF PEFT LoraLayer.update_layer sets scaling', () => {
    // PEFT: self.scaling[adapter_name] = lora_alpha / r
    expect(loraScale({ alpha: 16, r: 8 })).toBe(2);
    expect(loraScale({ alpha: 8, r: 64 })).toBe(0.125);
    // Hu et al. 2021, §4.1: "we simply set α to the first r we try" → scale 1
    expect(loraScale({ alpha: 8, r: 8 })).toBe(1);
  });

  it('is lora_alpha / √r with rsLoRA (use_rslora)', () => {
    // PEFT: lora_alpha / math.sqrt(r) if use_rslora; Kalajdzievski 2023 γ_r = α/√r
    expect(loraScale({ alpha: 16, r: 16, rslora: true })).toBe(4);
    expect(loraScale({ alpha: 8, r: 64, rslora: true })).toBe(1);
    expect(loraScale({ alpha: 8, r: 64, rslora: false })).toBe(0.125);
  });

  it('rejects a rank below 1 and non-finite alpha', () => {
    expect(() => loraScale({ alpha: 16, r: 0 })).toThrow(new RangeError('r must be an integer >= 1, got 0'));
    expect(() => loraScale({ alpha: 16, r: 2.5 })).toThrow(RangeError);
    expect(() => loraScale({ alpha: Number.NaN, r: 8 })).toThrow(
      new RangeError('alpha must be finite, got NaN'),
    );
    expect(() => loraScale({ alpha: 16, r: 8, rslora: 1 as unknown as boolean })).toThrow(
      new TypeError('rslora must be a boolean, got 1'),
    );
    expect(() => loraScale(null as unknown as LoraScaleInput)).toThrow(TypeError);
  });
});
