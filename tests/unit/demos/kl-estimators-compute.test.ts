/**
 * The KL-estimator demo's pure helpers: reading the two distributions (lib refuses negatives and
 * sums off 1; the demo reports π_ref = 0 where π > 0), the Monte-Carlo settings, normalising a
 * side, the presets and the share link.
 */
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  normalisedSide,
  readDistributions,
  readMonteCarlo,
  type KlView,
} from '@/components/demos/kl-estimators/compute';
import {
  DEFAULT_DRAFT,
  PRESET_KEYS,
  PRESETS,
  loadedPreset,
  withTokenCount,
  type KlDraft,
} from '@/components/demos/kl-estimators/presets';
import { decodeState, encodeState } from '@/components/demos/kl-estimators/url-state';
import { checkDistribution } from '@/lib/alignment';

const HAND: KlDraft = { policy: ['0.5', '0.5'], ref: ['0.25', '0.75'], n: '1000', seed: '1' };

function viewOf(draft: KlDraft): KlView {
  const reading = readDistributions(draft);
  if (!reading.ok) throw new Error(reading.error.kind);
  return reading.view;
}

describe('readDistributions', () => {
  it('gives the hand-checkable values', () => {
    const view = viewOf(HAND);
    // ½ ln 2 + ½ ln(2/3) = 0.1438; r = ½ at x₁: k3 = ½ − 1 + ln 2 = 0.1931; r = 1.5 at x₂: k1 = −ln 1.5
    expect(formatValue(view.kl)).toBe('0.1438');
    expect(formatValue(view.tokens[0]?.k3 ?? NaN)).toBe('0.1931');
    expect(formatValue(view.tokens[1]?.k1 ?? NaN)).toBe('\u22120.4055');
    expect(formatValue(view.expectations.k1)).toBe('0.1438');
    expect(formatValue(view.expectations.k3)).toBe('0.1438');
    // ¼((ln 2)² + (ln 1.5)²) = 0.1612
    expect(formatValue(view.expectations.k2)).toBe('0.1612');
    expect(view.refOnly).toEqual([]);
  });

  it('reports each kind of bad input', () => {
    expect(readDistributions({ ...HAND, policy: ['', '0.5'] })).toEqual({
      ok: false,
      error: { kind: 'field', side: 'policy', index: 0, error: { kind: 'empty' } },
    });
    expect(readDistributions({ ...HAND, ref: ['0.25', 'NaN'] })).toMatchObject({
      ok: false,
      error: { kind: 'field', side: 'ref', index: 1, error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(readDistributions({ ...HAND, policy: ['1.5', '-0.5'] })).toEqual({
      ok: false,
      error: {
        kind: 'entry',
        side: 'policy',
        index: 1,
        message: 'policy[1] must be finite and >= 0, got -0.5',
      },
    });
    expect(readDistributions({ ...HAND, ref: ['0.5', '0.6'] })).toEqual({
      ok: false,
      error: { kind: 'sum', side: 'ref', message: 'ref must sum to 1 (within 1e-9), got a sum of 1.1' },
    });
    expect(readDistributions({ ...HAND, policy: ['1e400', '0'] })).toMatchObject({
      ok: false,
      error: { kind: 'entry', side: 'policy', index: 0 },
    });
    expect(readDistributions({ ...HAND, ref: ['1', '0'] })).toEqual({
      ok: false,
      error: { kind: 'support', indices: [1] },
    });
    expect(readDistributions({ ...HAND, policy: ['1'], ref: ['1'] })).toEqual({
      ok: false,
      error: { kind: 'count' },
    });
  });

  it('skips tokens π never samples and notes π_ref mass there', () => {
    const view = viewOf({ ...HAND, policy: ['0.5', '0.5', '0'], ref: ['0.25', '0.5', '0.25'] });
    expect(view.tokens[2]).toBeNull();
    expect(view.refOnly).toEqual([2]);
    // E[k3] = KL − 0.25
    expect(view.expectations.k3).toBeCloseTo(view.kl - 0.25, 15);
  });

  it('accepts every preset, and the default is "close"', () => {
    for (const key of PRESET_KEYS) {
      expect(readDistributions({ ...DEFAULT_DRAFT, ...PRESETS[key] }).ok).toBe(true);
      expect(loadedPreset({ ...DEFAULT_DRAFT, ...PRESETS[key] })).toBe(key);
    }
    expect(loadedPreset(DEFAULT_DRAFT)).toBe('close');
    expect(loadedPreset(HAND)).toBeUndefined();
    // numpy: KL of "close" = 0.009324…; E[k2] = 0.009138… (biased low)
    const close = viewOf(DEFAULT_DRAFT);
    expect(formatValue(close.kl)).toBe('0.0093');
    expect(formatValue(close.expectations.k2)).toBe('0.0091');
  });
});

describe('readMonteCarlo', () => {
  const view = viewOf(HAND);
  it('runs lib with N and the seed, and lets lib refuse their ranges', () => {
    const run = readMonteCarlo({ n: '1000', seed: '1' }, view);
    expect(run.ok && run.result.n).toBe(1000);
    expect(run.ok && run.result.k3.negativeCount).toBe(0);
    // about half the draws are x₂, where k1 < 0
    expect(run.ok && run.result.k1.negativeCount).toBeGreaterThan(400);
    expect(readMonteCarlo({ n: '1', seed: '1' }, view)).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'n', message: 'n must be an integer in [2, 100000], got 1' },
    });
    expect(readMonteCarlo({ n: '100001', seed: '1' }, view)).toMatchObject({
      ok: false,
      error: { field: 'n' },
    });
    expect(readMonteCarlo({ n: '2.5', seed: '1' }, view)).toMatchObject({ ok: false, error: { field: 'n' } });
    expect(readMonteCarlo({ n: '10', seed: '-1' }, view)).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'seed', message: 'seed must be an integer in [0, 4294967295], got -1' },
    });
    expect(readMonteCarlo({ n: 'abc', seed: '1' }, view)).toEqual({
      ok: false,
      error: { kind: 'field', field: 'n', error: { kind: 'notNumber', text: 'abc' } },
    });
  });
});

