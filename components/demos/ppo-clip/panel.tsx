import { useId } from 'react';
import {
  Bars,
  Chart,
  createPlot,
  Dots,
  Label,
  Line,
  RuleX,
  RuleY,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { HatchPattern, patternId } from '@/components/ui/chart/spans';
import { formatScientific } from '@/lib/format';
import { RATIO_MAX, type PanelView } from './compute';
import type { ClipText } from './text';

const tick = (v: number) => formatScientific(v, 3);

/** The legend under both panels: every mark differs by line style or texture, not colour alone. */
export function legendItems(t: ClipText): LegendItem[] {
  return [
    { label: t.legendClipped, kind: 'line', color: 'var(--accent)' },
    { label: t.legendUnclipped, kind: 'line', color: 'currentColor', dash: '5 4' },
    { label: t.legendFlat, kind: 'rect', color: 'var(--pitfall-soft)', stroke: 'var(--pitfall)' },
    { label: t.legendAt, kind: 'dot', color: 'currentColor' },
  ];
}

/**
 * One sign of A: L(r) solid, r·A dashed, the zero-gradient region hatched and labelled, dotted
 * rules at 1 ± ε, and the current ratio as a dashed rule (with a dot on the panel whose sign the
 * learner's A has).
 */
export function ClipPanel({
  view,
  epsilon,
  ratio,
  at,
  title,
  current,
  summary,
  table,
  t,
}: {
  view: PanelView;
  epsilon: number;
  ratio: number;
  /** the current point (r, L), on the panel of the learner's sign only */
  at: Point | null;
  title: string;
  current: boolean;
  summary: string;
  table: ChartTableData;
  t: ClipText;
}) {
  const hatch = patternId(useId(), 'flat');
  const plot = createPlot({
    width: 320,
    height: 240,
    margin: { left: 46, right: 10, top: 20, bottom: 40 },
    x: { domain: [0, RATIO_MAX] },
    y: { domain: view.yDomain },
  });
  const [yLow, yHigh] = view.yDomain;
  const [flatFrom, flatTo] = view.flat;
  const kinks = [
    { r: 1 - epsilon, label: t.kinkLow, anchor: 'end' as const, dx: -2 },
    { r: 1 + epsilon, label: t.kinkHigh, anchor: 'start' as const, dx: 2 },
  ].filter((k) => k.r >= 0 && k.r <= RATIO_MAX);

  return (
    <figure
      className={`rounded-lg border p-2 ${current ? 'border-accent' : 'border-line'}`}
      data-panel={view.advantage > 0 ? 'pos' : 'neg'}
      data-current={current ? '' : undefined}
    >
      <figcaption className="text-sm font-medium">
        {title}
        {current && (
          <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent-strong">
            {t.current}
          </span>
        )}
      </figcaption>
      <Chart
        plot={plot}
        title={title}
        summary={summary}
        x={{ label: t.x, ticks: [0, 0.5, 1, 1.5, 2] }}
        y={{ label: t.y, tickCount: 4, grid: true, format: tick }}
        table={table}
        fontSize={11}
        className="mt-1"
      >
        <defs>
          <HatchPattern id={hatch} stroke="var(--pitfall)" background="var(--pitfall-soft)" />
        </defs>
        {flatTo > flatFrom && (
          <Bars
            plot={plot}
            bars={[{ x0: flatFrom, x1: flatTo, y0: yLow, y1: yHigh }]}
            fill={`url(#${hatch})`}
            opacity={0.6}
            data-flat
          />
        )}
        <RuleY plot={plot} y={0} opacity={0.35} />
        {kinks.map((k) => (
          <g key={k.label}>
            <RuleX plot={plot} x={k.r} stroke="var(--muted)" strokeDasharray="1 3" data-kink />
            <Label
              plot={plot}
              x={k.r}
              y={yHigh}
              dx={k.dx}
              dy={-6}
              textAnchor={k.anchor}
              fontSize={10}
              fill="var(--muted)"
            >
              {k.label}
            </Label>
          </g>
        ))}
        <Line plot={plot} points={view.unclipped} stroke="currentColor" strokeDasharray="5 4" opacity={0.7} />
        <Line plot={plot} points={view.curve} strokeWidth={2.5} data-curve />
        <RuleX plot={plot} x={ratio} strokeDasharray="4 3" opacity={current ? 0.7 : 0.35} />
        {at && <Dots plot={plot} points={[at]} r={4.5} fill="currentColor" data-at />}
        {flatTo > flatFrom && (
          <Label
            plot={plot}
            x={(flatFrom + flatTo) / 2}
            y={yLow}
            dy={-6}
            textAnchor="middle"
            fontSize={10}
            fontWeight={600}
            stroke="var(--surface)"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {t.flatLabel}
          </Label>
        )}
      </Chart>
    </figure>
  );
}
