/**
 * The lora lab's pure helpers: the parameter count (checked against PEFT's printed numbers), the
 * scaling reading and curves, and the memory presets and reading.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEMORY,
  MEMORY_PRESET_KEYS,
  MEMORY_PRESETS,
  loadedMemoryPreset,
  readMemory,
} from '@/components/demos/lora-lab/memory';
import {
  DEFAULT_PARAMS,
  loraTrainableFor,
  MODEL_KEYS,
  peftPrinted,
  readParams,
  toggleTarget,
  type ParamsDraft,
} from '@/components/demos/lora-lab/params';
import {
  chartRanks,
  DEFAULT_SCALING,
  readScaling,
  scalingCurves,
  sliderRanks,
} from '@/components/demos/lora-lab/scaling';

const params = (patch: Partial<ParamsDraft>) => readParams({ ...DEFAULT_PARAMS, ...patch });

describe('readParams', () => {
  it('matches PEFT print_trainable_parameters for r = 8 on q_proj, v_proj', () => {
    // Llama-2-7b-hf: "trainable params: 4,194,304 || all params: 6,742,609,920 || trainable%: 0.06220594176090199"
    const llama2 = params({});
    if (!llama2.ok) throw new Error('default rejected');
    expect(llama2.reading.trainable).toBe(4_194_304);
    expect(llama2.reading.all).toBe(6_742_609_920);
    expect(llama2.reading.percent).toBeCloseTo(0.06220594176090199, 12);
    // Meta-Llama-3-8B (8 KV heads): "trainable params: 3,407,872 || all params: 8,033,669,120"
    const llama3 = params({ model: 'llama3-8b' });
    expect(llama3.ok && llama3.reading.trainable).toBe(3_407_872);
    expect(llama3.ok && llama3.reading.all).toBe(8_033_669_120);
  });

  it('gives each module r·(d + k) per layer and its share of the module', () => {
    const result = params({ targets: ['q', 'down'] });
    if (!result.ok) throw new Error('rejected');
    // q_proj 4096 × 4096: 8 · 8192 = 65,536 per layer, 2,097,152 over 32 layers, 0.390625% of 4096²
    // down_proj 4096 × 11008: 8 · 15104 = 120,832 per layer, 3,866,624 over 32 layers
    expect(result.reading.rows).toEqual([
      { target: 'q', d: 4096, k: 4096, perLayer: 65_536, total: 2_097_152, percentOfModule: 0.390625 },
      {
        target: 'down',
        d: 4096,
        k: 11008,
        perLayer: 120_832,
        total: 3_866_624,
        percentOfModule: (100 * 120_832) / (4096 * 11008),
      },
    ]);
    expect(result.reading.trainable).toBe(2_097_152 + 3_866_624);
  });

  it('warns (but counts) when r exceeds min(d, k) of a module', () => {
    // Llama 3 8B: k_proj and v_proj are 1024 × 4096, so r = 2048 is above their min(d, k)
    const result = params({ model: 'llama3-8b', targets: ['q', 'k', 'v'], rank: '2048' });
    if (!result.ok) throw new Error('rejected');
    expect(result.reading.overRank).toEqual([
      { target: 'k', limit: 1024 },
      { target: 'v', limit: 1024 },
    ]);
    const plain = params({});
    expect(plain.ok && plain.reading.overRank).toEqual([]);
  });

  it('rejects empty, non-numeric, zero, negative and fractional ranks and no targets', () => {
    expect(params({ rank: '' })).toEqual({ ok: false, error: { kind: 'field', error: { kind: 'empty' } } });
    expect(params({ rank: 'NaN' })).toEqual({
      ok: false,
      error: { kind: 'field', error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(params({ rank: '🙂' }).ok).toBe(false);
    expect(params({ rank: '0' })).toEqual({ ok: false, error: { kind: 'zeroRank' } });
    expect(params({ rank: '-3' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'r must be an integer >= 0, got -3' },
    });
    expect(params({ rank: '1.5' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'r must be an integer >= 0, got 1.5' },
    });
    expect(params({ targets: [] })).toEqual({ ok: false, error: { kind: 'noTargets' } });
    // a bad rank is reported before the empty target list
    expect(params({ targets: [], rank: '1.5' })).toMatchObject({ ok: false, error: { kind: 'lib' } });
    expect(params({ targets: [], rank: '0' })).toEqual({ ok: false, error: { kind: 'zeroRank' } });
    expect(params({ rank: '1e400' })).toMatchObject({ ok: false, error: { kind: 'lib' } });
    expect(params({ rank: '1e15', targets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'] })).toEqual({
      ok: false,
      error: { kind: 'tooLarge' },
    });
  });

  it('counts every preset model and keeps targets in LLaMA order', () => {
    for (const model of MODEL_KEYS) expect(params({ model }).ok).toBe(true);
    expect(toggleTarget(['v'], 'q', true)).toEqual(['q', 'v']);
    expect(toggleTarget(['q', 'v'], 'q', false)).toEqual(['v']);
    expect(loraTrainableFor('llama2-7b', ['q', 'v'], 8)).toBe(4_194_304);
  });

  it('shows the PEFT printout only for r = 8 on exactly q and v', () => {
    expect(peftPrinted(DEFAULT_PARAMS)).toBe('trainable params: 4,194,304 || all params: 6,742,609,920');
    expect(peftPrinted({ ...DEFAULT_PARAMS, rank: '16' })).toBeUndefined();
    expect(peftPrinted({ ...DEFAULT_PARAMS, targets: ['q', 'k', 'v'] })).toBeUndefined();
    expect(peftPrinted({ ...DEFAULT_PARAMS, model: 'qwen2.5-7b' })).toBeUndefined();
  });
});

describe('readScaling', () => {
  it('gives α/r and α/√r from loraScale', () => {
    // α = 16, r = 8: 16/8 = 2; 16/√8 = 5.65685…
    const result = readScaling(DEFAULT_SCALING);
    expect(result.ok && result.reading.standard).toBe(2);
    expect(result.ok && result.reading.rslora).toBeCloseTo(5.656854, 6);
    // α = 16, r = 64: 0.25 and 2 (the rsLoRA factor falls half as fast on a log scale)
    const r64 = readScaling({ alpha: '16', rank: '64' });
    expect(r64.ok && [r64.reading.standard, r64.reading.rslora]).toEqual([0.25, 2]);
  });

  it('returns lib’s message for a non-finite α or a rank below 1', () => {
    expect(readScaling({ alpha: '1e400', rank: '8' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'alpha', message: 'alpha must be finite, got Infinity' },
    });
    expect(readScaling({ alpha: '16', rank: '0' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'rank', message: 'r must be an integer >= 1, got 0' },
    });
    expect(readScaling({ alpha: '', rank: '8' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'alpha', error: { kind: 'empty' } },
    });
    expect(readScaling({ alpha: '16', rank: 'x' }).ok).toBe(false);
  });

  it('samples the chart from r = 1 to 256 (or the typed r) and includes the typed r', () => {
    const ranks = chartRanks(8);
    expect(ranks[0]).toBe(1);
    expect(ranks.at(-1)).toBe(256);
    expect(ranks).toContain(8);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(chartRanks(1000).at(-1)).toBe(1000);
    expect(chartRanks(1e15).length).toBeLessThan(300);
    const curves = scalingCurves(16, 8);
    expect(curves[0]).toEqual({ r: 1, standard: 16, rslora: 16 });
    expect(sliderRanks(8)).toHaveLength(256);
    expect(sliderRanks(1000).at(-1)).toBe(1000);
  });
});

describe('readMemory', () => {
  it('takes the presets’ counts from lib and accepts them', () => {
    expect(DEFAULT_MEMORY).toEqual({ params: '6,738,415,616', trainable: '4,194,304', doubleQuant: true });
    expect(MEMORY_PRESETS['65b']).toEqual({
      params: '65,000,000,000',
      trainable: '130,000,000',
      doubleQuant: true,
    });
    for (const key of MEMORY_PRESET_KEYS) {
      expect(readMemory(MEMORY_PRESETS[key]).ok).toBe(true);
      expect(loadedMemoryPreset(MEMORY_PRESETS[key])).toBe(key);
    }
  });

  it('reads all three methods and the double-quantisation saving', () => {
    const result = readMemory(DEFAULT_MEMORY);
    if (!result.ok) throw new Error('rejected');
    const { full, lora, qlora } = result.reading.methods;
    expect(full.total).toBe(16 * 6_738_415_616);
    expect(lora.total).toBe(2 * 6_738_415_616 + 16 * 4_194_304);
    // constants at 0.5 bits vs 0.126953125 bits: Ψ · 0.373046875 / 8 bytes
    expect(result.reading.dqSaving).toBeCloseTo((6_738_415_616 * 0.373046875) / 8, 3);
    expect(qlora.quantConstants).toBeCloseTo((6_738_415_616 * 0.126953125) / 8, 3);
  });

  it('returns lib’s message for a negative or infinite count', () => {
    expect(readMemory({ ...DEFAULT_MEMORY, params: '-1' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'params', message: 'params must be finite and >= 0, got -1' },
    });
    expect(readMemory({ ...DEFAULT_MEMORY, trainable: '1e999' })).toMatchObject({
      ok: false,
      error: { kind: 'lib', field: 'trainable' },
    });
    expect(readMemory({ ...DEFAULT_MEMORY, trainable: 'abc' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'trainable', error: { kind: 'notNumber', text: 'abc' } },
    });
  });
});
