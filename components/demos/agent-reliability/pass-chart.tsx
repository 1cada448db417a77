import { Chart, createPlot, Dots, Line, RuleX, type LegendItem } from '@/components/ui/chart';

const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Colour AND dash AND dot shape tell the two curves apart. */
const SERIES = {
  at: { stroke: 'var(--accent)', dash: undefined, shape: 'circle' },
  hat: { stroke: 'var(--pitfall)', dash: '6 4', shape: 'square' },
} as const;

/** One k with both estimates (from lib's `passAtK` and `passHatK`). */
export interface PassPoint {
  k: number;
  at: number;
  hat: number;
}

export interface PassChartText {
  title: string;
  summary: string;
  x: string;
  y: string;
  at: string;
  hat: string;
  tableCaption: string;
}

/** pass@k (rising) and pass^k (falling) against k = 1 … n on a linear axis, the current k marked. */
export function PassChart({
  curve,
  k,
  format,
  text,
}: {
  curve: readonly PassPoint[];
  k: number;
  format: (v: number) => string;
  text: PassChartText;
}) {
  const n = curve.length;
  const plot = createPlot({
    width: 320,
    height: 200,
    margin: { left: 48, right: 14, top: 10, bottom: 34 },
    // at n = 1 the single point sits at the left edge of a [1, 2] axis
    x: { domain: [1, Math.max(2, n)] },
    y: { domain: [0, 1] },
  });
  // whole trial counts only, always including 1 and n
  const xTicks = [...new Set([1, ...plot.x.ticks(5).filter((v) => Number.isInteger(v) && v <= n), n])]
    .filter((v) => v === 1 || v === n || (plot.x(v) - plot.x(1) >= 18 && plot.x(n) - plot.x(v) >= 18))
    .sort((a, b) => a - b);
  const current = curve[k - 1];
  const legend: LegendItem[] = (['at', 'hat'] as const).map((key) => ({
    label: text[key],
    kind: 'line',
    color: SERIES[key].stroke,
    ...(SERIES[key].dash ? { dash: SERIES[key].dash } : {}),
  }));

  return (
    <Chart
      plot={plot}
      title={text.title}
      summary={text.summary}
      x={{ label: text.x, ticks: xTicks }}
      y={{ label: text.y, ticks: Y_TICKS, grid: true }}
      fontSize={12}
      legend={legend}
      table={{
        caption: text.tableCaption,
        columns: ['k', 'pass@k', 'pass^k'],
        rows: curve.map((p) => [p.k, format(p.at), format(p.hat)]),
      }}
      className="mt-3 max-w-md"
    >
      {current && <RuleX plot={plot} x={k} strokeOpacity={0.5} strokeDasharray="2 3" />}
      {(['hat', 'at'] as const).map((key) => (
        <g key={key} data-series={key}>
          <Line
            plot={plot}
            points={curve.map((p) => [p.k, p[key]] as const)}
            stroke={SERIES[key].stroke}
            strokeWidth={2.5}
            strokeDasharray={SERIES[key].dash}
          />
          {current && (
            <Dots
              plot={plot}
              points={[[k, current[key]]]}
              r={4}
              shape={SERIES[key].shape}
              fill="var(--surface)"
              stroke={SERIES[key].stroke}
              strokeWidth={2.5}
            />
          )}
        </g>
      ))}
    </Chart>
  );
}
