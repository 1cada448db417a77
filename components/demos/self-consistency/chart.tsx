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
import { MAX_SAMPLES } from './model';
import type { ScText } from './text';

const plot = createPlot({
  width: 480,
  height: 260,
  margin: { left: 46, right: 16, top: 12, bottom: 40 },
  x: { domain: [1, MAX_SAMPLES] },
  y: { domain: [0, 1] },
});

const X_TICKS = [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99];

/**
 * Majority-vote accuracy against n: the curve for the distribution as typed (solid, or dashed as
 * the reference while a temperature is applied), the annealed curve (solid), a dotted rule at the
 * one-sample accuracy and the current n as a dashed rule with a dot. Lines differ by dash as well
 * as colour. Every point comes from lib through the caller.
 */
export function AccuracyChart({
  typed,
  annealed,
  at,
  one,
  temperature,
  summary,
  table,
  t,
}: {
  typed: readonly Point[];
  /** The curve after annealing, or null while the temperature control is off. */
  annealed: readonly Point[] | null;
  /** The current n and the accuracy the readout shows. */
  at: Point;
  /** The one-sample accuracy of the distribution the vote uses. */
  one: number;
  /** The temperature as printed, or null while off. */
  temperature: string | null;
  summary: string;
  table: ChartTableData;
  t: ScText;
}) {
  const legend: LegendItem[] = [
    annealed
      ? { label: t.legendTyped, kind: 'line', color: 'var(--muted)', dash: '6 3' }
      : { label: t.legendTyped, kind: 'line', color: 'var(--accent)' },
    ...(annealed && temperature !== null
      ? [{ label: t.legendTemp(temperature), kind: 'line' as const, color: 'var(--accent)' }]
      : []),
    { label: t.legendOne, kind: 'line', color: 'var(--pitfall)', dash: '1 3' },
    { label: t.legendAt, kind: 'line', color: 'currentColor', dash: '5 3' },
  ];

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, ticks: X_TICKS }}
      y={{ label: t.y, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <RuleY plot={plot} y={one} stroke="var(--pitfall)" strokeDasharray="1 3" strokeWidth={1.5} data-one />
      {annealed ? (
        <>
          <Line plot={plot} points={typed} stroke="var(--muted)" strokeDasharray="6 3" data-typed />
          <Line plot={plot} points={annealed} data-annealed />
        </>
      ) : (
        <Line plot={plot} points={typed} data-typed />
      )}
      <RuleX plot={plot} x={at[0]} strokeDasharray="5 3" opacity={0.8} />
      <Dots plot={plot} points={[at]} r={4} fill="currentColor" data-at />
    </Chart>
  );
}
