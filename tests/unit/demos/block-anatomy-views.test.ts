import { describe, expect, it } from 'vitest';
import { ACTIVATION, sampleCurves, SAMPLE_XS } from '@/components/demos/block-anatomy/curves';
import { relu } from '@/lib/transformer';
import { normStats } from '@/lib/transformer';
import {
  formatVector,
  MAX_VECTOR,
  NORM_PRESETS,
  parseVector,
  vectorMessage,
} from '@/components/demos/block-anatomy/vectors';
import { layerNorm, rmsNorm } from '@/lib/transformer';

describe('normStats', () => {
  it('gives the mean, biased variance and mean square of [1, 2, 3, 4]', () => {
    // mean 2.5; biased variance (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25 (torch nn.LayerNorm's estimator);
    // mean square (1 + 4 + 9 + 16)/4 = 7.5
    const s = normStats([1, 2, 3, 4], 0);
    expect(s.mean).toBe(2.5);
    expect(s.variance).toBe(1.25);
    expect(s.meanSquare).toBe(7.5);
    expect(s.layerNormScale).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(s.rmsScale).toBeCloseTo(Math.sqrt(7.5), 15);
  });

  it('divides exactly as layerNorm and rmsNorm do, eps included', () => {
    const x = NORM_PRESETS.sample;
    for (const eps of [0, 1e-5, 1]) {
      const s = normStats(x, eps);
      layerNorm(x, { eps }).forEach((y, i) => expect(y).toBeCloseTo((x[i]! - s.mean) / s.layerNormScale, 12));
      rmsNorm(x, { eps }).forEach((y, i) => expect(y).toBeCloseTo(x[i]! / s.rmsScale, 12));
    }
  });

  it('shows why the presets were chosen: a shift leaves LayerNorm alone, a constant vector has zero variance', () => {
    expect(layerNorm(NORM_PRESETS.shifted, { eps: 0 })).toEqual(layerNorm(NORM_PRESETS.sample, { eps: 0 }));
    expect(normStats(NORM_PRESETS.constant, 1e-5).variance).toBe(0);
    expect(() => layerNorm(NORM_PRESETS.constant, { eps: 0 })).toThrow(RangeError);
  });
});

describe('activation curves', () => {
  it('samples −4 … 4 in exact tenths', () => {
    expect(SAMPLE_XS).toHaveLength(81);
    expect(SAMPLE_XS[0]).toBe(-4);
    expect(SAMPLE_XS[43]).toBe(0.3);
    expect(SAMPLE_XS[80]).toBe(4);
  });

  it('takes GELU and SiLU from lib (torch values at x = 1) and defines ReLU as max(0, x)', () => {
    const curves = sampleCurves();
    // torch: gelu(1) = 0.8413447460685429, gelu(1, approximate='tanh') ≈ 0.841192, silu(1) = σ(1) = 0.7310585786300049
    expect(curves.gelu[50]).toEqual([1, 0.8413447460685429]);
    expect(curves.geluTanh[50]![1]).toBeCloseTo(0.8411919906082768, 15);
    expect(curves.silu[50]).toEqual([1, 0.7310585786300049]);
    expect(curves.relu[50]).toEqual([1, 1]);
    expect(relu(-2)).toBe(0);
    expect(Object.is(relu(-0), 0)).toBe(true);
    expect(ACTIVATION.relu(3.5)).toBe(3.5);
  });
});

describe('parseVector', () => {
  it('reads commas, spaces, Chinese commas and the Unicode minus', () => {
    expect(parseVector('1, \u22122  3，4')).toEqual({ ok: true, values: [1, -2, 3, 4] });
    expect(parseVector('')).toEqual({ ok: true, values: [] });
  });

  it('rejects text that is not a number and vectors that are too long', () => {
    expect(parseVector('1, x')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'x' } });
    expect(parseVector('1, NaN')).toEqual({ ok: false, error: { kind: 'notNumber', text: 'NaN' } });
    expect(parseVector('1 😀')).toEqual({ ok: false, error: { kind: 'notNumber', text: '😀' } });
    const long = Array.from({ length: MAX_VECTOR + 1 }, () => '1').join(' ');
    expect(parseVector(long)).toEqual({ ok: false, error: { kind: 'tooMany', count: MAX_VECTOR + 1 } });
  });

  it('round-trips through formatVector and words its errors', () => {
    expect(parseVector(formatVector(NORM_PRESETS.sample))).toEqual({
      ok: true,
      values: [...NORM_PRESETS.sample],
    });
    const t = { notNumber: (s: string) => `bad ${s}`, tooMany: (n: number, m: number) => `${n}>${m}` };
    expect(vectorMessage({ kind: 'notNumber', text: 'x' }, t)).toBe('bad x');
    expect(vectorMessage({ kind: 'tooMany', count: 20 }, t)).toBe(`20>${MAX_VECTOR}`);
  });
});
