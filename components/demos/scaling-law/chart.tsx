import { Chart, createPlot, Dots, Line, type LegendItem } from '@/components/ui/chart';
import type { IsoFlopPoint } from '@/lib/calculators';
import { formatCount, formatFixed } from '@/lib/format';

/** IsoFLOP curve (loss against N on a log axis) with the optimum and the reader's model marked. */
export function IsoFlopChart({
  curve,
  optimum,
  current,
  title,
  label,
  legendLabels,
  xLabel,
  yLabel,
}: {
  curve: readonly IsoFlopPoint[];
  optimum: { N: number; loss: number };
  current: { N: number; loss: number };
  title: string;
  label: string;
  /** Names of the curve, the optimum and the reader's model in the legend. */
  legendLabels: { curve: string; optimum: string; yours: string };
  xLabel: string;
  yLabel: string;
}) {
  const ns = curve.map((p) => p.N);
  const ys = curve.map((p) => p.loss);
  const [n0, n1] = [Math.min(...ns), Math.max(...ns)];
  const y0 = Math.min(...ys);
  // The U is steep far from the optimum: show at most 1.5 above the minimum, clip the rest.
  const y1 = Math.min(Math.max(...ys), y0 + 1.5);
  const plot = createPlot({
    width: 560,
    height: 240,
    margin: { left: 48, right: 12, top: 12, bottom: 36 },
    x: { domain: [n0, n1], type: 'log' },
    y: { domain: [y0, y1], clamp: true },
  });
  const inRange = current.N >= n0 && current.N <= n1;
  const legend: LegendItem[] = [
    { label: legendLabels.curve, kind: 'line', color: 'var(--accent)' },
    { label: legendLabels.optimum, kind: 'dot', color: 'var(--accent)' },
    { label: legendLabels.yours, kind: 'diamond', color: 'var(--underline)' },
  ];

  return (
    <Chart
      plot={plot}
      title={title}
      summary={label}
      x={{ label: xLabel, format: formatCount, line: true }}
      y={{ label: yLabel, tickCount: 4, format: (l) => formatFixed(l, 2), line: true }}
      legend={legend}
      legendClassName="mt-1 text-xs text-muted"
      className="mt-4"
    >
      <Line plot={plot} points={curve.map((p) => [p.N, p.loss] as const)} />
      <Dots plot={plot} points={[[optimum.N, optimum.loss]]} r={5} />
      {inRange && (
        <Dots
          plot={plot}
          points={[[current.N, current.loss]]}
          r={5}
          shape="diamond"
          fill="var(--underline)"
        />
      )}
    </Chart>
  );
}
