/**
 * The context-cost demo's pure helpers: reading the form into lib's contextCost for three policies,
 * marking the field a lib error names, the dollar format, the cache presets and the `cc2-` link.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DRAFT,
  formatUsd,
  invalidFields,
  loadedCachePreset,
  readDraft,
  type Draft,
  type Field,
} from '@/components/demos/context-cost/model';
import { decodeState, encodeState } from '@/components/demos/context-cost/url-state';

const withFields = (patch: Partial<Record<Field, string>>, rest: Partial<Draft> = {}): Draft => ({
  ...DEFAULT_DRAFT,
  ...rest,
  fields: { ...DEFAULT_DRAFT.fields, ...patch },
});

describe('readDraft', () => {
  it('runs the three policies on the default task (s = 2000, t = 500, n = 20, w = 4, e = 5, σ = 400)', () => {
    const reading = readDraft(DEFAULT_DRAFT);
    if (!reading.ok) throw new Error('default draft rejected');
    const { full, window, summary } = reading.results;
    // 20 · 2000 + 500 · 190
    expect(full.totals.input).toBe(135_000);
    // 2000 + 2500 + 3000 + 3500 + 4000, then 15 · 4000
    expect(window.totals.input).toBe(75_000);
    // steps: 15,000 + 3 · 17,000; summariser calls after steps 5, 10, 15: 4,500 + 4,900 + 4,900
    expect(summary.totals.input).toBe(66_000 + 14_300);
    expect(summary.summaries).toHaveLength(3);
    // 75,000 · $5/M + 2,000 · $25/M
    expect(formatUsd(window.cost.total)).toBe('$0.4250');
    expect(formatUsd(full.cost.total)).toBe('$0.7250');
    expect(formatUsd(summary.cost.total)).toBe('$0.4815');
  });

  it('with caching, full history beats the sliding window', () => {
    const reading = readDraft({ ...DEFAULT_DRAFT, caching: true });
    if (!reading.ok) throw new Error('rejected');
    const { full, window } = reading.results;
    // fresh 11,500 · 1.25 + cached 123,500 · 0.1 = 26,725 → · 5e-6 + 0.05
    expect(full.totals.cached).toBe(123_500);
    expect(formatUsd(full.cost.total)).toBe('$0.1836');
    // fresh 34,000 · 1.25 + cached 41,000 · 0.1 = 46,600 → · 5e-6 + 0.05
    expect(window.totals.cached).toBe(41_000);
    expect(formatUsd(window.cost.total)).toBe('$0.2830');
  });

  it('stops text that is not a number and marks the field', () => {
    for (const text of ['', 'abc', 'NaN', '🙂', '1\u0301', '\ud800']) {
      const reading = readDraft(withFields({ step: text }));
      expect(reading.ok).toBe(false);
      if (reading.ok) continue;
      expect(reading.error.kind).toBe('field');
      expect(invalidFields(reading)).toEqual(['step']);
    }
  });

  it('passes lib range errors through with the fields they name', () => {
    const cases: [Partial<Record<Field, string>>, RegExp, Field[]][] = [
      [{ system: '-5' }, /^systemTokens must be an integer/, ['system']],
      [{ steps: '0' }, /^steps must be an integer in \[1, 10000\]/, ['steps']],
      [{ steps: '2.5' }, /^steps must be/, ['steps']],
      [{ output: '900' }, /^outputTokens must be <= stepTokens/, ['step', 'output']],
      [{ window: '0' }, /^policy\.window must be/, ['window']],
      [{ every: '1e400' }, /^policy\.every must be .*got Infinity$/, ['every']],
      [{ summary: '-1' }, /^policy\.summaryTokens must be/, ['summary']],
      [{ priceIn: '-3' }, /^inputPricePerMillion must be finite and >= 0/, ['priceIn']],
      [{ readFactor: '2' }, /^caching\.readFactor must be in \[0, 1\]/, ['readFactor']],
      [{ writeFactor: '0.5' }, /^caching\.writeFactor must be in \[1, 10\]/, ['writeFactor']],
    ];
    for (const [patch, message, fields] of cases) {
      const reading = readDraft(withFields(patch));
      if (reading.ok || reading.error.kind !== 'lib') throw new Error(`accepted ${JSON.stringify(patch)}`);
      expect(reading.error.message).toMatch(message);
      expect(invalidFields(reading)).toEqual(fields);
    }
  });

  it('checks the cache factors even with caching off (lib validates them)', () => {
    expect(readDraft(withFields({ readFactor: '3' })).ok).toBe(false);
  });

  it('caps the steps it draws at 1,000', () => {
    const reading = readDraft(withFields({ steps: '1001' }));
    expect(reading.ok ? null : reading.error).toEqual({ kind: 'tooManySteps', steps: 1001 });
    expect(readDraft(withFields({ steps: '1000' })).ok).toBe(true);
  });
});

describe('formatUsd', () => {
  it('prints whole dollars, cents, four decimals or two significant digits', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(1234.5)).toBe('$1,235');
    expect(formatUsd(12.3456)).toBe('$12.35');
    expect(formatUsd(0.0975)).toBe('$0.0975');
    expect(formatUsd(0.0000042)).toBe('$0.0000042');
    expect(() => formatUsd(Number.NaN)).toThrow(RangeError);
  });
});

describe('cache presets', () => {
  it('names the preset the factors match, only with caching on', () => {
    expect(loadedCachePreset(DEFAULT_DRAFT)).toBeUndefined();
    expect(loadedCachePreset({ ...DEFAULT_DRAFT, caching: true })).toBe('anthropic5m');
    expect(loadedCachePreset(withFields({ readFactor: '0.5', writeFactor: '1' }, { caching: true }))).toBe(
      'openaiGpt4o',
    );
    expect(loadedCachePreset(withFields({ writeFactor: '2.00' }, { caching: true }))).toBe('anthropic1h');
    expect(loadedCachePreset(withFields({ readFactor: '0.2' }, { caching: true }))).toBeUndefined();
  });
});

describe('url state', () => {
  it('round-trips a draft under cc2- keys', () => {
    const draft = withFields(
      { system: '1000', steps: '10', summary: '300' },
      { policy: 'summary', caching: true },
    );
    const params = encodeState(draft);
    expect(Object.keys(params).every((k) => k.startsWith('cc2-'))).toBe(true);
    expect(params['cc2-p']).toBe('summary');
    expect(params['cc2-c']).toBe('1');
    expect(decodeState(`?x=1&${new URLSearchParams(params).toString()}`)).toEqual(draft);
  });

  it('ignores other demos’ keys and falls back field by field', () => {
    expect(decodeState('?cc-p=0.5,0.5&cc-set=1')).toBeNull();
    expect(decodeState('')).toBeNull();
    const odd = decodeState(`?cc2-p=lru&cc2-c=yes&cc2-n=${'9'.repeat(41)}&cc2-s=abc`);
    expect(odd?.policy).toBe(DEFAULT_DRAFT.policy);
    expect(odd?.caching).toBe(false);
    expect(odd?.fields.steps).toBe(DEFAULT_DRAFT.fields.steps);
    // typed text comes back as typed: the demo's usual message explains it
    expect(odd?.fields.system).toBe('abc');
  });
});
