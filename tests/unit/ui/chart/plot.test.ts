import { describe, expect, it } from 'vitest';
import { areaPath, createPlot, linePath } from '@/components/ui/chart/plot';

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
/** 100 × 100 pixels for [0, 1] × [0, 1], so a path's numbers read as percentages. */
const unit = createPlot({
  width: 100,
  height: 100,
  margin: NO_MARGIN,
  x: { domain: [0, 1] },
  y: { domain: [0, 1] },
});

describe('createPlot', () => {
  it('places x between the side margins and y upwards between the top and bottom ones', () => {
    const plot = createPlot({
      width: 300,
      height: 200,
      margin: { left: 46, right: 14, top: 12, bottom: 40 },
      x: { domain: [0, 1] },
      y: { domain: [0, 1] },
    });
    // 46 + 0.5 · (300 − 46 − 14) = 166; y(0) at 200 − 40, y(1) at the top margin
    expect(plot.x(0.5)).toBe(166);
    expect(plot.y(0)).toBe(160);
    expect(plot.y(1)).toBe(12);
  });

  it('builds a log x scale when asked', () => {
    const plot = createPlot({
      width: 110,
      height: 50,
      margin: { ...NO_MARGIN, left: 10 },
      x: { domain: [1, 100], type: 'log' },
      y: { domain: [0, 1] },
    });
    // log10(10) is halfway between log10(1) and log10(100)
    expect(plot.x(10)).toBe(60);
    expect(plot.x.type).toBe('log');
  });

  it('throws when the margins leave no room', () => {
    expect(() => createPlot({ width: 50, height: 50, x: { domain: [0, 1] }, y: { domain: [0, 1] } })).toThrow(
      RangeError,
    );
  });
});

describe('linePath', () => {
  it('joins points with straight segments, y up', () => {
    expect(
      linePath(unit, [
        [0, 0],
        [0.5, 1],
        [1, 0.5],
      ]),
    ).toBe('M0,100L50,0L100,50');
  });

  it('steps across then up or down for step-after (d3 curveStepAfter, sklearn PR curves)', () => {
    expect(
      linePath(
        unit,
        [
          [0, 0],
          [0.5, 1],
          [1, 0.5],
        ],
        'step-after',
      ),
    ).toBe('M0,100H50V0H100V50');
  });

  it('draws nothing for no points and a bare move for one', () => {
    expect(linePath(unit, [])).toBe('');
    expect(linePath(unit, [[0.25, 0.25]])).toBe('M25,75');
  });

  it('rounds to two decimals', () => {
    expect(linePath(unit, [[1 / 3, 2 / 3]])).toBe('M33.33,33.33');
  });
});

describe('areaPath', () => {
  it('closes the line down to the base and back to the first x', () => {
    expect(
      areaPath(unit, [
        [0, 0],
        [0.5, 1],
        [1, 1],
      ]),
    ).toBe('M0,100L50,0L100,0V100H0Z');
    expect(
      areaPath(
        unit,
        [
          [0, 1],
          [1, 1],
        ],
        'linear',
        0.5,
      ),
    ).toBe('M0,0L100,0V50H0Z');
  });

  it('is empty without points', () => {
    expect(areaPath(unit, [])).toBe('');
  });
});
