import { Chart, createPlot, Dots, Line, RuleX, type LegendItem, type Point } from '@/components/ui/chart';
import type { LabText } from './text';

/** Line styles: colour AND dash tell the two factors apart. */
const SERIES = {
  standard: { stroke: 'var(--accent)', dash: undefined },
  rslora: { stroke: 'var(--pitfall)', dash: '6 4' },
} as const;

/** Ranks the data table lists (with the current r). */
const TABLE_RANKS = [1, 4, 8, 16, 64, 256];

/**
 * α/r and α/√r against r on a log axis (log–log when α > 0: straight lines of slope −1 and −½;
 * linear y for α ≤ 0), the current r marked by a dashed rule and a dot on each line.
 */
export function ScalingChart({
  curves,
  at,
  alpha,
  summary,
  format,
  t,
}: {
  curves: readonly { r: number; standard: number; rslora: number }[];
  at: { r: number; standard: number; rslora: number };
  alpha: number;
  summary: string;
  format: (v: number) => string;
  t: LabText;
}) {
  const top = curves[curves.length - 1]?.r ?? 256;
  const values = curves.flatMap((c) => [c.standard, c.rslora]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Log–log needs positive, finite bounds (α = 1e-320 underflows to 0 at large r; 1e308 · 1.5 overflows).
  const log = alpha > 0 && lo / 1.5 > 0 && Number.isFinite(hi * 1.5);
  const plot = createPlot({
    width: 480,
    height: 260,
    margin: { left: 56, right: 16, top: 12, bottom: 40 },
    x: { domain: [1, top], type: 'log' },
    y: log
      ? { domain: [lo / 1.5, hi * 1.5], type: 'log' }
      : { domain: lo === hi ? [lo - 1, hi + 1] : [Math.min(lo, 0), Math.max(hi, 0)] },
  });
  const legend: LegendItem[] = [
    { label: t.legendStandard, kind: 'line', color: SERIES.standard.stroke },
    { label: t.legendRslora, kind: 'line', color: SERIES.rslora.stroke, dash: SERIES.rslora.dash },
    { label: t.legendAt, kind: 'line', color: 'currentColor', dash: '2 3' },
  ];
  const rows = [...new Set([...TABLE_RANKS.filter((r) => r <= top), at.r])]
    .sort((a, b) => a - b)
    .flatMap((r) => {
      const c = curves.find((p) => p.r === r);
      return c ? [[r, format(c.standard), format(c.rslora)]] : [];
    });
  const line = (key: 'standard' | 'rslora'): Point[] => curves.map((c) => [c.r, c[key]] as const);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x }}
      y={{ label: log ? t.yLog : t.y, grid: true, tickCount: 5 }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{ caption: t.scalingTableCaption, columns: t.scalingColumns, rows }}
      className="mt-4 max-w-xl"
    >
      <RuleX plot={plot} x={at.r} strokeDasharray="2 3" strokeOpacity={0.6} data-at />
      {(['standard', 'rslora'] as const).map((key) => (
        <g key={key}>
          <Line
            plot={plot}
            points={line(key)}
            stroke={SERIES[key].stroke}
            strokeWidth={2.5}
            strokeDasharray={SERIES[key].dash}
            data-curve={key}
          />
          <Dots
            plot={plot}
            points={[[at.r, at[key]]]}
            r={4}
            fill="var(--surface)"
            stroke={SERIES[key].stroke}
            strokeWidth={2.5}
          />
        </g>
      ))}
    </Chart>
  );
}
