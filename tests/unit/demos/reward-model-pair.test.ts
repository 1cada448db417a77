/**
 * The reward-model pair view's pure helpers: reading the form through lib, Llama 2's margins
 * (Table 27), the curves, the shift buttons and the number formats.
 */
import { describe, expect, it } from 'vitest';
import { LLAMA2_MARGINS, RATINGS } from '@/components/demos/reward-model/data';
import { formatReward, formatSigned, formatValue } from '@/components/demos/reward-model/format';
import {
  curveTable,
  DEFAULT_PAIR,
  lossCurves,
  marginOf,
  readPair,
  rewardSteps,
  shiftPair,
} from '@/components/demos/reward-model/pair-compute';

describe('Llama 2 margins', () => {
  it('are Table 27: Small 1, 2/3, 1/3, 0 and Large 3, 2, 1, 0', () => {
    // Touvron et al. 2023, appendix A.3.3, Table 27
    expect(RATINGS.map((r) => LLAMA2_MARGINS.small[r].text)).toEqual(['1', '2/3', '1/3', '0']);
    expect(RATINGS.map((r) => LLAMA2_MARGINS.large[r].value)).toEqual([3, 2, 1, 0]);
    expect(marginOf('small', 'better')).toBeCloseTo(2 / 3, 15);
    expect(marginOf('none', 'significantly')).toBeNull();
  });
});

describe('readPair', () => {
  it('reads the default pair: σ(1) and ln(1 + e^−1)', () => {
    const r = readPair(DEFAULT_PAIR);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.view.diff).toBe(1);
    expect(r.view.probability).toBeCloseTo(0.7310585786300049, 15);
    expect(r.view.loss).toBeCloseTo(0.31326168751822286, 15);
    expect(r.view.marginLoss).toBeNull();
  });

  it('gives ln 2 for equal rewards, and again when the margin equals the gap', () => {
    const equal = readPair({ ...DEFAULT_PAIR, rc: '3', rr: '3' });
    expect(equal.ok && equal.view.loss).toBeCloseTo(Math.LN2, 15);
    // Margin Large, slightly better: m = 1 = r_c − r_r → −log σ(0) = ln 2
    const m = readPair({ ...DEFAULT_PAIR, scale: 'large', rating: 'slightly' });
    expect(m.ok && m.view.marginLoss).toBeCloseTo(Math.LN2, 15);
    expect(m.ok && m.config.marginText).toBe('1');
  });

  it('does not change when both rewards shift by a constant', () => {
    const a = readPair(DEFAULT_PAIR);
    const b = readPair({ ...DEFAULT_PAIR, rc: '101', rr: '100' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.view.probability).toBeCloseTo(a.view.probability, 14);
    expect(b.view.loss).toBeCloseTo(a.view.loss, 14);
  });

  it('refuses text, non-finite and huge rewards with the field named', () => {
    expect(readPair({ ...DEFAULT_PAIR, rc: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'rc', error: { kind: 'empty' } },
    });
    expect(readPair({ ...DEFAULT_PAIR, rr: '1😀' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'rr', error: { kind: 'notNumber', text: '1😀' } },
    });
    expect(readPair({ ...DEFAULT_PAIR, rc: 'NaN' }).ok).toBe(false);
    expect(readPair({ ...DEFAULT_PAIR, rr: '1e400' })).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'rewardRejected must be finite, got Infinity', fields: ['rr'] },
    });
    expect(readPair({ ...DEFAULT_PAIR, rc: '1001' })).toEqual({
      ok: false,
      error: { kind: 'tooLarge', field: 'rc' },
    });
  });
});

describe('lossCurves and curveTable', () => {
  it('span ±6 by default, with the margin curve shifted right', () => {
    const r = readPair({ ...DEFAULT_PAIR, scale: 'large', rating: 'significantly' });
    if (!r.ok) throw new Error('bad');
    const c = lossCurves(r.config, r.view.diff);
    expect(c.domain).toEqual([-6, 6]);
    expect(c.plain).toHaveLength(122);
    // at Δ = 3 the margin curve (m = 3) is at ln 2
    const row = curveTable(r.config, [3], r.view.diff)[0];
    expect(row?.marginLoss).toBeCloseTo(Math.LN2, 15);
    expect(c.top).toBeGreaterThan(9); // −log σ(−6 − 3) ≈ 9.0001
  });
});

describe('shiftPair and rewardSteps', () => {
  it('adds to both rewards without float noise', () => {
    expect(shiftPair(DEFAULT_PAIR, 1)).toEqual({ ...DEFAULT_PAIR, rc: '2', rr: '1' });
    expect(shiftPair({ ...DEFAULT_PAIR, rc: '0.1', rr: '-0.2' }, 1)).toEqual({
      ...DEFAULT_PAIR,
      rc: '1.1',
      rr: '0.8',
    });
    expect(shiftPair({ ...DEFAULT_PAIR, rc: 'x' }, 1)).toBeNull();
  });

  it('walks −5 … 5 by 0.25 and inserts an off-grid value', () => {
    expect(rewardSteps(1)).toHaveLength(41);
    const steps = rewardSteps(1.1);
    expect(steps).toHaveLength(42);
    expect(steps.indexOf(1.1)).toBe(25);
  });
});

describe('formats', () => {
  it('print four decimals, real minus signs and explicit plus signs', () => {
    expect(formatValue(0.7310585786300049)).toBe('0.7311');
    expect(formatValue(-1e-9)).toBe('0.0000');
    expect(formatReward(-0.25)).toBe('−0.25');
    expect(formatReward(1)).toBe('1');
    expect(formatSigned(0.25)).toBe('+0.2500');
    expect(formatSigned(-0.125)).toBe('−0.1250');
    expect(formatSigned(1e-9)).toBe('0.0000');
  });
});
