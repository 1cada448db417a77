import { describe, expect, it } from 'vitest';
import {
  LORA_TARGETS,
  loraScale,
  loraTargetShapes,
  loraTrainableParams,
  type LoraInput,
  type LoraLayerConfig,
  type LoraScaleInput,
  type LoraTarget,
} from '@/lib/calculators';

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

/** Trainable LoRA parameters of a whole model: layers × Σ r·(d + k) over the adapted shapes. */
function modelLoraParams(config: LoraLayerConfig, layers: number, targets: LoraTarget[], r: number): number {
  const shapes = loraTargetShapes(config, targets);
  return layers * shapes.reduce((sum, { d, k }) => sum + loraTrainableParams({ d, k, r }), 0);
}

describe('loraTargetShapes', () => {
  const llama2_7b = { hiddenSize: 4096, intermediateSize: 11008, numHeads: 32 };
  const llama3_8b = { hiddenSize: 4096, intermediateSize: 14336, numHeads: 32, numKvHeads: 8 };

  it('matches PEFT print_trainable_parameters for r = 8 on q_proj, v_proj', () => {
    // Llama-2-7b-hf: "trainable params: 4,194,304 || all params: 6,742,609,920" (6,738,415,616 base)
    expect(modelLoraParams(llama2_7b, 32, ['q', 'v'], 8)).toBe(4_194_304);
    // Meta-Llama-3-8B (GQA, 8 KV heads): "trainable params: 3,407,872 || all params: 8,033,669,120"
    // (8,030,261,248 base): v_proj is 4096 → 1024
    expect(modelLoraParams(llama3_8b, 32, ['q', 'v'], 8)).toBe(3_407_872);
  });

  it('gives LLaMA layer shapes as out × in', () => {
    expect(loraTargetShapes(llama3_8b, [...LORA_TARGETS])).toEqual([
      { target: 'q', d: 4096, k: 4096 },
      { target: 'k', d: 1024, k: 4096 },
      { target: 'v', d: 1024, k: 4096 },
      { target: 'o', d: 4096, k: 4096 },
      { target: 'gate', d: 14336, k: 4096 },
      { target: 'up', d: 14336, k: 4096 },
      { target: 'down', d: 4096, k: 14336 },
    ]);
    // Gemma-7B: 16 heads of 256 on a 3072 hidden size, so q_proj is 3072 → 4096
    const gemma = { hiddenSize: 3072, intermediateSize: 24576, numHeads: 16, headDim: 256 };
    expect(loraTargetShapes(gemma, ['q', 'o'])).toEqual([
      { target: 'q', d: 4096, k: 3072 },
      { target: 'o', d: 3072, k: 4096 },
    ]);
    expect(loraTargetShapes(llama2_7b, [])).toEqual([]);
  });

  it('rejects unknown or repeated targets and inconsistent head counts', () => {
    expect(() => loraTargetShapes(llama2_7b, ['q', 'q'])).toThrow(
      new RangeError('LoRA target "q" is listed twice'),
    );
    expect(() => loraTargetShapes(llama2_7b, ['lm_head' as LoraTarget])).toThrow(RangeError);
    expect(() => loraTargetShapes({ ...llama2_7b, numKvHeads: 5 }, ['k'])).toThrow(
      new RangeError('numKvHeads must divide numHeads (32), got 5'),
    );
    expect(() => loraTargetShapes({ ...llama2_7b, hiddenSize: 0 }, ['q'])).toThrow(RangeError);
    expect(() => loraTargetShapes({ ...llama2_7b, numHeads: 48 }, ['q'])).toThrow(RangeError); // 4096/48
    expect(() => loraTargetShapes(null as unknown as LoraLayerConfig, ['q'])).toThrow(TypeError);
    expect(() => loraTargetShapes(llama2_7b, 'q' as unknown as LoraTarget[])).toThrow(TypeError);
  });
});
