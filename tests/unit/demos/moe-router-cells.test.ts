import { describe, expect, it } from 'vitest';
import {
  cellsFrom,
  parseCells,
  parseLogit,
  resizeExperts,
  resizeTokens,
  setCell,
} from '@/components/demos/moe-router/cells';
import { ALPHA, LOGIT_PRESETS, MAX_EXPERTS, MAX_TOKENS } from '@/components/demos/moe-router/presets';
import { routeTokens } from '@/components/demos/moe-router/route';

describe('parseLogit', () => {
  it('reads decimals, the Unicode minus and −∞', () => {
    expect(parseLogit(' \u22121.5 ')).toBe(-1.5);
    expect(parseLogit('2e-1')).toBe(0.2);
    for (const t of ['-inf', '-Infinity', '\u2212∞', '-INF']) expect(parseLogit(t)).toBe(-Infinity);
    expect(parseLogit('1e400')).toBe(Infinity);
  });

  it('rejects what is not a number', () => {
    for (const t of ['', 'NaN', 'inf', 'abc', '😀', '1,5', '1\u0301', '\ud800'])
      expect(parseLogit(t)).toBeNull();
  });
});

describe('cells', () => {
  it('parse back what cellsFrom writes, and point at the first bad cell', () => {
    expect(parseCells(cellsFrom([[1, -Infinity]]))).toEqual({ ok: true, logits: [[1, -Infinity]] });
    expect(
      parseCells([
        ['1', '0'],
        ['x', '2'],
      ]),
    ).toEqual({ ok: false, token: 1, expert: 0, text: 'x' });
  });

  it('edit one cell and resize within the limits', () => {
    const cells = cellsFrom(LOGIT_PRESETS.mixed);
    expect(setCell(cells, 0, 1, '9')[0]).toEqual(['2', '9', '-1', '0.1']);
    expect(resizeTokens(cells, 1)).toHaveLength(7);
    expect(resizeTokens(cells, 1)[6]).toEqual(['0', '0', '0', '0']);
    expect(resizeTokens([['1', '2']], -1)).toEqual([['1', '2']]);
    expect(resizeExperts(cells, 1)[0]).toHaveLength(5);
    expect(resizeExperts([['1', '2']], -1)).toEqual([['1', '2']]);
    const full = Array.from({ length: MAX_TOKENS }, () => Array<string>(MAX_EXPERTS).fill('0'));
    expect(resizeTokens(full, 1)).toHaveLength(MAX_TOKENS);
    expect(resizeExperts(full, 1)[0]).toHaveLength(MAX_EXPERTS);
  });
});

describe('routeTokens', () => {
  it('gives α for perfectly balanced routing at top-1 (Switch Transformer eq. 4) and 2α at top-2 (HF)', () => {
    // Switch §2.2: under uniform routing Σ fᵢ·Pᵢ = 1/N, so α·N·Σ fᵢ·Pᵢ = α = 10⁻²
    expect(ALPHA).toBe(0.01);
    expect(routeTokens(LOGIT_PRESETS.balanced, 1, false, null).auxLoss).toBeCloseTo(0.01, 15);
    // HF load_balancing_loss_func counts each of the k choices: balanced gives k (its test expects 2 for Mixtral)
    expect(routeTokens(LOGIT_PRESETS.balanced, 2, true, null).auxLoss).toBeCloseTo(0.02, 15);
    expect(routeTokens([[0, 0, 0, 0]], 1, false, null).auxLoss).toBeCloseTo(0.01, 15);
  });

  it('rises towards N·α when routing collapses onto one expert', () => {
    // every token: p(expert 1) = e⁴/(e⁴ + 3), f = [1, 0, 0, 0] → α · 4 · e⁴/(e⁴ + 3) = 0.0379166
    const v = routeTokens(LOGIT_PRESETS.collapse, 1, false, 1.25);
    expect(v.auxLoss).toBeCloseTo(0.0379166, 6);
    expect(v.auxLoss).toBeLessThan(4 * ALPHA);
    // capacity ⌈1.25 · 6 · 1/4⌉ = 2: tokens 3 … 6 are dropped
    expect(v.capacity).toBe(2);
    expect(v.routing.dropped).toEqual([
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
    ]);
    expect(v.requested).toEqual([6, 0, 0, 0]);
    expect(v.droppedPerExpert).toEqual([4, 0, 0, 0]);
  });

  it('fills expert slots first-come-first-served and keeps raw or renormalised gates', () => {
    const v = routeTokens(LOGIT_PRESETS.mixed, 1, false, 1.25);
    // tokens 1, 2, 4, 6 choose expert 1; with C = 2, tokens 4 and 6 (indices 3, 5) find it full
    expect(v.routing.dropped).toEqual([
      [3, 0],
      [5, 0],
    ]);
    expect(v.routing.load).toEqual([2, 1, 1, 0]);
    expect(routeTokens(LOGIT_PRESETS.mixed, 1, true, null).routing.weights.every((w) => w[0] === 1)).toBe(
      true,
    );
    const top2 = routeTokens(LOGIT_PRESETS.mixed, 2, true, null).routing.weights;
    top2.forEach(([a, b]) => expect(a! + b!).toBeCloseTo(1, 15));
    expect(routeTokens(LOGIT_PRESETS.mixed, 2, false, null).capacity).toBeNull();
  });

  it('throws lib’s errors for bad logits', () => {
    expect(() => routeTokens([[-Infinity, -Infinity]], 1, false, null)).toThrow(RangeError);
    expect(() => routeTokens([[0, Infinity]], 1, false, null)).toThrow(/finite or -Infinity/);
    expect(() => routeTokens([[0, 1], [0]], 1, false, null)).toThrow(RangeError);
  });
});
