import { describe, expect, it } from 'vitest';
import {
  decimalGigabytes,
  fitOf,
  modelStateParts,
  offloadAllowed,
  trainingMemory,
} from '@/components/demos/training-memory/memory';
import { draftOf, PRESETS, type Field, type Options } from '@/components/demos/training-memory/presets';

const P7 = 6_738_415_616; // Llama 2 7B (KerasHub llama2_7b_en)
const P70 = 68_976_648_192; // Llama 2 70B config: 80 · 855,654,400 + 2 · 32000 · 8192 + 8192
const GIB = 1024 ** 3;

const run = (
  preset: keyof typeof PRESETS,
  patch: Partial<Record<Field, string>> = {},
  opts: Partial<Options> = {},
) =>
  trainingMemory({ ...draftOf(PRESETS[preset].values), ...patch }, { ...PRESETS[preset].options, ...opts });

describe('modelStateParts', () => {
  it('splits ZeRO Figure 1 (7.5B parameters, 64 GPUs, K = 12) into 2Ψ + 2Ψ + 12Ψ', () => {
    // Rajbhandari et al. 2020, Figure 1: baseline 120GB, P_os 31.4GB, P_os+g 16.6GB, P_os+g+p 1.9GB
    const at = (stage: 0 | 1 | 2 | 3) => modelStateParts({ params: 7.5e9, stage, numGpus: 64 });
    expect(at(0)).toEqual({ parameters: 15e9, gradients: 15e9, optimizer: 90e9 });
    expect(at(1)).toEqual({ parameters: 15e9, gradients: 15e9, optimizer: 90e9 / 64 });
    expect(at(2)).toEqual({ parameters: 15e9, gradients: 15e9 / 64, optimizer: 90e9 / 64 });
    expect(at(3)).toEqual({ parameters: 15e9 / 64, gradients: 15e9 / 64, optimizer: 90e9 / 64 });
  });

  it('passes on lib’s RangeError', () => {
    expect(() => modelStateParts({ params: 1e9, stage: 1, numGpus: 0 })).toThrow(
      'numGpus must be an integer >= 1, got 0',
    );
    expect(() => modelStateParts({ params: -1, stage: 1, numGpus: 8 })).toThrow(RangeError);
  });
});

