import { Chart, createPlot, Dots, Line, RuleX, type LegendItem } from '@/components/ui/chart';
import type { PassAtKPoint } from '@/lib/metrics';

const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** k values the hidden data table lists (with n and the current k), so it stays short at n = 200. */
const TABLE_K = [1, 2, 5, 10, 20, 50, 100];

/** Line styles: colour AND dash pattern tell the two estimators apart. */
const SERIES = {
  unbiased: { stroke: 'var(--accent)', dash: undefined },
  naive: { stroke: 'var(--pitfall)', dash: '6 4' },
} as const;

export interface PassAtKChartText {
  title: string;
  label: string;
  x: string;
  unbiased: string;
  naive: string;
  tableCaption: string;
}

/** Both pass@k estimates against k = 1 … n on a log axis, with the current k marked. */
export function PassAtKChart({
  curve,
  k,
  format,
  text,
}: {
  curve: readonly PassAtKPoint[];
  k: number;
  format: (v: number) => string;
  text: PassAtKChartText;
}) {
  const n = curve.length;
  // Log scale: pass@1, @10 and @100 (what papers report) get room, the flat tail does not.
  const plot = createPlot({
    width: 320,
    height: 200,
    margin: { left: 48, right: 14, top: 10, bottom: 34 },
    x: { domain: [1, Math.max(1, n)], type: 'log' },
    y: { domain: [0, 1] },
  });
  // The 1-2-5 ticks below n, then n itself unless it would crowd the tick before it.
  const xTicks = [...plot.x.ticks().filter((v) => v < n && plot.x(n) - plot.x(v) >= 26), n];
  const at = curve[k - 1];
  const legend: LegendItem[] = (['unbiased', 'naive'] as const).map((key) => ({
    label: text[key],
    kind: 'line',
    color: SERIES[key].stroke,
    ...(SERIES[key].dash ? { dash: SERIES[key].dash } : {}),
  }));
  const rows = [...new Set([...TABLE_K.filter((v) => v < n), n, k])]
    .sort((a, b) => a - b)
    .flatMap((kk) => {
      const p = curve[kk - 1];
      return p ? [[kk, format(p.unbiased), format(p.naive)]] : [];
    });

  return (
    <Chart
      plot={plot}
      title={text.title}
      summary={text.label}
      x={{ label: text.x, ticks: xTicks }}
      y={{ label: 'pass@k', ticks: Y_TICKS, grid: true }}
      fontSize={12}
      legend={legend}
      table={{ caption: text.tableCaption, columns: ['k', text.unbiased, text.naive], rows }}
      className="mt-3 max-w-md"
    >
      {at && <RuleX plot={plot} x={k} strokeOpacity={0.5} strokeDasharray="2 3" />}
      {(['naive', 'unbiased'] as const).map((key) => (
        <g key={key}>
          <Line
            plot={plot}
            points={curve.map((p) => [p.k, p[key]] as const)}
            stroke={SERIES[key].stroke}
            strokeWidth={2.5}
            strokeDasharray={SERIES[key].dash}
          />
          {at && (
            <Dots
              plot={plot}
              points={[[k, at[key]]]}
              r={4}
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
