import {
  Chart,
  createPlot,
  Dots,
  Line,
  RuleX,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { formatScientific } from '@/lib/format';
import type { DpoText } from './text';

const tick = (v: number) => formatScientific(v, 3);

/**
 * The selected loss against h: the curve sampled with lib's `dpoLoss`, a dotted rule at h = 0
 * (policy = reference) and the current pair as a dot on a dashed rule. Marks differ by dash and
 * shape as well as colour.
 */
export function DpoChart({
  domain,
  top,
  points,
  at,
  summary,
  table,
  t,
}: {
  domain: readonly [number, number];
  /** the largest loss on the curve */
  top: number;
  points: readonly Point[];
  /** the current pair: h and its loss */
  at: Point;
  summary: string;
  table: ChartTableData;
  t: DpoText;
}) {
  const plot = createPlot({
    width: 480,
    height: 250,
    margin: { left: 64, right: 16, top: 12, bottom: 40 },
    x: { domain },
    y: { domain: [0, top * 1.05] },
  });
  const legend: LegendItem[] = [
    { label: t.legendCurve, kind: 'line', color: 'var(--accent)' },
    { label: t.legendAt, kind: 'dot', color: 'currentColor' },
    { label: t.legendZero, kind: 'line', color: 'var(--muted)', dash: '1 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 6, format: tick }}
      y={{ label: t.y, tickCount: 4, grid: true, format: tick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <RuleX plot={plot} x={0} stroke="var(--muted)" strokeDasharray="1 3" data-zero />
      <Line plot={plot} points={points} data-curve />
      <RuleX plot={plot} x={at[0]} strokeDasharray="5 3" opacity={0.6} />
      <Dots plot={plot} points={[at]} r={4.5} fill="currentColor" data-at />
    </Chart>
  );
}
