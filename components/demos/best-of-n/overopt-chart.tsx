import {
  Chart,
  createPlot,
  Dots,
  Label,
  Line,
  RuleX,
  RuleY,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { formatScientific } from '@/lib/format';
import type { OverText } from './overopt-text';

const tick = (v: number) => formatScientific(v, 3);

/**
 * The gold reward gain against d = √KL: the fitted curve (solid), R = 0 (the initial policy,
 * dotted), the peak as a dotted rule with a diamond and a label, and the d shown as a dashed rule
 * with a circle.
 */
export function OverChart({
  dMax,
  low,
  high,
  points,
  peak,
  at,
  summary,
  table,
  t,
}: {
  dMax: number;
  /** the curve's y extent (0 included) */
  low: number;
  high: number;
  points: readonly Point[];
  peak: Point;
  at: Point;
  summary: string;
  table: ChartTableData;
  t: OverText;
}) {
  const pad = 0.08 * Math.max(high - low, 1e-12);
  const plot = createPlot({
    width: 480,
    height: 260,
    margin: { left: 58, right: 18, top: 18, bottom: 40 },
    x: { domain: [0, dMax > 0 ? dMax : 1] },
    y: { domain: [low - pad, high + pad] },
  });
  const legend: LegendItem[] = [
    { label: t.legendGold, kind: 'line', color: 'var(--accent)' },
    { label: t.legendPeak, kind: 'diamond', color: 'var(--pitfall)' },
    { label: t.legendAt, kind: 'dot', color: 'currentColor' },
    { label: t.legendZero, kind: 'line', color: 'var(--muted)', dash: '1 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 5, format: tick }}
      y={{ label: t.y, tickCount: 5, grid: true, format: tick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <RuleY plot={plot} y={0} stroke="var(--muted)" strokeDasharray="1 3" data-zero />
      <Line plot={plot} points={points} data-curve="gold" />
      <RuleX plot={plot} x={peak[0]} stroke="var(--pitfall)" strokeDasharray="1 3" />
      <Dots plot={plot} points={[peak]} r={5} shape="diamond" fill="var(--pitfall)" data-peak />
      <Label plot={plot} x={peak[0]} y={peak[1]} dy={-10} textAnchor="middle" fontSize={10}>
        {t.peakLabel}
      </Label>
      <RuleX plot={plot} x={at[0]} strokeDasharray="5 3" opacity={0.6} />
      <Dots plot={plot} points={[at]} r={4} fill="currentColor" data-at />
    </Chart>
  );
}
