import { Chart, createPlot, Line, RuleX, type LegendItem, type Point } from '@/components/ui/chart';
import { formatFixed } from '@/lib/format';
import { lshCandidateProbability } from '@/lib/dedup';
import type { MinhashText } from './text';

const plot = createPlot({ width: 420, height: 250, x: { domain: [0, 1] }, y: { domain: [0, 1] } });
const GRID = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * The LSH S-curve 1 − (1 − sʳ)ᵇ over s ∈ [0, 1], with the current pair's Jaccard similarity and
 * the approximate threshold (1/b)^(1/r) as vertical rules. Every point comes from lib/dedup.
 */
export function LshCurve({
  bands,
  rows,
  similarity,
  threshold,
  summary,
  t,
}: {
  bands: number;
  rows: number;
  similarity: number;
  threshold: number;
  summary: string;
  t: MinhashText;
}) {
  const points: Point[] = GRID.map((s) => [s, lshCandidateProbability(s, bands, rows)]);
  const legend: LegendItem[] = [
    { label: t.legendCurve, kind: 'line', color: 'var(--accent)' },
    { label: t.legendPair, kind: 'line', color: 'currentColor' },
    { label: t.legendThreshold, kind: 'line', color: 'currentColor', dash: '4 4' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 5 }}
      y={{ label: t.y, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        summary: t.table,
        caption: t.caption(bands, rows),
        columns: t.columns,
        rows: GRID.filter((_, i) => i % 10 === 0).map((s) => [
          formatFixed(s, 1),
          formatFixed(lshCandidateProbability(s, bands, rows), 4),
        ]),
      }}
      className="mt-4 max-w-xl"
    >
      <Line plot={plot} points={points} />
      <RuleX plot={plot} x={threshold} strokeDasharray="4 4" opacity={0.7} />
      <RuleX plot={plot} x={similarity} strokeWidth={2} data-pair />
    </Chart>
  );
}
