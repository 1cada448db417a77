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
import { formatScientific } from '@/lib/format';
import type { FitText } from './fit-text';

const tick = (v: number) => formatScientific(v, 3);

/**
 * Mean loss (solid) and pairwise accuracy (dashed) against gradient steps, ln 2 as a dotted rule
 * and the step shown as a dashed rule with a circle on the loss and a diamond on the accuracy.
 */
export function FitChart({
  steps,
  top,
  loss,
  accuracy,
  at,
  ln2,
  summary,
  table,
  t,
}: {
  steps: number;
  /** the y axis' top: 1 or the largest loss */
  top: number;
  loss: readonly Point[];
  accuracy: readonly Point[];
  at: { step: number; loss: number; accuracy: number };
  ln2: number;
  summary: string;
  table: ChartTableData;
  t: FitText;
}) {
  const plot = createPlot({
    width: 480,
    height: 240,
    margin: { left: 52, right: 16, top: 12, bottom: 40 },
    x: { domain: [0, Math.max(1, steps)] },
    y: { domain: [0, top * 1.05] },
  });
  const legend: LegendItem[] = [
    { label: t.legendLoss, kind: 'line', color: 'var(--accent)' },
    { label: t.legendAccuracy, kind: 'line', color: 'var(--pitfall)', dash: '6 3' },
    { label: t.legendAt, kind: 'line', color: 'currentColor', dash: '5 3' },
    { label: t.legendLn2, kind: 'line', color: 'var(--muted)', dash: '1 3' },
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
      <RuleY plot={plot} y={ln2} stroke="var(--muted)" strokeDasharray="1 3" data-ln2 />
      <Line plot={plot} points={loss} data-curve="loss" />
      <Line
        plot={plot}
        points={accuracy}
        stroke="var(--pitfall)"
        strokeDasharray="6 3"
        data-curve="accuracy"
      />
      <RuleX plot={plot} x={at.step} strokeDasharray="5 3" opacity={0.6} />
      <Dots plot={plot} points={[[at.step, at.loss]]} r={4} fill="var(--accent)" data-at="loss" />
      <Dots
        plot={plot}
        points={[[at.step, at.accuracy]]}
        r={4}
        shape="diamond"
        fill="var(--pitfall)"
        data-at="accuracy"
      />
    </Chart>
  );
}
