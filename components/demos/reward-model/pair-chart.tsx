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
import type { PairText } from './pair-text';

const tick = (v: number) => formatScientific(v, 3);

/**
 * The Bradley–Terry loss against Δ = r_c − r_r: the plain curve (solid), the margin curve (dashed,
 * shifted right by m) when a margin is on, ln 2 as a dotted rule, and the current pair as a dashed
 * rule with a circle (no margin) and a diamond (with margin). Marks differ by dash and shape as
 * well as colour.
 */
export function PairChart({
  domain,
  top,
  plain,
  withMargin,
  at,
  ln2,
  marginText,
  summary,
  table,
  t,
}: {
  domain: readonly [number, number];
  /** the largest loss on the curves */
  top: number;
  plain: readonly Point[];
  withMargin: readonly Point[] | null;
  /** Δ, the loss without and with the margin */
  at: { diff: number; loss: number; marginLoss: number | null };
  /** the loss at Δ = 0, from lib */
  ln2: number;
  marginText: string | null;
  summary: string;
  table: ChartTableData;
  t: PairText;
}) {
  const plot = createPlot({
    width: 480,
    height: 250,
    margin: { left: 52, right: 16, top: 12, bottom: 40 },
    x: { domain },
    y: { domain: [0, top * 1.05] },
  });
  const legend: LegendItem[] = [
    { label: t.legendPlain, kind: 'line', color: 'var(--accent)' },
    ...(marginText !== null
      ? [{ label: t.legendMargin(marginText), kind: 'line' as const, color: 'var(--pitfall)', dash: '6 3' }]
      : []),
    { label: t.legendAt, kind: 'dot', color: 'currentColor' },
    { label: t.legendLn2, kind: 'line', color: 'var(--muted)', dash: '1 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 6, format: tick }}
      y={{ label: t.y, tickCount: 4, grid: true, format: tick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <RuleY plot={plot} y={ln2} stroke="var(--muted)" strokeDasharray="1 3" data-ln2 />
      <Line plot={plot} points={plain} data-curve="plain" />
      {withMargin && (
        <Line
          plot={plot}
          points={withMargin}
          stroke="var(--pitfall)"
          strokeDasharray="6 3"
          data-curve="margin"
        />
      )}
      <RuleX plot={plot} x={at.diff} strokeDasharray="5 3" opacity={0.6} />
      <Dots plot={plot} points={[[at.diff, at.loss]]} r={4.5} fill="currentColor" data-at />
      {at.marginLoss !== null && (
        <Dots
          plot={plot}
          points={[[at.diff, at.marginLoss]]}
          r={4}
          shape="diamond"
          fill="var(--pitfall)"
          data-at-margin
        />
      )}
    </Chart>
  );
}
