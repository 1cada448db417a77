import { Bars, Chart, createPlot, Dots, Line, RuleX, type LegendItem } from '@/components/ui/chart';
import { cellTicks, HeatmapCells, HeatmapKey, heatmapPlot } from '@/components/ui/chart/heatmap';
import { HatchPattern, patternId } from '@/components/ui/chart/spans';
import { formatFixed } from '@/lib/format';
import type { MoreText } from './text-more';

const value = (v: number) => formatFixed(v, 3);
const HALF = 0.36;

/**
 * The singular values as bars, i = 1 … 10: the kept ones (i ≤ r) solid, the dropped ones hatched,
 * so the cut is visible without colour.
 */
export function SingularValuesChart({
  values,
  rank,
  hatchBase,
  m,
}: {
  values: readonly number[];
  rank: number;
  hatchBase: string;
  m: MoreText;
}) {
  const hatch = patternId(hatchBase, 'dropped');
  const top = Math.max(...values, 0);
  const plot = createPlot({
    width: 320,
    height: 200,
    margin: { left: 44, right: 8, top: 10, bottom: 36 },
    x: { domain: [0.5, values.length + 0.5] },
    y: { domain: [0, top > 0 ? top * 1.08 : 1] },
  });
  const bars = values.map((s, i) => ({ x0: i + 1 - HALF, x1: i + 1 + HALF, y0: 0, y1: s }));
  const legend: LegendItem[] = [
    { label: m.legendKept, kind: 'rect', color: 'var(--accent)', stroke: 'var(--accent)' },
    { label: m.legendDropped, kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--accent)' },
  ];
  return (
    <Chart
      plot={plot}
      title={m.svChartTitle}
      summary={m.svChartSummary(values.map(value).join(', '), rank)}
      x={{ label: m.svX, ticks: values.map((_, i) => i + 1) }}
      y={{ label: m.svY, tickCount: 4, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: m.svTableCaption,
        columns: m.svColumns,
        rows: values.map((s, i) => [i + 1, value(s), i < rank ? m.kept : m.dropped]),
      }}
      className="w-full max-w-sm"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--accent)" background="var(--surface)" />
      </defs>
      <Bars plot={plot} bars={bars.slice(0, rank)} fill="var(--accent)" stroke="var(--accent)" data-kept />
      <Bars plot={plot} bars={bars.slice(rank)} fill={`url(#${hatch})`} stroke="var(--accent)" data-dropped />
    </Chart>
  );
}

/** The relative Frobenius error at every rank r = 1 … 10, the current r marked. */
export function ErrorChart({ errors, rank, m }: { errors: readonly number[]; rank: number; m: MoreText }) {
  const plot = createPlot({
    width: 320,
    height: 200,
    margin: { left: 44, right: 10, top: 10, bottom: 36 },
    x: { domain: [1, errors.length] },
    y: { domain: [0, 1] },
  });
  const points = errors.map((e, i) => [i + 1, e] as const);
  const at = errors[rank - 1] ?? 0;
  const text = errors.map((e) => formatFixed(e, 4));
  return (
    <Chart
      plot={plot}
      title={m.errChartTitle}
      summary={m.errChartSummary(text.join(', '))}
      x={{ label: m.errX, ticks: errors.map((_, i) => i + 1) }}
      y={{ label: m.errY, ticks: [0, 0.25, 0.5, 0.75, 1], grid: true }}
      legend={[
        { label: m.legendErr, kind: 'line', color: 'var(--accent)' },
        { label: m.legendAt, kind: 'line', color: 'currentColor', dash: '2 3' },
      ]}
      legendClassName="mt-1 text-xs"
      table={{ caption: m.errTableCaption, columns: m.errColumns, rows: text.map((e, i) => [i + 1, e]) }}
      className="w-full max-w-sm"
    >
      <RuleX plot={plot} x={rank} strokeDasharray="2 3" strokeOpacity={0.6} />
      <Line plot={plot} points={points} strokeWidth={2.5} />
      <Dots plot={plot} points={points} r={2.5} />
      <Dots
        plot={plot}
        points={[[rank, at]]}
        r={4.5}
        fill="var(--surface)"
        stroke="var(--accent)"
        strokeWidth={2.5}
        data-at
      />
    </Chart>
  );
}

/** A 12 × 10 matrix as a heatmap (blue positive, orange negative), its entries in the hidden table. */
export function UpdateHeatmap({
  matrix,
  max,
  name,
  m,
}: {
  matrix: readonly (readonly number[])[];
  /** The magnitude drawn at full colour, shared by ΔW and ΔW_r so they compare. */
  max: number;
  name: string;
  m: MoreText;
}) {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const plot = heatmapPlot({
    rows,
    columns: cols,
    width: 220,
    height: 250,
    margin: { left: 30, bottom: 30, top: 4, right: 4 },
  });
  return (
    <figure className="w-full max-w-56">
      <figcaption className="text-sm font-medium">{name}</figcaption>
      <Chart
        plot={plot}
        title={name}
        summary={m.heatSummary(name)}
        x={{ ticks: cellTicks(cols, 3), format: (v) => String(Math.floor(v) + 1) }}
        y={{ ticks: cellTicks(rows, 3), format: (v) => String(Math.floor(v) + 1) }}
        fontSize={10}
        table={{
          caption: m.heatCaption(name),
          columns: [m.heatRow, ...Array.from({ length: cols }, (_, j) => String(j + 1))],
          rows: matrix.map((row, i) => [i + 1, ...row.map((x) => formatFixed(x, 2))]),
        }}
      >
        <HeatmapCells plot={plot} values={matrix} max={max} gap={1} />
      </Chart>
    </figure>
  );
}

/** The colour key both heatmaps share. */
export function UpdateHeatmapKey({ max, m }: { max: number; m: MoreText }) {
  return (
    <HeatmapKey low={formatFixed(-max, 2)} high={formatFixed(max, 2)} range="signed">
      <span className="text-muted">{m.heatKey}</span>
    </HeatmapKey>
  );
}
