import { Chart, createPlot, Dots, Line, type ChartTableData, type LegendItem } from '@/components/ui/chart';
import type { TaskReliability } from '@/lib/agents/reliability';

const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Colour AND dash AND end-dot shape tell the two curves apart. */
const SERIES = {
  plain: { stroke: 'var(--pitfall)', dash: '6 4', shape: 'square' },
  retried: { stroke: 'var(--accent)', dash: undefined, shape: 'circle' },
} as const;

/** (steps done, chance of no failure so far): 1 before the first step, then lib's `through`. */
function pathOf(task: TaskReliability): [number, number][] {
  return [[0, 1], ...task.steps.map((s, i): [number, number] => [i + 1, s.through])];
}

/**
 * The chance that a multi-step task has not failed yet after each step, without retries and (when
 * r > 0) with them; every value from lib's `taskReliability`.
 */
export function ChainChart({
  plain,
  retried,
  text,
  table,
}: {
  plain: TaskReliability;
  retried: TaskReliability;
  text: { title: string; summary: string; x: string; y: string; plain: string; retried: string };
  table: ChartTableData;
}) {
  const m = plain.steps.length;
  const plot = createPlot({
    width: 320,
    height: 200,
    margin: { left: 48, right: 14, top: 10, bottom: 34 },
    x: { domain: [0, m] },
    y: { domain: [0, 1] },
  });
  const xTicks = [...new Set([0, ...plot.x.ticks(5).filter((v) => Number.isInteger(v) && v <= m), m])]
    .filter((v) => v === 0 || v === m || plot.x(m) - plot.x(v) >= 18)
    .sort((a, b) => a - b);
  const series = retried.retries > 0 ? (['plain', 'retried'] as const) : (['plain'] as const);
  const paths = { plain: pathOf(plain), retried: pathOf(retried) };
  const legend: LegendItem[] = series.map((key) => ({
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
      table={table}
      className="mt-3 max-w-md"
    >
      {series.map((key) => {
        const points = paths[key];
        const last = points[points.length - 1];
        return (
          <g key={key} data-series={key}>
            <Line
              plot={plot}
              points={points}
              stroke={SERIES[key].stroke}
              strokeWidth={2.5}
              strokeDasharray={SERIES[key].dash}
            />
            {last && (
              <Dots
                plot={plot}
                points={[last]}
                r={4}
                shape={SERIES[key].shape}
                fill="var(--surface)"
                stroke={SERIES[key].stroke}
                strokeWidth={2.5}
              />
            )}
          </g>
        );
      })}
    </Chart>
  );
}
