/**
 * The PPO-clip demo's pure helpers: reading the form (lib refuses ε and A out of range, the demo
 * refuses A = 0), the slider's ratios with the kinks, the panels' curves and the share link.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DRAFT,
  epsSteps,
  formatRatio,
  formatValue,
  nearestIndex,
  panelView,
  ratioSteps,
  readDraft,
  readingAt,
} from '@/components/demos/ppo-clip/compute';
import { decodeState, encodeState } from '@/components/demos/ppo-clip/url-state';

describe('readDraft', () => {
  it('reads ε and A and lets lib refuse their ranges', () => {
    expect(readDraft(DEFAULT_DRAFT)).toEqual({ ok: true, config: { epsilon: 0.2, advantage: 1 } });
    expect(readDraft({ eps: '0.1', adv: '\u22122' })).toEqual({
      ok: true,
      config: { epsilon: 0.1, advantage: -2 },
    });
    expect(readDraft({ eps: '1', adv: '1' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'eps', message: 'epsilon must be in (0, 1), got 1' },
    });
    expect(readDraft({ eps: '0', adv: '1' })).toMatchObject({ ok: false, error: { field: 'eps' } });
    expect(readDraft({ eps: '0.2', adv: '1e400' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'adv', message: 'advantage must be finite, got Infinity' },
    });
    expect(readDraft({ eps: 'NaN', adv: '1' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'eps', error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(readDraft({ eps: '0.2', adv: ' ' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'adv', error: { kind: 'empty' } },
    });
    expect(readDraft({ eps: '0.2', adv: '0' })).toEqual({ ok: false, error: { kind: 'zero' } });
  });
});

describe('ratio steps and readings', () => {
  it('visits every 0.01 and the kinks of a typed ε', () => {
    expect(ratioSteps(0.2)).toHaveLength(201);
    const steps = ratioSteps(0.123);
    expect(steps).toHaveLength(203);
    expect(steps).toContain(1 + 0.123);
    expect(steps).toContain(1 - 0.123);
    expect(steps[nearestIndex(steps, 1.5)]).toBe(1.5);
    expect(steps[nearestIndex(steps, 5)]).toBe(2);
    expect(epsSteps(0.2)).toHaveLength(10);
    expect(epsSteps(0.123)).toHaveLength(11);
  });

  it('gives the hand-checkable values of the rlhf page (ε = 0.2)', () => {
    // min(1.5, 1.2) = 1.2, flat; min(−1.5, −1.2) = −1.5, pushed back; min(−0.5, −0.8) = −0.8, flat
    expect(readingAt({ epsilon: 0.2, advantage: 1 }, 1.5)).toMatchObject({
      objective: 1.2,
      gradient: 0,
      state: 'flat',
    });
    expect(readingAt({ epsilon: 0.2, advantage: -1 }, 1.5)).toMatchObject({
      objective: -1.5,
      gradient: -1,
      state: 'worse',
    });
    const low = readingAt({ epsilon: 0.2, advantage: -1 }, 0.5);
    expect(low.objective).toBeCloseTo(-0.8, 15);
    expect(low).toMatchObject({ gradient: 0, state: 'flat', unclipped: -0.5 });
    expect(readingAt({ epsilon: 0.2, advantage: 1 }, 1.2).state).toBe('kink');
    expect(readingAt({ epsilon: 0.2, advantage: -1 }, 0.8).state).toBe('kink');
    expect(readingAt({ epsilon: 0.2, advantage: 1 }, 1).state).toBe('inside');
    expect(readingAt({ epsilon: 0.2, advantage: 1 }, 0.5).state).toBe('worse');
  });

  it('draws each sign with its own flat region and a y range holding r·A', () => {
    const pos = panelView(1, 0.2);
    expect(pos.flat).toEqual([1.2, 2]);
    expect(pos.unclipped).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(pos.yDomain[0]).toBeLessThan(0);
    expect(pos.yDomain[1]).toBeGreaterThan(2);
    expect(pos.curve.find(([r]) => r === 2)?.[1]).toBeCloseTo(1.2, 15);
    const neg = panelView(-1, 0.2);
    expect(neg.flat).toEqual([0, 0.8]);
    expect(neg.tableRatios).toEqual([0, 0.5, 0.8, 1, 1.2, 1.5, 2]);
  });

  it('formats ratios and values for the readout', () => {
    expect(formatRatio(1.5)).toBe('1.50');
    expect(formatRatio(0.8)).toBe('0.80');
    expect(formatRatio(1 + 0.123)).toBe('1.123');
    expect(formatValue(1.2)).toBe('1.2000');
    expect(formatValue(-0.8)).toBe('\u22120.8000');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-1e-9)).toBe('0.0000');
  });
});

describe('share link', () => {
  it('round-trips and ignores bad or foreign parameters', () => {
    const state = { draft: { eps: '0.3', adv: '-2' }, ratio: 0.5 };
    const query = new URLSearchParams(encodeState(state)).toString();
    expect(decodeState(`?${query}`)).toEqual(state);
    expect(decodeState('?dpo-beta=0.1')).toBeNull();
    expect(decodeState('?ppo-r=7')).toEqual({ draft: DEFAULT_DRAFT, ratio: 1.5 });
    expect(decodeState('?ppo-r=abc&ppo-adv=x')).toEqual({ draft: { eps: '0.2', adv: 'x' }, ratio: 1.5 });
    expect(decodeState(`?ppo-eps=${'1'.repeat(41)}`)?.draft.eps).toBe('0.2');
  });
});
