import { useId } from 'react';
import {
  Chart,
  createPlot,
  Dots,
  Line,
  niceTicks,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { HatchPattern, patternId, Spans } from '@/components/ui/chart/spans';
import { formatCount } from '@/lib/format';
import { POLICY_KINDS, type PolicyKind, type PolicyResults } from './model';
import type { ContextCostText } from './text';

/** Each policy's line: its own dash (and colour), so colour never carries the meaning alone. */
const LINE: Record<PolicyKind, { stroke: string; dash?: string }> = {
  full: { stroke: 'currentColor' },
  window: { stroke: 'var(--pitfall)', dash: '6 4' },
  summary: { stroke: 'var(--accent-strong)', dash: '8 3 2 3' },
};
const HALF = 0.4;

/**
 * Input tokens per agent step: one line per memory policy, stacked bars for the chosen policy (read
 * from the cache at the bottom, solid; the rest on top, hatched) and the summariser calls' inputs
 * as diamonds between the steps they follow and precede. Numbers come from lib's `contextCost` via
 * `results`.
 */
export function ContextChart({
  results,
  chosen,
  caching,
  summary,
  table,
  t,
}: {
  results: PolicyResults;
  chosen: PolicyKind;
  caching: boolean;
  summary: string;
  table: ChartTableData;
  t: ContextCostText;
}) {
  const hatch = patternId(useId(), 'fresh');
  const calls = results[chosen].steps;
  const n = calls.length;
  const top = Math.max(...POLICY_KINDS.map((k) => results[k].peakInput));
  const plot = createPlot({
    width: 520,
    height: 280,
    margin: { left: 58, right: 12, top: 12, bottom: 40 },
    x: { domain: [0.5, n + 0.5] },
    y: { domain: [0, top > 0 ? top * 1.05 : 1] },
  });
  const cachedRects = calls
    .filter((c) => c.cached > 0)
    .map((c) => ({ x0: c.step - HALF, x1: c.step + HALF, y0: 0, y1: c.cached }));
  const freshRects = calls
    .filter((c) => c.fresh > 0)
    .map((c) => ({ x0: c.step - HALF, x1: c.step + HALF, y0: c.cached, y1: c.input }));
  const summarisers: Point[] = results.summary.summaries.map((c) => [c.step + 0.5, c.input]);
  const name = t.policies[chosen];
  const legend: LegendItem[] = [
    ...POLICY_KINDS.map((k): LegendItem => ({
      label: t.legendLines[k],
      kind: 'line',
      color: LINE[k].stroke,
      ...(LINE[k].dash ? { dash: LINE[k].dash } : {}),
    })),
    ...(caching
      ? [{ label: t.legendCached(name), kind: 'rect' as const, color: 'var(--accent)', opacity: 0.55 }]
      : []),
    { label: t.legendFresh(name, caching), kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--accent)' },
    ...(summarisers.length > 0
      ? [{ label: t.legendSummaries, kind: 'diamond' as const, color: 'var(--accent-strong)' }]
      : []),
  ];
  const ticks = niceTicks(1, n, 6).filter(Number.isInteger);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, ticks }}
      y={{ label: t.y, tickCount: 5, grid: true, format: formatCount }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--accent)" background="var(--accent-soft)" />
      </defs>
      {cachedRects.length > 0 && (
        <Spans plot={plot} rects={cachedRects} fill="var(--accent)" fillOpacity={0.55} data-bars="cached" />
      )}
      <Spans
        plot={plot}
        rects={freshRects}
        fill={`url(#${hatch})`}
        stroke="var(--accent)"
        strokeWidth={0.5}
        data-bars="fresh"
      />
      {POLICY_KINDS.map((k) => (
        <Line
          key={k}
          plot={plot}
          points={results[k].steps.map((c): Point => [c.step, c.input])}
          stroke={LINE[k].stroke}
          strokeDasharray={LINE[k].dash}
          strokeWidth={k === chosen ? 2.5 : 1.75}
          data-line={k}
        />
      ))}
      {summarisers.length > 0 && (
        <Dots
          plot={plot}
          points={summarisers}
          shape="diamond"
          r={3.5}
          fill="var(--accent-strong)"
          data-summarisers
        />
      )}
    </Chart>
  );
}
