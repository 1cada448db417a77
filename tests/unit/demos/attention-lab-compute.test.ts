/**
 * The attention lab's pipeline (`runLab`) on hand-checkable inputs: uniform weights from a zero
 * query, the ALiBi bias of the 8-head slope 1/2 (Press et al. 2022, §3), RoPE scores cos(i − j),
 * and every bad input returned as an error, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { runLab, type LabSettings } from '@/components/demos/attention-lab/compute';
import { defaultCells, type Cells } from '@/components/demos/attention-lab/presets';

const base: LabSettings = {
  n: 5,
  dk: 2,
  mask: 'causal',
  prefixLength: 3,
  window: 3,
  position: 'none',
  headsText: '8',
  head: 1,
};

/** Default cells with query row `row` set to zeros. */
function zeroQuery(row: number): Cells {
  const cells = defaultCells();
  cells.q[row] = ['0', '0', '0', '0'];
  return cells;
}

const view = (cells: Cells, s: Partial<LabSettings>) => {
  const r = runLab(cells, { ...base, ...s });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.view;
};

describe('runLab', () => {
  it('gives a zero query equal weight over the keys it may see (causal: 1/3 each for query 3)', () => {
    const v = view(zeroQuery(2), {});
    expect(v.weights[2]!.slice(0, 3).map((w) => Number(w.toFixed(6)))).toEqual([
      0.333333, 0.333333, 0.333333,
    ]);
    expect(v.weights[2]!.slice(3)).toEqual([0, 0]);
    expect(v.masked[2]!.slice(3)).toEqual([-Infinity, -Infinity]);
  });

  it('every weight row sums to 1 and the output is weights · V', () => {
    for (const mask of ['full', 'causal', 'prefix', 'sliding'] as const) {
      const v = view(defaultCells(), { mask, dk: 4 });
      v.weights.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const expected = [0, 1, 2, 3].map((t) => row.reduce((acc, w, j) => acc + w * v.v[j]![t]!, 0));
        v.output[i]!.forEach((o, t) => expect(o).toBeCloseTo(expected[t]!, 12));
      });
    }
  });

  it('adds ALiBi’s −m·(i − j) with the 8-head slope 1/2: softmax(−1, −0.5, 0) for a zero query', () => {
    const v = view(zeroQuery(2), { position: 'alibi' });
    expect(v.slope).toBe(0.5);
    expect(v.bias![2]!.slice(0, 3)).toEqual([-1, -0.5, 0]);
    // e^−1 = 0.367879, e^−0.5 = 0.606531, e^0 = 1; sum 1.974410
    expect(v.weights[2]![0]).toBeCloseTo(0.186324, 6);
    expect(v.weights[2]![1]).toBeCloseTo(0.307196, 6);
    expect(v.weights[2]![2]).toBeCloseTo(0.50648, 6);
  });

  it('uses the chosen head’s slope and clamps the head to the head count', () => {
    expect(view(defaultCells(), { position: 'alibi', head: 8 }).slope).toBe(1 / 256);
    expect(view(defaultCells(), { position: 'alibi', headsText: '2', head: 8 }).head).toBe(2);
  });

  it('rotates q and k by position under RoPE: q = k = (1, 0) everywhere gives cos(i − j)/√2', () => {
    const cells = defaultCells();
    cells.q = cells.q.map(() => ['1', '0', '0', '0']);
    cells.k = cells.k.map(() => ['1', '0', '0', '0']);
    const v = view(cells, { position: 'rope', mask: 'full' });
    // θ = 1 for a single pair: rotated dot product cos(i·1 − j·1)
    expect(v.scores[3]![1]).toBeCloseTo(Math.cos(2) / Math.SQRT2, 12);
    expect(v.scores[1]![3]).toBeCloseTo(Math.cos(-2) / Math.SQRT2, 12);
    expect(v.qRot![1]).toEqual([Math.cos(1), Math.sin(1)]);
  });

  it('prefix: a query inside the prefix sees the whole prefix; sliding: only the last w keys', () => {
    expect(view(defaultCells(), { mask: 'prefix', prefixLength: 3 }).allowed[1]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(view(defaultCells(), { mask: 'sliding', window: 2 }).allowed[4]).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('returns the first bad cell instead of throwing', () => {
    const cells = defaultCells();
    cells.k[1]![0] = '';
    cells.v[0]![0] = 'x';
    expect(runLab(cells, base)).toEqual({
      ok: false,
      error: { kind: 'cell', cell: { matrix: 'k', row: 1, col: 0 }, error: { kind: 'empty' } },
    });
  });

  it('ignores cells outside the n × d_k shown', () => {
    const cells = defaultCells();
    cells.q[5]![3] = 'NaN';
    expect(runLab(cells, base).ok).toBe(true);
  });

  it('reports 0 heads (lib’s RangeError) and an unreadable head count', () => {
    const zero = runLab(defaultCells(), { ...base, position: 'alibi', headsText: '0' });
    expect(zero.ok === false && zero.error.kind).toBe('headsRange');
    const text = runLab(defaultCells(), { ...base, position: 'alibi', headsText: '' });
    expect(text.ok === false && text.error).toEqual({ kind: 'heads', error: { kind: 'empty' } });
  });

  it('reports an odd d_k under RoPE (lib’s RangeError), but not without RoPE', () => {
    const odd = runLab(defaultCells(), { ...base, dk: 3, position: 'rope' });
    expect(odd.ok === false && odd.error.kind).toBe('ropeOdd');
    expect(runLab(defaultCells(), { ...base, dk: 3 }).ok).toBe(true);
  });
});
