import { describe, expect, it } from 'vitest';
import {
  band,
  readHeadDim,
  ropeTable,
  scalingFor,
  summarize,
  wavelengths,
  type RopeParams,
} from '@/components/demos/rope-scaling/compute';
import { formatLength, formatLogTick, formatRatio } from '@/components/demos/rope-scaling/format';
import { decodeState, DEFAULT_STATE, encodeState } from '@/components/demos/rope-scaling/url-state';

/** Within HF's printed precision (5 significant digits of float32). */
const close = (actual: number | undefined, expected: number) =>
  expect(Math.abs(actual! - expected) / expected).toBeLessThan(6e-5);

// HF tests/utils/test_modeling_rope_utils.py: LlamaConfig() (head_dim 128, rope_theta 10000,
// max_position_embeddings 2048); dynamic with factor 10 at seq_len 16384; llama3 with factor 10,
// original_max_position_embeddings 2048, low_freq_factor 1, high_freq_factor 4.
const HF: RopeParams = { headDim: 128, base: 10000, factor: 10, originalLength: 2048, currentLength: 16384 };

describe('ropeTable', () => {
  it('wires each method to the HF reference values', () => {
    const table = ropeTable(HF);
    // test_default_rope_numerically: inv_freq[1] = 8.6596e-1, inv_freq[63] = 1.1548e-4
    close(table.original.invFreq[1], 8.6596e-1);
    close(table.original.invFreq[63], 1.1548e-4);
    // test_linear_rope_numerically: default / factor
    close(table.linear.invFreq[63], 1.1548e-5);
    // test_dynamic_rope_numerically: inv_freq[1] = 8.0931e-1, inv_freq[63] = 1.6265e-6
    expect(table.dynamic.invFreq[0]).toBe(1);
    close(table.dynamic.invFreq[1], 8.0931e-1);
    close(table.dynamic.invFreq[63], 1.6265e-6);
    // test_llama3_rope_numerically: high frequencies kept (inv_freq[0] = 1, [30] = 1.3335e-2),
    // the ramp [31] = 1.073e-2 … [40] = 3.4539e-4, low frequencies ÷ 10 ([63] = 1.1548e-5)
    expect(table.llama3.invFreq[0]).toBe(1);
    close(table.llama3.invFreq[30], 1.3335e-2);
    close(table.llama3.invFreq[31], 1.073e-2);
    close(table.llama3.invFreq[40], 3.4539e-4);
    close(table.llama3.invFreq[63], 1.1548e-5);
  });

  it('gives wavelengths 2π/θ', () => {
    expect(wavelengths([1, 0.01])).toEqual([2 * Math.PI, (2 * Math.PI) / 0.01]);
    // 2π / 1.1548e-4 (HF inv_freq[63]) ≈ 54,409
    close(ropeTable(HF).original.wavelength[63], (2 * Math.PI) / 1.1548e-4);
  });

  it('passes the llama3 and dynamic settings through', () => {
    const p = { ...HF, factor: 8, originalLength: 8192, currentLength: 65536 };
    expect(scalingFor('llama3', p)).toEqual({
      type: 'llama3',
      factor: 8,
      lowFreqFactor: 1,
      highFreqFactor: 4,
      originalMaxPositionEmbeddings: 8192,
    });
    expect(scalingFor('dynamic', p)).toEqual({
      type: 'dynamic',
      factor: 8,
      seqLen: 65536,
      maxPositionEmbeddings: 8192,
    });
    expect(scalingFor('original', p)).toBeUndefined();
  });

  it('throws lib errors for an odd head dimension', () => {
    expect(() => ropeTable({ ...HF, headDim: 127 })).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts the HF llama3 example into kept, ramp and scaled', () => {
    const table = ropeTable(HF);
    const s = summarize(table.original.wavelength, table.llama3.wavelength, 10);
    // from the HF lists: indices 0–30 equal the default, 31–40 lie between, 41–63 are default/10
    expect(s.counts).toEqual({ kept: 31, between: 10, scaled: 23 });
    expect(s.changed).toBe(10 + 23);
    expect(s.ratios[0]).toBe(1);
    expect(s.ratios[63]).toBeCloseTo(10, 12);
  });

  it('leaves the highest frequency alone and stretches the lowest 8× under Llama 3.1 defaults', () => {
    // base 500,000, d = 128, L = 8192: λᵢ = 2π·500000^(i/64); λ < 8192/4 = 2048 for i ≤ 28, λ > 8192
    // for i ≥ 35 (HF _compute_llama3_parameters: keep below L/high_freq_factor, ÷ factor above L)
    const p = { headDim: 128, base: 500000, factor: 8, originalLength: 8192, currentLength: 65536 };
    const table = ropeTable(p);
    const s = summarize(table.original.wavelength, table.llama3.wavelength, 8);
    expect(s.counts).toEqual({ kept: 29, between: 6, scaled: 29 });
    expect(s.bands.slice(28, 36)).toEqual(['kept', ...Array(6).fill('between'), 'scaled']);
    expect(table.llama3.wavelength[0]).toBe(2 * Math.PI);
    expect(s.ratios[63]).toBeCloseTo(8, 12);
    // 8 · 2π · 500000^(63/64) = 8 · 2,559,195.5 = 20,473,564
    expect(formatLength(s.longest)).toBe('20,473,564');
    // linear: every frequency ÷ 8
    expect(summarize(table.original.wavelength, table.linear.wavelength, 8).counts).toEqual({
      kept: 0,
      between: 0,
      scaled: 64,
    });
  });

  it('changes nothing under dynamic NTK until the sequence outgrows L', () => {
    const p = { headDim: 128, base: 10000, factor: 8, originalLength: 4096, currentLength: 4096 };
    const table = ropeTable(p);
    expect(summarize(table.original.wavelength, table.dynamic.wavelength, 8).changed).toBe(0);
  });

  it('bands a ratio by the 1% tolerance and the factor', () => {
    expect(band(1, 8)).toBe('kept');
    expect(band(1.009, 8)).toBe('kept');
    expect(band(1.02, 8)).toBe('between');
    expect(band(7.95, 8)).toBe('scaled');
    expect(band(57, 8)).toBe('scaled');
  });
});