describe('trainingMemory', () => {
  it('reproduces ZeRO Figure 1 in model states per GPU, in decimal GB', () => {
    const zero = { params: '7.5e9', dp: '64', tp: '1', globalBatch: '64' };
    const r = run('7b-8gpu', zero);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const gb = (s: 0 | 1 | 2 | 3) => decimalGigabytes(r.view.stages[s].modelStates);
    expect([gb(0), gb(1), gb(2), gb(3)]).toEqual(['120 GB', '31.4 GB', '16.6 GB', '1.88 GB']);
    expect(r.view.stages[1].modelStates).toBe(31_406_250_000);
  });

  it('gives Llama 2 7B on 8 GPUs (ZeRO-1, selective recompute) 51.5 GiB per GPU', () => {
    const r = run('7b-8gpu');
    if (!r.ok) throw new Error('preset rejected');
    const s1 = r.view.stages[1];
    // ZeRO-1: 4Ψ + 12Ψ/8; activations: 32 layers · 34·sbh with s = 4096, b = 1, h = 4096
    expect(s1.modelStates).toBe(4 * P7 + (12 * P7) / 8);
    expect(s1.activations).toBe(32 * 34 * 4096 * 1 * 4096);
    expect(s1.total).toBe(55_314_896_896);
    expect(fitOf(s1.total)).toEqual({ fits: true, margin: 80 * GIB - 55_314_896_896 });
    // plain data parallelism: 16Ψ alone is over 80 GiB
    expect(r.view.stages[0].modelStates).toBe(16 * P7);
    expect(fitOf(r.view.stages[0].total).fits).toBe(false);
    // 1024 sequences of 4096 tokens = Llama 2's 4M-token batch; 1024 / (1 · 8) micro-batches per GPU
    expect(r.view.tokensPerStep).toBe(4_194_304);
    expect(r.view.accumulation).toBe(128);
    expect(r.view.gpus).toBe(8);
  });

  it('gives Llama 2 70B on 8 × 8 GPUs (TP + SP, ZeRO-1, selective) 54.8 GiB per GPU', () => {
    const r = run('70b-64gpu');
    if (!r.ok) throw new Error('preset rejected');
    const s1 = r.view.stages[1];
    // each TP rank holds Ψ/8; ZeRO-1 over 8 data-parallel ranks
    expect(s1.modelStates).toBe(4 * (P70 / 8) + (12 * (P70 / 8)) / 8);
    // Korthikanti Table 2, TP + SP + selective: sbh·34/t per layer, 80 layers, h = 8192
    expect(s1.activations).toBe((80 * 34 * 4096 * 8192) / 8);
    expect(s1.total).toBe(58_829_952_512);
    expect(r.view.gpus).toBe(64);
  });

  it('follows Korthikanti’s recomputation modes and sequence parallelism', () => {
    const sbh = 4096 * 4096;
    const act = (opts: Partial<Options>, patch = {}) => {
      const r = run('7b-8gpu', patch, opts);
      return r.ok ? r.view.stages[1].activations : NaN;
    };
    expect(act({ recompute: 'none' })).toBe(32 * sbh * (34 + (5 * 32 * 4096) / 4096));
    expect(act({ recompute: 'full' })).toBe(32 * 2 * sbh);
    // t = 4: sbh(10 + 24/4) without SP, sbh·34/4 with SP (selective)
    expect(act({}, { tp: '4' })).toBe(32 * sbh * 16);
    expect(act({ sequenceParallel: true }, { tp: '4' })).toBe(32 * sbh * 8.5);
  });

  it('moves offloaded state to the CPU only where DeepSpeed allows it', () => {
    expect([0, 1, 2, 3].map((s) => offloadAllowed('optimizer', s as 0))).toEqual([false, true, true, true]);
    expect([0, 1, 2, 3].map((s) => offloadAllowed('params', s as 0))).toEqual([false, false, false, true]);
    const r = run('7b-8gpu', {}, { offloadOptimizer: true, offloadParams: true });
    if (!r.ok) throw new Error('rejected');
    // stage 0 ignores both switches
    expect(r.view.stages[0]).toMatchObject({ optimizer: 12 * P7, cpu: 0 });
    // stage 1: the optimizer partition goes, the (unpartitioned) gradients stay
    expect(r.view.stages[1]).toMatchObject({ parameters: 2 * P7, gradients: 2 * P7, optimizer: 0 });
    expect(r.view.stages[1].cpu).toBe((12 * P7) / 8);
    // stage 2 (ZeRO-Offload): optimizer and gradient partitions to CPU; parameters stay
    expect(r.view.stages[2]).toMatchObject({ parameters: 2 * P7, gradients: 0, optimizer: 0 });
    expect(r.view.stages[2].cpu).toBe((14 * P7) / 8);
    // stage 3 with both switches: no model state left on the GPU, 16Ψ/8 on the host
    expect(r.view.stages[3].modelStates).toBe(0);
    expect(r.view.stages[3].cpu).toBe((16 * P7) / 8);
    expect(r.view.stages[3].total).toBe(r.view.stages[3].activations);
    // optimizer offload alone at stage 3 keeps the parameter partition
    const opt = run('7b-8gpu', {}, { offloadOptimizer: true });
    expect(opt.ok && opt.view.stages[3].modelStates).toBe((2 * P7) / 8);
  });

  it('reports lib’s message with the field for zero GPUs, negative layers, Infinity and a zero batch', () => {
    expect(run('7b-8gpu', { dp: '0' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'numGpus must be an integer >= 1, got 0', fields: ['dp'] },
    });
    expect(run('7b-8gpu', { layers: '-2' })).toMatchObject({
      ok: false,
      error: { kind: 'lib', message: 'numLayers must be an integer >= 1, got -2', fields: ['layers'] },
    });
    expect(run('7b-8gpu', { params: '1e400' })).toMatchObject({
      ok: false,
      error: { kind: 'lib', message: 'params must be finite and >= 0, got Infinity', fields: ['params'] },
    });
    expect(run('7b-8gpu', { tp: '1.5' })).toMatchObject({
      ok: false,
      error: { kind: 'lib', fields: ['tp'] },
    });
    expect(run('7b-8gpu', { globalBatch: '0' })).toMatchObject({
      ok: false,
      error: { kind: 'lib', message: 'globalBatch must be an integer >= 1, got 0', fields: ['globalBatch'] },
    });
  });

  it('needs TP to divide the heads and the micro-batches to divide the global batch (Megatron-LM)', () => {
    expect(run('7b-8gpu', { tp: '3' })).toEqual({ ok: false, error: { kind: 'tpHeads', tp: 3, heads: 32 } });
    expect(run('7b-8gpu', { microBatch: '3' })).toEqual({
      ok: false,
      error: { kind: 'batch', globalBatch: 1024, microBatch: 3, dp: 8 },
    });
  });

  it('rejects text that is not a number, and totals past 2^53 bytes', () => {
    expect(run('7b-8gpu', { params: 'NaN' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'params', error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(run('7b-8gpu', { hidden: '😀' })).toMatchObject({
      ok: false,
      error: { kind: 'field', field: 'hidden' },
    });
    expect(run('7b-8gpu', { heads: 'a\u0301' })).toMatchObject({ ok: false, error: { kind: 'field' } });
    expect(run('7b-8gpu', { seqLen: '\ud800' })).toMatchObject({ ok: false, error: { kind: 'field' } });
    expect(run('7b-8gpu', { layers: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'layers', error: { kind: 'empty' } },
    });
    expect(run('7b-8gpu', { seqLen: '100000000' }, { recompute: 'none' })).toEqual({
      ok: false,
      error: { kind: 'tooLarge' },
    });
    expect(run('7b-8gpu', { params: '1e300' })).toEqual({ ok: false, error: { kind: 'tooLarge' } });
  });
});

describe('decimalGigabytes', () => {
  it('prints 10⁹-byte gigabytes to three significant digits, as ZeRO Table 1', () => {
    expect(decimalGigabytes(120e9)).toBe('120 GB');
    expect(decimalGigabytes(1_875_000_000)).toBe('1.88 GB');
    expect(decimalGigabytes(0)).toBe('0 GB');
  });
});