describe('normalising, token counts and the share link', () => {
  it('rescales a side with lib and keeps the sum within 1e-9', () => {
    expect(normalisedSide(['5', '3', '2'])).toEqual(['0.5', '0.3', '0.2']);
    const thirds = normalisedSide(['1', '1', '1']);
    expect(thirds).toEqual(['0.333333333333', '0.333333333333', '0.333333333333']);
    expect(() => checkDistribution('p', thirds?.map(Number))).not.toThrow();
    const sixths = normalisedSide(['1', '1', '1', '1', '1', '1']);
    expect(() => checkDistribution('p', sixths?.map(Number))).not.toThrow();
    expect(normalisedSide(['-1', '2'])).toBeNull();
    expect(normalisedSide(['0', '0'])).toBeNull();
    expect(normalisedSide(['a', '1'])).toBeNull();
  });

  it('adds tokens at 0 and drops them from the end', () => {
    const two = withTokenCount(DEFAULT_DRAFT, 2);
    expect(two.policy).toEqual(['0.35', '0.25']);
    expect(withTokenCount(DEFAULT_DRAFT, 6).ref).toEqual(['0.3', '0.25', '0.2', '0.15', '0.1', '0']);
    expect(readDistributions(withTokenCount(DEFAULT_DRAFT, 6)).ok).toBe(true);
  });

  it('round-trips and ignores bad or foreign parameters', () => {
    const query = new URLSearchParams(encodeState(HAND)).toString();
    expect(decodeState(`?${query}`)).toEqual(HAND);
    expect(decodeState('?ppo-r=1')).toBeNull();
    // lists of different lengths, or of 1 or 7 tokens, fall back to the default pair
    expect(decodeState('?kl-p=0.5,0.5&kl-q=1,0,0')?.policy).toEqual(DEFAULT_DRAFT.policy);
    expect(decodeState('?kl-p=1&kl-q=1')?.ref).toEqual(DEFAULT_DRAFT.ref);
    expect(decodeState('?kl-n=0')).toEqual({ ...DEFAULT_DRAFT, n: '0' });
    expect(decodeState(`?kl-seed=${'9'.repeat(41)}`)?.seed).toBe('1');
  });
});
