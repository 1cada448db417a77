/**
 * The agent-reliability demo's pure helpers: clamping when n shrinks, reading a typed list of
 * per-step chances (odd Unicode included), reading a draft through lib/, and the `rel-` address.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHAIN,
  DEFAULT_PASS,
  decodeState,
  encodeChain,
  encodePass,
  MAX_LIST,
  parseStepList,
  readChain,
  withTrials,
} from '@/components/demos/agent-reliability/state';

describe('withTrials', () => {
  it('pulls c and k down to n and says so', () => {
    expect(withTrials({ n: 8, c: 6, k: 4 }, 3)).toEqual({
      state: { n: 3, c: 3, k: 3 },
      clamp: { c: [6, 3], k: [4, 3] },
    });
    expect(withTrials({ n: 8, c: 6, k: 4 }, 5)).toEqual({
      state: { n: 5, c: 5, k: 4 },
      clamp: { c: [6, 5] },
    });
    expect(withTrials({ n: 8, c: 6, k: 4 }, 20)).toEqual({ state: { n: 20, c: 6, k: 4 }, clamp: null });
  });
});

describe('parseStepList', () => {
  it('reads commas, full-width commas, semicolons and spaces', () => {
    expect(parseStepList('0.9, 0.8 0.5')).toEqual({ ok: true, values: [0.9, 0.8, 0.5] });
    expect(parseStepList('0.9，0.8、.5；9.5e-1\n1')).toEqual({ ok: true, values: [0.9, 0.8, 0.5, 0.95, 1] });
    // out-of-range numbers pass here: lib's range check names the entry
    expect(parseStepList('1.5, \u22120.1')).toEqual({ ok: true, values: [1.5, -0.1] });
  });

  it('refuses what is not a list of numbers, with the position', () => {
    expect(parseStepList('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseStepList(' , ,')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseStepList('0.9, NaN')).toEqual({
      ok: false,
      error: { kind: 'notNumber', index: 1, text: 'NaN' },
    });
    expect(parseStepList('🙂')).toEqual({ ok: false, error: { kind: 'notNumber', index: 0, text: '🙂' } });
    expect(parseStepList('0.5\u0301')).toEqual({
      ok: false,
      error: { kind: 'notNumber', index: 0, text: '0.5\u0301' },
    });
    expect(parseStepList('\uDC00')).toEqual({
      ok: false,
      error: { kind: 'notNumber', index: 0, text: '\uDC00' },
    });
    expect(parseStepList('Infinity')).toMatchObject({ ok: false });
    const many = Array.from({ length: MAX_LIST + 1 }, () => '0.9').join(',');
    expect(parseStepList(many)).toEqual({ ok: false, error: { kind: 'tooMany', count: MAX_LIST + 1 } });
    expect(parseStepList('0.9 '.repeat(1000))).toEqual({ ok: false, error: { kind: 'tooLong' } });
  });
});

describe('readChain', () => {
  it('reads the default: 0.95^20 without retries, 0.9975^20 with one', () => {
    const reading = readChain(DEFAULT_CHAIN);
    if (!reading.ok) throw new Error('default must read');
    expect(reading.view.plain.success).toBeCloseTo(0.3585, 4);
    expect(reading.view.retried.success).toBeCloseTo(0.9512, 4);
    expect(reading.view.plain.expectedCalls).toBeCloseTo(12.83, 2);
    expect(reading.view.retried.expectedCalls).toBeCloseTo(20.51, 2);
    expect(reading.view.retried.maxCalls).toBe(40);
  });

  it('uses the same object twice when r = 0, and reads lists', () => {
    const reading = readChain({ ...DEFAULT_CHAIN, mode: 'list', list: '0.9 0.8 0.5', r: 0 });
    if (!reading.ok) throw new Error('list must read');
    expect(reading.view.retried).toBe(reading.view.plain);
    expect(reading.view.plain.success).toBeCloseTo(0.36, 15);
  });

  it('reports field and lib errors without throwing', () => {
    expect(readChain({ ...DEFAULT_CHAIN, p: 'x' })).toEqual({
      ok: false,
      error: { kind: 'p', error: { kind: 'notNumber', text: 'x' } },
    });
    expect(readChain({ ...DEFAULT_CHAIN, p: '2' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'p', message: 'p must be in [0, 1], got 2' },
    });
    expect(readChain({ ...DEFAULT_CHAIN, p: '1e400' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'p', message: 'p must be in [0, 1], got Infinity' },
    });
    expect(readChain({ ...DEFAULT_CHAIN, mode: 'list', list: '0.5, -1' })).toEqual({
      ok: false,
      error: { kind: 'lib', field: 'list', message: 'stepProbs[1] must be in [0, 1], got -1' },
    });
  });
});

describe('the address', () => {
  it('round-trips both parts', () => {
    const pass = { n: 10, c: 5, k: 2 };
    const chain = { ...DEFAULT_CHAIN, mode: 'list' as const, list: '0.9, 0.8', r: 2 };
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...encodePass(pass), ...encodeChain(chain) })) {
      if (value !== null) query.set(key, value);
    }
    expect(query.has('rel-p')).toBe(false);
    expect(decodeState(`?${query}`)).toEqual({
      pass,
      chain: { ...chain, p: DEFAULT_CHAIN.p, m: DEFAULT_CHAIN.m },
    });
  });

  it('ignores other demos and falls back per field', () => {
    expect(decodeState('?kl-p=1')).toEqual({ pass: null, chain: null });
    // c out of range for n = 4 falls back to min(default c, n); k is kept
    expect(decodeState('?rel-n=4&rel-c=9&rel-k=3').pass).toEqual({ n: 4, c: 4, k: 3 });
    expect(decodeState('?rel-n=abc&rel-c=2').pass).toEqual({ ...DEFAULT_PASS, c: 2 });
    expect(decodeState('?rel-n=1e1').pass?.n).toBe(DEFAULT_PASS.n);
    // typed fields come back as typed (the demo then shows its message); sliders only in range
    expect(decodeState('?rel-p=abc&rel-m=500&rel-r=9').chain).toEqual({ ...DEFAULT_CHAIN, p: 'abc' });
    expect(decodeState('?rel-list=0.9,0.8').chain?.mode).toBe('list');
    expect(decodeState(`?rel-p=${'9'.repeat(500)}`).chain?.p).toBe(DEFAULT_CHAIN.p);
  });
});