describe('readHeadDim', () => {
  it('accepts even dimensions from 4 to 1024', () => {
    expect(readHeadDim('128')).toEqual({ ok: true, value: 128 });
    expect(readHeadDim(' 4 ')).toEqual({ ok: true, value: 4 });
    expect(readHeadDim('1024')).toEqual({ ok: true, value: 1024 });
  });

  it('refuses odd, tiny, huge and non-numeric input', () => {
    expect(readHeadDim('127')).toEqual({ ok: false, error: { kind: 'lib', value: 127 } });
    expect(readHeadDim('2')).toEqual({ ok: false, error: { kind: 'lib', value: 2 } });
    expect(readHeadDim('0')).toEqual({ ok: false, error: { kind: 'lib', value: 0 } });
    expect(readHeadDim('-128')).toEqual({ ok: false, error: { kind: 'lib', value: -128 } });
    expect(readHeadDim('2048')).toEqual({ ok: false, error: { kind: 'range', value: 2048, max: 1024 } });
    expect(readHeadDim('1e9')).toMatchObject({ ok: false, error: { kind: 'range' } });
    expect(readHeadDim('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readHeadDim('12.5')).toMatchObject({ ok: false, error: { kind: 'notInteger' } });
    expect(readHeadDim('abc')).toMatchObject({ ok: false, error: { kind: 'notNumber', text: 'abc' } });
    expect(readHeadDim('🙂')).toMatchObject({ ok: false, error: { kind: 'notNumber' } });
  });
});

describe('rope-scaling display', () => {
  it('prints lengths, ratios and log ticks', () => {
    expect(formatLength(2 * Math.PI)).toBe('6.283');
    expect(formatLength(628.3185307179587)).toBe('628.3');
    expect(formatLength(54410.14)).toBe('54,410');
    expect(formatLength(8192)).toBe('8,192');
    expect(formatRatio(8)).toBe('×8.00');
    expect(formatLogTick(100)).toBe('100');
    expect(formatLogTick(1e5)).toBe('10⁵');
    expect(formatLogTick(2e6)).toBe('2·10⁶');
  });
});

describe('rope-scaling URL state', () => {
  it('round-trips and falls back per key', () => {
    const state = { ...DEFAULT_STATE, method: 'linear' as const, factor: 4, headDim: '64' };
    const query = `?${new URLSearchParams(encodeState(state)).toString()}`;
    expect(decodeState(query)).toEqual(state);
    expect(decodeState('')).toBeNull();
    expect(decodeState('?x=1')).toBeNull();
    expect(decodeState('?rope.s=3&rope.m=yarn&rope.b=20000')).toEqual(DEFAULT_STATE);
    expect(decodeState(`?rope.d=${'1'.repeat(40)}`)).toEqual(DEFAULT_STATE);
    // a bad head dimension in a link is kept as text: the field then says what is wrong
    expect(decodeState('?rope.d=127')).toEqual({ ...DEFAULT_STATE, headDim: '127' });
  });
});
