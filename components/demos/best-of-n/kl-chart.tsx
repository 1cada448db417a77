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
import { formatCount, formatScientific } from '@/lib/format';
import type { KlText } from './kl-text';

/**
 * The best-of-N KL bound (solid) and ln N (dashed) against N on a log axis, the N shown as a
 * dashed rule with a dot on the KL curve.
 */
export function KlChart({
  maxN,
  top,
  kl,
  ln,
  at,
  summary,
  table,
  t,
}: {
  maxN: number;
  /** the largest value on either curve */
  top: number;
  kl: readonly Point[];
  ln: readonly Point[];
  /** N and its KL */
  at: Point;
  summary: string;
  table: ChartTableData;
  t: KlText;
}) {
  const plot = createPlot({
    width: 480,
    height: 240,
    margin: { left: 46, right: 18, top: 12, bottom: 40 },
    x: { domain: [1, maxN], type: 'log' },
    y: { domain: [0, top * 1.05] },
  });
  const legend: LegendItem[] = [
    { label: t.legendKl, kind: 'line', color: 'var(--accent)' },
    { label: t.legendLn, kind: 'line', color: 'var(--muted)', dash: '6 3' },
    { label: t.legendAt, kind: 'dot', color: 'currentColor' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, format: formatCount }}
      y={{ label: t.y, tickCount: 5, grid: true, format: (v) => formatScientific(v, 3) }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <Line plot={plot} points={ln} stroke="var(--muted)" strokeDasharray="6 3" data-curve="ln" />
      <Line plot={plot} points={kl} data-curve="kl" />
      <RuleX plot={plot} x={at[0]} strokeDasharray="5 3" opacity={0.6} />
      <Dots plot={plot} points={[at]} r={4.5} fill="currentColor" data-at />
    </Chart>
  );
}
