/**
 * The best-of-n demo's pure helpers: reading N and α, β through lib, the curves, the N that
 * reaches a KL, and the number formats.
 */
import { describe, expect, it } from 'vitest';
import { formatN, formatNats, formatValue } from '@/components/demos/best-of-n/format';
import { curveNs, klTable, nSteps, readN } from '@/components/demos/best-of-n/kl-compute';
import {
  chartEnd,
  goldCurve,
  overTable,
  pointAt,
  readOver,
  samplesForKl,
} from '@/components/demos/best-of-n/overopt-compute';
import { DEFAULT_OVER, loadedPreset, PRESETS } from '@/components/demos/best-of-n/presets';

describe('readN', () => {
  it('gives ln 4 − 3/4 at N = 4', () => {
    const r = readN('4');
    expect(r.ok && r.view.kl).toBeCloseTo(0.6362943611198906, 15);
    expect(r.ok && r.view.lnN).toBeCloseTo(1.3862943611198906, 15);
  });

  it('refuses N < 1, fractions, text and N above 10⁹', () => {
    expect(readN('0')).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'n must be an integer >= 1, got 0' },
    });
    expect(readN('2.5').ok).toBe(false);
    expect(readN('-3').ok).toBe(false);
    expect(readN('')).toEqual({ ok: false, error: { kind: 'field', error: { kind: 'empty' } } });
    expect(readN('four').ok).toBe(false);
    expect(readN('1e10')).toEqual({ ok: false, error: { kind: 'tooLarge' } });
    expect(readN('1e9').ok).toBe(true);
  });
});

describe('KL curves', () => {
  it('step through whole N, geometric past 32', () => {
    expect(curveNs(8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const ns = curveNs(1024);
    expect(ns[0]).toBe(1);
    expect(ns.at(-1)).toBe(1024);
    expect(ns.every(Number.isInteger)).toBe(true);
    expect(ns.length).toBeLessThan(120);
  });

  it('add a typed N to the slider and the table', () => {
    expect(nSteps(4)).toHaveLength(20);
    expect(nSteps(5)).toContain(5);
    const rows = klTable(5);
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toMatchObject({ n: 5, current: true });
    expect(rows[0]?.kl).toBe(0);
  });
});

describe('readOver', () => {
  it('puts the default best-of-n peak at d* = 2 and the chart to 5', () => {
    const r = readOver(DEFAULT_OVER);
    if (!r.ok) throw new Error('bad');
    expect(r.config.peak).toEqual({ d: 2, kl: 4, gold: 1 });
    expect(r.config.dMax).toBe(5);
    // slider position 40 of 100 → d = 2, the peak
    expect(pointAt(r.config, 40)).toEqual({ d: 2, kl: 4, gold: 1, where: 'at' });
    expect(pointAt(r.config, 80).where).toBe('after');
    // at d = 4 = α/β the gain is back at 0
    expect(pointAt(r.config, 80).gold).toBe(0);
  });

  it('reaches e·d* · 1.25 for RL', () => {
    const r = readOver(PRESETS.rlSmall);
    if (!r.ok) throw new Error('bad');
    expect(r.config.peak.d).toBeCloseTo(Math.E, 14);
    expect(r.config.dMax).toBeCloseTo(1.25 * Math.E * Math.E, 12);
    const c = goldCurve(r.config);
    expect(c.points).toHaveLength(162);
    expect(c.high).toBeCloseTo(Math.E / 2, 12);
    expect(c.low).toBeLessThan(0);
  });

  it('draws best-of-n with α ≤ 0 as a fall from 0', () => {
    const fit = { alpha: -1, beta: 0.5, method: 'bon' } as const;
    expect(chartEnd(fit, { d: 0, kl: 0, gold: 0 })).toBe(2);
    const r = readOver({ method: 'bon', alpha: '-1', beta: '0.5' });
    expect(r.ok && r.config.peak.d).toBe(0);
  });

  it('refuses β ≤ 0, text and overflow with the fields named', () => {
    const zero = readOver({ ...DEFAULT_OVER, beta: '0' });
    expect(zero.ok === false && zero.error.kind === 'lib' && zero.error.fields).toEqual(['beta']);
    expect(readOver({ ...DEFAULT_OVER, alpha: 'α' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'alpha', error: { kind: 'notNumber', text: 'α' } },
    });
    const far = readOver({ method: 'rl', alpha: '1000', beta: '1' });
    expect(far.ok === false && far.error.kind === 'lib' && far.error.fields).toEqual(['alpha', 'beta']);
    // the peak fits in a double but the chart's edge squared does not
    // d* = 1e154, KL* = 1e308, but the chart's edge 2.5e154 squared overflows
    const edge = readOver({ method: 'bon', alpha: '2e154', beta: '1' });
    expect(edge.ok === false && edge.error.kind === 'lib' && edge.error.message).toBe(
      'kl must be finite and >= 0, got Infinity',
    );
  });

  it('tables every tenth of the axis and the peak', () => {
    const r = readOver(DEFAULT_OVER);
    if (!r.ok) throw new Error('bad');
    const rows = overTable(r.config);
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toEqual({ d: 2, peak: true, kl: 4, gold: 1 });
    // d = 0.5: 0.5(1 − 0.125) = 0.4375
    expect(rows[1]?.gold).toBeCloseTo(0.4375, 15);
  });
});

describe('samplesForKl', () => {
  it('finds the smallest N with bestOfNKl(N) ≥ KL', () => {
    // bestOfNKl(147) = 3.99723, bestOfNKl(148) = 4.00397
    expect(samplesForKl(4)).toBe(148);
    expect(samplesForKl(0)).toBe(1);
    // bestOfNKl(2) = ln 2 − ½ = 0.1931
    expect(samplesForKl(0.19)).toBe(2);
    expect(samplesForKl(100)).toBeNull();
  });
});

describe('presets and formats', () => {
  it('knows which preset is loaded', () => {
    expect(loadedPreset(DEFAULT_OVER)).toBe('bonSmall');
    expect(loadedPreset({ ...DEFAULT_OVER, beta: '0.3' })).toBeUndefined();
  });

  it('prints N, nats and values', () => {
    expect(formatN(60000)).toBe('60,000');
    expect(formatNats(0.6362943611198906)).toBe('0.6363');
    expect(formatValue(Math.E)).toBe('2.718');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(1.5e21)).toBe('1.5 × 10²¹');
  });
});
