import { Bars, Chart, createPlot, Label, RuleY, type BarDatum, type LegendItem } from '@/components/ui/chart';
import type { RouterView } from './route';
import type { MoeText } from './text';

/**
 * Assignments per expert: the kept part solid, the part dropped past capacity hatched above it in
 * another colour and dashed outline, and the capacity C as a dashed line; counts are printed on top.
 */
export function LoadChart({ view, t }: { view: RouterView; t: MoeText }) {
  const { requested, droppedPerExpert, capacity, routing } = view;
  const experts = requested.length;
  const top = Math.max(1, capacity ?? 0, ...requested);
  const plot = createPlot({
    width: 360,
    height: 200,
    margin: { left: 40, right: 12, top: 16, bottom: 38 },
    x: { domain: [0.5, experts + 0.5] },
    y: { domain: [0, top] },
  });
  const kept: BarDatum[] = routing.load.map((n, e) => ({ x0: e + 0.7, x1: e + 1.3, y0: 0, y1: n }));
  const dropped: BarDatum[] = droppedPerExpert.map((n, e) => ({
    x0: e + 0.7,
    x1: e + 1.3,
    y0: routing.load[e] ?? 0,
    y1: (routing.load[e] ?? 0) + n,
  }));
  const legend: LegendItem[] = [
    { label: t.legendKept, kind: 'rect', color: 'var(--accent)' },
    {
      label: t.legendDropped,
      kind: 'rect',
      color: 'var(--underline)',
      opacity: 0.35,
      stroke: 'var(--underline)',
    },
    ...(capacity === null
      ? []
      : [{ label: t.legendCapacity, kind: 'line' as const, color: 'currentColor', dash: '5 3' }]),
  ];
  const totalDropped = routing.dropped.length;
  const yStep = top <= 10 ? 1 : top <= 20 ? 2 : 5;

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={t.chartSummary(requested.join(', '), t.capacityPart(capacity), totalDropped)}
      x={{ label: t.x, ticks: requested.map((_, e) => e + 1) }}
      y={{
        label: t.y,
        ticks: Array.from({ length: Math.floor(top / yStep) + 1 }, (_, i) => i * yStep),
        grid: true,
      }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: t.loadCaption,
        columns: t.loadColumns,
        rows: requested.map((n, e) => [e + 1, n, routing.load[e] ?? 0, droppedPerExpert[e] ?? 0]),
      }}
      className="mt-3 max-w-md"
    >
      <Bars plot={plot} bars={kept} fill="var(--accent)" data-kept />
      <Bars
        plot={plot}
        bars={dropped.filter((b) => b.y1 > b.y0)}
        fill="var(--underline)"
        fillOpacity={0.35}
        stroke="var(--underline)"
        strokeDasharray="3 2"
        data-dropped
      />
      {capacity !== null && <RuleY plot={plot} y={capacity} strokeDasharray="5 3" data-capacity />}
      {requested.map((n, e) => (
        <Label key={e} plot={plot} x={e + 1} y={n} dy={-4} textAnchor="middle" fontSize={10}>
          {n}
        </Label>
      ))}
    </Chart>
  );
}
