import { useId } from 'react';
import {
  Bars,
  Chart,
  createPlot,
  Label,
  RuleX,
  type BarDatum,
  type ChartTableData,
  type LegendItem,
} from '@/components/ui/chart';
import { HatchPattern, patternId } from '@/components/ui/chart/spans';
import type { AbstentionText } from './text';

/** Half the width of a bin's bar on the confidence axis (bins are 0.1 wide). */
const HALF = 0.04;

/**
 * The confidence histogram: one bar per bin, solid where the policy "answer iff c > t" answers,
 * hatched where it abstains (texture as well as colour), the threshold as a dashed rule and each
 * bar's count above it.
 */
export function HistogramChart({
  confidences,
  counts,
  threshold,
  summary,
  table,
  t,
}: {
  confidences: readonly number[];
  counts: readonly number[];
  threshold: number;
  summary: string;
  table: ChartTableData;
  t: AbstentionText;
}) {
  const hatch = patternId(useId(), 'abstain');
  const top = Math.max(1, ...counts);
  const plot = createPlot({
    width: 440,
    height: 240,
    margin: { left: 48, right: 12, top: 18, bottom: 40 },
    x: { domain: [0, 1] },
    y: { domain: [0, top * 1.1] },
  });
  const bar = (c: number, n: number): BarDatum => ({ x0: c - HALF, x1: c + HALF, y0: 0, y1: n });
  const answered = confidences.flatMap((c, i) => (c > threshold ? [bar(c, counts[i] ?? 0)] : []));
  const abstained = confidences.flatMap((c, i) => (c > threshold ? [] : [bar(c, counts[i] ?? 0)]));
  const legend: LegendItem[] = [
    { label: t.legendAnswered, kind: 'rect', color: 'var(--accent)' },
    { label: t.legendAbstained, kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--pitfall)' },
    { label: t.legendThreshold, kind: 'line', color: 'currentColor', dash: '4 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] }}
      y={{ label: t.y, tickCount: 4, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4 max-w-xl"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--pitfall)" background="var(--surface)" />
      </defs>
      <Bars plot={plot} bars={answered} fill="var(--accent)" data-bars="answered" />
      <Bars
        plot={plot}
        bars={abstained}
        fill={`url(#${hatch})`}
        stroke="var(--pitfall)"
        strokeWidth={1}
        data-bars="abstained"
      />
      <RuleX plot={plot} x={threshold} strokeDasharray="4 3" strokeWidth={1.5} data-threshold />
      {confidences.map((c, i) => (
        <Label key={i} plot={plot} x={c} y={counts[i] ?? 0} dy={-4} textAnchor="middle" fontSize={9}>
          {counts[i]}
        </Label>
      ))}
    </Chart>
  );
}
