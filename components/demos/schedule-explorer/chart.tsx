import {
  Chart,
  createPlot,
  Dots,
  Line,
  RuleX,
  RuleY,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { formatCount, formatScientific } from '@/lib/format';
import type { ScheduleConfig } from './schedule';
import type { ScheduleText } from './text';

/**
 * The learning rate against optimizer steps: the curve through `points` (from `learningRate`),
 * dotted lines at the end of warm-up and the start of the decay, a dashed floor for schedules
 * with a minimum, and the selected step as a dashed rule with a dot. Lines differ by dash as well
 * as colour.
 */
export function ScheduleChart({
  config,
  points,
  at,
  floor,
  summary,
  table,
  t,
}: {
  config: ScheduleConfig;
  points: readonly Point[];
  /** The selected step and its learning rate. */
  at: Point;
  /** The minimum learning rate (from lib at the last step), or null without a floor. */
  floor: number | null;
  summary: string;
  table: ChartTableData;
  t: ScheduleText;
}) {
  const plot = createPlot({
    width: 480,
    height: 260,
    // the left margin holds tick labels such as "1.5 × 10⁻⁴"
    margin: { left: 80, right: 26, top: 12, bottom: 40 },
    x: { domain: [0, config.totalSteps] },
    y: { domain: [0, config.peakLr > 0 ? config.peakLr : 1] },
  });
  const boundaries = [...new Set([config.warmupSteps, config.decayStart])].filter(
    (s) => s > 0 && s < config.totalSteps,
  );
  const legend: LegendItem[] = [
    { label: t.legendCurve, kind: 'line', color: 'var(--accent)' },
    { label: t.legendAt, kind: 'line', color: 'currentColor', dash: '5 3' },
    ...(boundaries.length > 0
      ? [{ label: t.legendBoundary, kind: 'line' as const, color: 'var(--muted)', dash: '1 3' }]
      : []),
    ...(floor !== null
      ? [{ label: t.legendFloor, kind: 'line' as const, color: 'var(--pitfall)', dash: '6 2 1 2' }]
      : []),
  ];

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 5, format: formatCount }}
      y={{ label: t.y, tickCount: 4, grid: true, format: (v) => formatScientific(v, 2) }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      {boundaries.map((s) => (
        <RuleX key={s} plot={plot} x={s} stroke="var(--muted)" strokeDasharray="1 3" data-boundary />
      ))}
      {floor !== null && (
        <RuleY plot={plot} y={floor} stroke="var(--pitfall)" strokeDasharray="6 2 1 2" data-floor />
      )}
      <Line plot={plot} points={points} data-curve />
      <RuleX plot={plot} x={at[0]} strokeDasharray="5 3" opacity={0.8} />
      <Dots plot={plot} points={[at]} r={4} fill="currentColor" data-at />
    </Chart>
  );
}
