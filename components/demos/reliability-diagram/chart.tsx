import {
  Bars,
  Chart,
  createPlot,
  Dots,
  Label,
  Segment,
  type BarDatum,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import type { CalibrationBin } from '@/lib/metrics';
import type { ReliabilityText } from './text';

const plot = createPlot({
  width: 420,
  height: 330,
  // the top margin holds the row of bin counts
  margin: { left: 46, right: 14, top: 30, bottom: 40 },
  x: { domain: [0, 1] },
  y: { domain: [0, 1] },
});

const GAP_OPACITY = 0.3;

/** A bin that holds predictions (the others have null accuracy and confidence). */
type FilledBin = CalibrationBin & { accuracy: number; confidence: number };
const filled = (b: CalibrationBin): b is FilledBin => b.accuracy !== null && b.confidence !== null;

/**
 * Accuracy per confidence bin as bars against the diagonal of perfect calibration, the gap to
 * each bin's mean confidence shaded, the bin's (mean confidence, accuracy) as a dot and its count
 * above the plot. Numbers come from `expectedCalibrationError` via `bins`.
 */
export function ReliabilityChart({
  bins,
  summary,
  table,
  t,
}: {
  bins: readonly CalibrationBin[];
  summary: string;
  table: ChartTableData;
  t: ReliabilityText;
}) {
  const full = bins.filter(filled);
  const accuracyBars: BarDatum[] = full.map((b) => ({ x0: b.lower, x1: b.upper, y0: 0, y1: b.accuracy }));
  const gapBars: BarDatum[] = full.map((b) => ({
    x0: b.lower,
    x1: b.upper,
    y0: b.accuracy,
    y1: b.confidence,
  }));
  const means: Point[] = full.map((b) => [b.confidence, b.accuracy]);
  const legend: LegendItem[] = [
    { label: t.legendBar, kind: 'rect', color: 'var(--accent-soft)', stroke: 'var(--accent)' },
    {
      label: t.legendGap,
      kind: 'rect',
      color: 'var(--underline)',
      opacity: GAP_OPACITY,
      stroke: 'var(--underline)',
    },
    { label: t.legendMean, kind: 'dot', color: 'currentColor' },
    { label: t.legendDiagonal, kind: 'line', color: 'currentColor', dash: '4 4' },
  ];
  // Twenty bins leave about 18 units each for a count: a smaller font keeps three digits apart.
  const countSize = bins.length > 12 ? 8 : 9;

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 5 }}
      y={{ label: t.y, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4 max-w-xl"
    >
      <Bars plot={plot} bars={accuracyBars} fill="var(--accent-soft)" stroke="var(--accent)" />
      <Bars
        plot={plot}
        bars={gapBars}
        fill="var(--underline)"
        fillOpacity={GAP_OPACITY}
        stroke="var(--underline)"
        strokeDasharray="3 2"
        data-gap
      />
      <Segment plot={plot} from={[0, 0]} to={[1, 1]} strokeDasharray="4 4" opacity={0.7} />
      <Dots plot={plot} points={means} r={2.5} fill="currentColor" />
      <Label plot={plot} x={0} y={1} dx={-5} dy={-9} textAnchor="end" fontSize={countSize}>
        {t.countRow}
      </Label>
      {bins.map((b, i) => (
        <Label
          key={i}
          plot={plot}
          x={(b.lower + b.upper) / 2}
          y={1}
          dy={-9}
          textAnchor="middle"
          fontSize={countSize}
          opacity={b.count === 0 ? 0.5 : 1}
        >
          {b.count}
        </Label>
      ))}
    </Chart>
  );
}
