/**
 * The chart kit's heatmap mark (components/ui/chart/heatmap.tsx), which the attention and
 * position labs added: quantisation, tick placement, and what it draws.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  cellTicks,
  heatLevel,
  HeatmapCells,
  HeatmapKey,
  heatmapPlot,
  levelOpacity,
} from '@/components/ui/chart/heatmap';

describe('heatmap helpers', () => {
  it('quantises |value| / max into levels, keeping the sign', () => {
    expect(heatLevel(0.5, 1, 8)).toEqual({ level: 4, negative: false });
    expect(heatLevel(-1, 1, 8)).toEqual({ level: 8, negative: true });
    expect(heatLevel(3, 1, 8)).toEqual({ level: 8, negative: false });
    expect(heatLevel(0.3, 0, 8)).toEqual({ level: 0, negative: false });
  });

  it('puts ticks at cell centres, every step-th cell', () => {
    expect(cellTicks(5, 2)).toEqual([0.5, 2.5, 4.5]);
    expect(cellTicks(3)).toEqual([0.5, 1.5, 2.5]);
  });

  it('keeps level 0 faintly visible and the top level below full opacity', () => {
    expect(levelOpacity(0, 8)).toBeGreaterThan(0);
    expect(levelOpacity(8, 8)).toBeLessThan(1);
  });

  it('puts row 0 at the top', () => {
    const plot = heatmapPlot({ rows: 4, columns: 4, width: 200, height: 200 });
    expect(plot.y(0)).toBeLessThan(plot.y(4));
  });
});

describe('HeatmapCells', () => {
  const plot = heatmapPlot({ rows: 2, columns: 2, width: 200, height: 200 });

  it('draws one path per colour bucket, hatches null cells and prints labels', () => {
    const html = renderToStaticMarkup(
      createElement(
        'svg',
        null,
        createElement(HeatmapCells, {
          plot,
          values: [
            [1, null],
            [-1, 1],
          ],
          labels: [
            ['a', ''],
            ['b', 'c'],
          ],
          outline: [{ row: 1, col: 0, cols: 2 }],
        }),
      ),
    );
    // buckets: +8 (two cells) and −8; then the hatch path
    expect(html.match(/<path /g)).toHaveLength(3);
    expect(html).toContain('fill="var(--pitfall)"');
    expect(html.match(/<text /g)).toHaveLength(3);
    expect(html).toContain('data-outline');
    expect(html).not.toMatch(/NaN/);
  });

  it('renders a key with the end labels', () => {
    const html = renderToStaticMarkup(createElement(HeatmapKey, { low: '−1', high: '1', range: 'signed' }));
    expect(html).toContain('−1');
    expect(html.match(/<rect /g)).toHaveLength(17);
  });
});
