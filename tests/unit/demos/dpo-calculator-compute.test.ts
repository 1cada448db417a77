/**
 * The DPO calculator's plumbing: the presets give hand-checkable numbers (β = 0.1; the reference at
 * chosen −40, rejected −50), bad fields are refused with the field named, the curve passes
 * through the current pair, and the share link round-trips.
 */
import { describe, expect, it } from 'vitest';
import {
  formatSigned,
  formatValue,
  lossAt,
  lossCurve,
  pairWithH,
  readDraft,
  type DpoReading,
} from '@/components/demos/dpo-calculator/compute';
import {
  DEFAULT_DRAFT,
  loadedPreset,
  withPolicyAsReference,
  withPreset,
  type DpoDraft,
} from '@/components/demos/dpo-calculator/presets';
import { decodeState, encodeState } from '@/components/demos/dpo-calculator/url-state';

function valid(reading: DpoReading) {
  if (!reading.ok) throw new Error(`expected a valid reading, got ${JSON.stringify(reading.error)}`);
  return reading;
}

describe('readDraft', () => {
  it('opens at ln 2 with zero rewards and weight ½ (policy = reference)', () => {
    const { view } = valid(readDraft(DEFAULT_DRAFT));
    // −log σ(0) = ln 2 = 0.6931471805599453; σ(0) = ½
    expect(view.loss).toBe(0.6931471805599453);
    expect(view.h).toBe(0);
    expect(view.chosenReward).toBe(0);
    expect(view.rejectedReward).toBe(0);
    expect(view.weight).toBe(0.5);
  });

  it('gives −log σ(1) for the "learning" and the "both fall" presets alike', () => {
    // h = (−35 + 55) − (−40 + 50) = 10 and (−45 + 65) − 10 = 10; βh = 1;
    // −log σ(1) = ln(1 + e^−1) = 0.31326168751822286, σ(−1) = 0.2689414213699951 (scipy)
    const learning = valid(readDraft(withPreset(DEFAULT_DRAFT, 'learning'))).view;
    const bothFall = valid(readDraft(withPreset(DEFAULT_DRAFT, 'bothFall'))).view;
    for (const view of [learning, bothFall]) {
      expect(view.h).toBe(10);
      expect(view.loss).toBeCloseTo(0.31326168751822286, 14);
      expect(view.margin).toBeCloseTo(1, 14);
      expect(view.weight).toBeCloseTo(0.2689414213699951, 14);
    }
    // rewards 0.1·(±5) and 0.1·(−5), 0.1·(−15)
    expect(learning.chosenReward).toBeCloseTo(0.5, 14);
    expect(learning.rejectedReward).toBeCloseTo(-0.5, 14);
    expect(bothFall.chosenReward).toBeCloseTo(-0.5, 14);
    expect(bothFall.rejectedReward).toBeCloseTo(-1.5, 14);
  });

  it('switches loss type and label smoothing through lib', () => {
    const learning = withPreset(DEFAULT_DRAFT, 'learning');
    // IPO: (10 − 1/(2·0.1))² = 25; hinge: max(0, 1 − 1) = 0
    expect(valid(readDraft({ ...learning, lossType: 'ipo' })).view.loss).toBeCloseTo(25, 12);
    expect(valid(readDraft({ ...learning, lossType: 'hinge' })).view.loss).toBe(0);
    // cDPO ε = 0.1: ln(1 + e^−1) + 0.1 = 0.4132616875182229; w = σ(−1) − 0.1
    const smoothed = valid(readDraft({ ...learning, eps: '0.1' })).view;
    expect(smoothed.loss).toBeCloseTo(0.4132616875182229, 14);
    expect(smoothed.weight).toBeCloseTo(0.1689414213699951, 14);
    // β = 0.5: βh = 5, −log σ(5) = 0.006715348489117967
    expect(valid(readDraft({ ...learning, beta: '0.5' })).view.loss).toBeCloseTo(0.006715348489117967, 15);
  });

  it('refuses text that is not a number, naming the field', () => {
    expect(readDraft({ ...DEFAULT_DRAFT, pr: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'pr', error: { kind: 'empty' } },
    });
    for (const text of ['NaN', 'abc', '🙂', '-4\u0301', '\ud800']) {
      const reading = readDraft({ ...DEFAULT_DRAFT, rc: text });
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.error).toMatchObject({ kind: 'field', field: 'rc' });
    }
  });

  it('passes ranges to lib and names the field lib names', () => {
    const lib = (draft: DpoDraft) => {
      const reading = readDraft(draft);
      if (reading.ok || reading.error.kind !== 'lib') throw new Error('expected a lib error');
      return reading.error;
    };
    expect(lib({ ...DEFAULT_DRAFT, beta: '0' }).fields).toEqual(['beta']);
    expect(lib({ ...DEFAULT_DRAFT, beta: '-0.1' }).message).toBe(
      'options.beta must be finite and > 0, got -0.1',
    );
    expect(lib({ ...DEFAULT_DRAFT, eps: '0.6' }).fields).toEqual(['eps']);
    expect(lib({ ...DEFAULT_DRAFT, eps: '-0.1' }).fields).toEqual(['eps']);
    expect(lib({ ...DEFAULT_DRAFT, rr: '1e400' }).fields).toEqual(['rr']);
    // a log-probability above 0 is a probability above 1
    expect(lib({ ...DEFAULT_DRAFT, pc: '0.5' }).fields).toEqual(['pc']);
    // ε = 0.5 is inside lib's range [0, 0.5]: the loss is symmetric, still ln 2 at h = 0
    expect(valid(readDraft({ ...DEFAULT_DRAFT, eps: '0.5' })).view.loss).toBeCloseTo(Math.LN2, 15);
  });

  it('refuses results too large to print', () => {
    // IPO with h ≈ 2e200: the square overflows to Infinity
    const huge = { ...DEFAULT_DRAFT, pr: '-1e200', rc: '-1e200', lossType: 'ipo' as const };
    expect(readDraft(huge)).toEqual({ ok: false, error: { kind: 'overflow' } });
    // the sigmoid loss of the same pair is finite (0)
    expect(readDraft({ ...huge, lossType: 'sigmoid' }).ok).toBe(true);
  });
});

