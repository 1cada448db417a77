/**
 * The reward-model fit view's data and pure helpers: the two datasets as described, the form read
 * through lib, the probes and the table steps.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS, PROBES } from '@/components/demos/reward-model/data';
import {
  DEFAULT_FIT,
  fitCurves,
  pairRows,
  probeView,
  readFit,
  tableSteps,
} from '@/components/demos/reward-model/fit-compute';

const meanDelta = (key: keyof typeof DATASETS) =>
  [0, 1, 2].map(
    (j) =>
      DATASETS[key].reduce((s, p) => s + (p.chosen[j] ?? 0) - (p.rejected[j] ?? 0), 0) / DATASETS[key].length,
  );

describe('datasets', () => {
  it('hold 12 pairs of three features each', () => {
    for (const set of Object.values(DATASETS)) {
      expect(set).toHaveLength(12);
      for (const p of set) expect([p.chosen.length, p.rejected.length]).toEqual([3, 3]);
    }
  });

  it('clean: correctness decides, length points both ways', () => {
    // Σ Δx over the 12 pairs = [7, −3, 1] (counted by hand from data.ts)
    const [c, l, p] = meanDelta('clean');
    expect(c).toBeCloseTo(7 / 12, 15);
    expect(l).toBeCloseTo(-3 / 12, 15);
    expect(p).toBeCloseTo(1 / 12, 15);
    for (const pair of DATASETS.clean) expect(pair.chosen[0]).toBeGreaterThanOrEqual(pair.rejected[0] ?? 0);
  });

  it('length: the longer answer is chosen in 10 of 12 pairs', () => {
    // Σ Δx = [−1, 22, 0]
    const [c, l, p] = meanDelta('length');
    expect(c).toBeCloseTo(-1 / 12, 15);
    expect(l).toBeCloseTo(22 / 12, 15);
    expect(p).toBe(0);
    expect(DATASETS.length.filter((x) => (x.chosen[1] ?? 0) > (x.rejected[1] ?? 0))).toHaveLength(10);
  });
});

describe('readFit', () => {
  it('runs the default fit: 201 states from w = 0 at ln 2', () => {
    const r = readFit(DEFAULT_FIT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.history).toHaveLength(201);
    expect(r.history[0]?.loss).toBeCloseTo(Math.LN2, 15);
    // first step: w₁ = (η/2)·mean Δx = 0.25 · [7/12, −1/4, 1/12]
    expect(r.history[1]?.weights[0]).toBeCloseTo(0.25 * (7 / 12), 15);
    expect(r.history[1]?.weights[1]).toBeCloseTo(-0.0625, 15);
  });

  it('never ranks more than 11 clean pairs right (pairs 11 and 12 contradict)', () => {
    const r = readFit({ ...DEFAULT_FIT, steps: '2000' });
    if (!r.ok) throw new Error('bad');
    expect(Math.max(...r.history.map((s) => s.correct))).toBe(11);
  });

  it('refuses bad settings with the field named', () => {
    expect(readFit({ ...DEFAULT_FIT, lr: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'lr', error: { kind: 'empty' } },
    });
    const zero = readFit({ ...DEFAULT_FIT, lr: '0' });
    expect(zero.ok === false && zero.error.kind === 'lib' && zero.error.fields).toEqual(['lr']);
    const steps = readFit({ ...DEFAULT_FIT, steps: '5001' });
    expect(steps.ok === false && steps.error.kind === 'lib' && steps.error.fields).toEqual(['steps']);
    const half = readFit({ ...DEFAULT_FIT, steps: '2.5' });
    expect(half.ok).toBe(false);
    const l2 = readFit({ ...DEFAULT_FIT, l2: '-1' });
    expect(l2.ok === false && l2.error.kind === 'lib' && l2.error.fields).toEqual(['l2']);
    const diverge = readFit({ ...DEFAULT_FIT, lr: '1e6', l2: '1' });
    expect(diverge.ok === false && diverge.error.kind === 'lib' && diverge.error.fields).toEqual([
      'lr',
      'l2',
    ]);
  });
});

describe('probes, rows and steps', () => {
  it('score the probes with w·x', () => {
    // w = [2, 0.5, 1]: short [1, 1, 1] → 3.5; long [0, 5, 1] → 3.5; a tie → σ(0) = ½
    const v = probeView([2, 0.5, 1]);
    expect([v.short, v.long, v.longWins]).toEqual([3.5, 3.5, 0.5]);
    expect(PROBES.long[1]).toBe(5);
  });

  it('mark each pair right, wrong or tied', () => {
    const rows = pairRows(DATASETS.clean, [1, 0, 0]);
    // with only the correctness weight, the 7 pairs that differ in correctness are right, 5 tie
    expect(rows.filter((r) => r.verdict === 'right')).toHaveLength(7);
    expect(rows.filter((r) => r.verdict === 'tie')).toHaveLength(5);
    expect(rows[0]?.diff).toBe(1);
  });

  it('list every tenth step, or all of a short run', () => {
    expect(tableSteps(200)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(tableSteps(3)).toEqual([0, 1, 2, 3]);
    expect(tableSteps(0)).toEqual([0]);
  });

  it('thin long runs for the chart but keep the last step', () => {
    const r = readFit({ ...DEFAULT_FIT, steps: '5000' });
    if (!r.ok) throw new Error('bad');
    const c = fitCurves(r.history);
    expect(c.loss.length).toBeLessThanOrEqual(402);
    expect(c.loss.at(-1)?.[0]).toBe(5000);
    expect(c.top).toBe(1);
  });
});
