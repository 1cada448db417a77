import {
  Chart,
  createPlot,
  Dots,
  Label,
  Line,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { MINIMUM, START, type Optimizer, type Track } from './problem';
import type { AdamText } from './text';

const STYLE: Record<Optimizer, { color: string; dash?: string; shape: 'circle' | 'square' }> = {
  adam: { color: 'var(--accent)', shape: 'circle' },
  adamw: { color: 'var(--underline)', dash: '5 3', shape: 'square' },
};

/** The box holding every point of both full runs, the start and the minimum, with a margin. */
function extent(runs: Record<Optimizer, Track>, axis: 0 | 1): [number, number] {
  const values: number[] = [START[axis], MINIMUM[axis]];
  for (const run of Object.values(runs)) for (const p of run.theta) values.push(p[axis] ?? 0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.08, 0.05);
  return [lo - pad, hi + pad];
}

/**
 * Both paths in the (θ₁, θ₂) plane: the whole run faint, the steps up to t drawn over it — Adam
 * solid with circles, AdamW dashed with squares, so colour is not the only difference — the
 * current points larger, the start and the minimum labelled. The axes span both full runs, so
 * stepping never rescales the chart.
 */
export function PathChart({
  runs,
  t,
  summary,
  table,
  text,
}: {
  runs: Record<Optimizer, Track>;
  t: number;
  summary: string;
  table: ChartTableData;
  text: AdamText;
}) {
  const plot = createPlot({
    width: 460,
    height: 320,
    margin: { left: 46, right: 16, top: 12, bottom: 40 },
    x: { domain: extent(runs, 0) },
    y: { domain: extent(runs, 1) },
  });
  const legend: LegendItem[] = [
    { label: text.legendAdam, kind: 'dot', color: STYLE.adam.color },
    { label: text.legendAdamW, kind: 'square', color: STYLE.adamw.color },
    { label: text.legendMinimum, kind: 'diamond', color: 'currentColor' },
  ];
  const path = (o: Optimizer, upTo: number): Point[] =>
    runs[o].theta.slice(0, upTo + 1).map((p) => [p[0] ?? 0, p[1] ?? 0]);

  return (
    <Chart
      plot={plot}
      title={text.chartTitle}
      summary={summary}
      x={{ label: text.x, tickCount: 5, grid: true }}
      y={{ label: text.y, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4 max-w-xl"
    >
      <Dots plot={plot} points={[MINIMUM]} r={5} shape="diamond" fill="currentColor" />
      <Label plot={plot} x={MINIMUM[0]} y={MINIMUM[1]} dx={8} dy={-6}>
        {text.minimum}
      </Label>
      <Label plot={plot} x={START[0]} y={START[1]} dx={8} dy={14}>
        {text.start}
      </Label>
      {(['adam', 'adamw'] as const).map((o) => {
        const points = path(o, t);
        const current = points[points.length - 1];
        return (
          <g key={o} data-path={o}>
            {/* the whole run, faint, so the reader sees where each path is heading */}
            <Line
              plot={plot}
              points={path(o, runs[o].theta.length - 1)}
              stroke={STYLE[o].color}
              strokeWidth={1}
              strokeDasharray={STYLE[o].dash}
              opacity={0.25}
            />
            <Line
              plot={plot}
              points={points}
              stroke={STYLE[o].color}
              strokeWidth={1.5}
              strokeDasharray={STYLE[o].dash}
            />
            <Dots plot={plot} points={points} r={1.8} shape={STYLE[o].shape} fill={STYLE[o].color} />
            {current && (
              <Dots plot={plot} points={[current]} r={4.5} shape={STYLE[o].shape} fill={STYLE[o].color} />
            )}
          </g>
        );
      })}
    </Chart>
  );
}