describe('presets and buttons', () => {
  it('copies the reference into the policy and recognises presets as typed', () => {
    const moved = withPolicyAsReference({ ...DEFAULT_DRAFT, pc: '-3', pr: '-9', rc: '-7', rr: '-8' });
    expect([moved.pc, moved.pr]).toEqual(['-7', '-8']);
    expect(loadedPreset(DEFAULT_DRAFT)).toBe('start');
    expect(loadedPreset(withPreset(DEFAULT_DRAFT, 'bothFall'))).toBe('bothFall');
    expect(loadedPreset(moved)).toBeUndefined();
    // a preset keeps β, ε and the loss type
    expect(withPreset({ ...DEFAULT_DRAFT, beta: '0.5', lossType: 'ipo' }, 'learning')).toMatchObject({
      beta: '0.5',
      lossType: 'ipo',
      pc: '-35',
    });
  });
});

describe('lossCurve', () => {
  it('samples lib’s loss at h through pairs with log-probabilities ≤ 0', () => {
    expect(pairWithH(3)).toEqual({
      policyChosenLogp: 0,
      policyRejectedLogp: -3,
      refChosenLogp: 0,
      refRejectedLogp: 0,
    });
    expect(pairWithH(-3)).toEqual({
      policyChosenLogp: -3,
      policyRejectedLogp: -0,
      refChosenLogp: 0,
      refRejectedLogp: 0,
    });
    const { config, view } = valid(readDraft(withPreset(DEFAULT_DRAFT, 'learning')));
    const curve = lossCurve(config, view.h);
    // β = 0.1: βh ∈ [−4, 4] → h ∈ [−40, 40]
    expect(curve.domain).toEqual([-40, 40]);
    expect(curve.points).toContainEqual([10, view.loss]);
    expect(curve.points).toContainEqual([0, Math.LN2]);
    expect(curve.ticks).toEqual([-40, -30, -20, -10, 0, 10, 20, 30, 40]);
    // the largest sigmoid loss is at h = −40: ln(1 + e⁴) = 4.0181499279178094
    expect(curve.top).toBeCloseTo(4.0181499279178094, 12);
    expect(lossAt(config, 0)).toBe(Math.LN2);
  });

  it('widens to keep a far pair on the chart', () => {
    const { config, view } = valid(readDraft({ ...DEFAULT_DRAFT, pc: '-5', pr: '-205' }));
    // h = 200 − 10 = 190 > 40: half-width 1.15 · 190
    expect(view.h).toBe(190);
    expect(lossCurve(config, view.h).domain[1]).toBeCloseTo(218.5, 10);
  });
});

describe('formatting', () => {
  it('prints four decimals without −0 and signs rewards', () => {
    expect(formatValue(Math.LN2)).toBe('0.6931');
    expect(formatValue(0.31326168751822286)).toBe('0.3133');
    expect(formatValue(-1e-9)).toBe('0.0000');
    expect(formatValue(2.5e7)).toBe('2.5 × 10⁷');
    expect(formatSigned(0.5)).toBe('+0.5000');
    expect(formatSigned(-1.5)).toBe('−1.5000');
    expect(formatSigned(1e-9)).toBe('0.0000');
  });
});

describe('share link', () => {
  it('round-trips a draft and ignores other demos’ keys', () => {
    const draft: DpoDraft = { ...withPreset(DEFAULT_DRAFT, 'bothFall'), beta: '0.5', lossType: 'hinge' };
    const search = new URLSearchParams({ 'lr-at': '3', ...encodeState(draft) }).toString();
    expect(decodeState(search)).toEqual(draft);
    expect(decodeState('?lr-at=3')).toBeNull();
  });

  it('falls back to the default for unknown or over-long values and keeps bad numbers as typed', () => {
    expect(decodeState('?dpo-loss=kto&dpo-pc=abc')).toEqual({ ...DEFAULT_DRAFT, pc: 'abc' });
    expect(decodeState(`?dpo-beta=${'9'.repeat(41)}`)).toEqual(DEFAULT_DRAFT);
  });
});
