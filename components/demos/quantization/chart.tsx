import { useLocale } from '@/components/demos/use-locale';
import { Bars, Chart, createPlot, RuleX, RuleY } from '@/components/ui/chart';
import { formatScientific } from '@/lib/format';

const TITLE = { zh: '原始权重与反量化后的权重', en: 'Original and dequantized weights' };

/**
 * Original (grey) and dequantized (accent) value of every weight as paired bars around 0, the
 * grid of group 1 as dashed lines (when it is small enough to draw) and group boundaries.
 * The demo's group table lists the same numbers, so the chart carries no table of its own.
 */
export function QuantChart({
  x,
  xHat,
  grid,
  groupSize,
  label,
}: {
  x: readonly number[];
  xHat: readonly number[];
  grid: readonly number[];
  groupSize: number;
  label: string;
}) {
  const title = TITLE[useLocale()];
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
      title={title}
      summary={label}
      y={{ ticks: [hi, 0, lo], format: (v) => formatScientific(v, 2) }}
      fontSize={12}
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
          strokeDasharray="3 3"
        />
      ))}
      <RuleY plot={plot} y={0} strokeOpacity={0.6} />
      <Bars plot={plot} bars={[...bars(x, 0.12, 'var(--muted)'), ...bars(xHat, 0.52, 'var(--accent)')]} />
      {x.map((_, i) =>
        i > 0 && i % groupSize === 0 ? (
          <RuleX key={i} plot={plot} x={i} stroke="var(--line)" strokeWidth={2} />
        ) : null,
      )}
    </Chart>
  );
}
