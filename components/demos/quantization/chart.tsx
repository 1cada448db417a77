import { Bars, Chart, createPlot, RuleX, RuleY, type LegendItem } from '@/components/ui/chart';
import { formatScientific } from '@/lib/format';
import type { DemoText } from './text';

/** Colours of the marks, shared by the bars and their legend swatches. */
const ORIGINAL = 'var(--muted)';
const DEQUANTIZED = 'var(--accent)';
const GRID_DASH = '3 3';

/**
 * Original (grey) and dequantized (accent) value of every weight as paired bars around 0, the
 * grid of group 1 as dashed lines (when it is small enough to draw; pass `[]` otherwise) and
 * group boundaries, with a legend of what is drawn. The demo's group table lists the same
 * numbers, so the chart carries no table of its own.
 */
export function QuantChart({
  t,
  x,
  xHat,
  grid,
  groupSize,
  label,
}: {
  t: DemoText;
  x: readonly number[];
  xHat: readonly number[];
  grid: readonly number[];
  groupSize: number;
  label: string;
}) {
  const legend: LegendItem[] = [
    { label: t.original, kind: 'rect', color: ORIGINAL },
    { label: t.dequantized, kind: 'rect', color: DEQUANTIZED },
  ];
  if (grid.length > 0)
    legend.push({ label: t.gridLines, kind: 'line', color: 'currentColor', dash: GRID_DASH });
  const all = [...x, ...xHat, 0];
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  // One unit of x per weight; the linear scale stays finite for values near ±Number.MAX_VALUE.
  const plot = createPlot({
    width: 560,
    height: 200,
    margin: { left: 44, right: 8, top: 10, bottom: 10 },
    x: { domain: [0, Math.max(1, x.length)] },
    y: { domain: [lo, hi] },
  });
  const bars = (values: readonly number[], offset: number, fill: string) =>
    values.map((v, i) => ({ x0: i + offset, x1: i + offset + 0.36, y0: 0, y1: v, fill }));
  const firstGroupEnd = Math.min(groupSize, x.length);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={label}
      y={{ ticks: [hi, 0, lo], format: (v) => formatScientific(v, 2) }}
      fontSize={12}
      legend={legend}
      legendClassName="text-xs text-muted"
      className="mt-3"
    >
      {grid.map((g) => (
        <RuleY
          key={g}
          plot={plot}
          y={g}
          x0={0}
          x1={firstGroupEnd}
          strokeOpacity={0.35}
          strokeDasharray={GRID_DASH}
        />
      ))}
      <RuleY plot={plot} y={0} strokeOpacity={0.6} />
      <Bars plot={plot} bars={[...bars(x, 0.12, ORIGINAL), ...bars(xHat, 0.52, DEQUANTIZED)]} />
      {x.map((_, i) =>
        i > 0 && i % groupSize === 0 ? (
          <RuleX key={i} plot={plot} x={i} stroke="var(--line)" strokeWidth={2} />
        ) : null,
      )}
    </Chart>
  );
}
