import { useId } from 'react';
import { Bars, Chart, createPlot, Label, RuleY, type BarDatum, type LegendItem } from '@/components/ui/chart';
import { HatchPattern, patternId } from '@/components/ui/chart/spans';
import { formatBytes } from '@/lib/format';
import type { Breakdown } from './memory';
import { GPU_BYTES, STAGES, type Stage } from './presets';
import type { MemoryText } from './text';

const GIB = 1024 ** 3;
const PARTS = ['parameters', 'gradients', 'optimizer', 'activations'] as const;
type Part = (typeof PARTS)[number];
const HALF = 0.3;

/**
 * Per-GPU memory at ZeRO stages 0–3 as stacked bars in GiB (parameters at the bottom, then
 * gradients, optimizer state, activations) against a dashed line at 80 GiB. Adjacent parts differ
 * in texture (solid, hatched) as well as colour; the selected stage is outlined and named, and
 * every number is in the table under the chart.
 */
export function MemoryChart({
  stages,
  selected,
  summary,
  t,
}: {
  stages: Readonly<Record<Stage, Breakdown>>;
  selected: Stage;
  summary: string;
  t: MemoryText;
}) {
  const ids = useId();
  const hatch = { gradients: patternId(ids, 'grad'), activations: patternId(ids, 'act') };
  const fill: Record<Part, string> = {
    parameters: 'var(--accent)',
    gradients: `url(#${hatch.gradients})`,
    optimizer: 'var(--pitfall)',
    activations: `url(#${hatch.activations})`,
  };
  const stroke: Record<Part, string> = {
    parameters: 'var(--accent)',
    gradients: 'var(--accent)',
    optimizer: 'var(--pitfall)',
    activations: 'var(--pitfall)',
  };
  const top = (Math.max(GPU_BYTES, ...STAGES.map((s) => stages[s].total)) / GIB) * 1.1;
  const plot = createPlot({
    width: 480,
    height: 300,
    margin: { left: 52, right: 12, top: 22, bottom: 40 },
    x: { domain: [-0.5, 3.5] },
    y: { domain: [0, top] },
  });
  const segments = (part: Part): BarDatum[] =>
    STAGES.map((s) => {
      const below = PARTS.slice(0, PARTS.indexOf(part)).reduce((sum, p) => sum + stages[s][p], 0);
      return { x0: s - HALF, x1: s + HALF, y0: below / GIB, y1: (below + stages[s][part]) / GIB };
    }).filter((b) => b.y1 > b.y0);
  const legend: LegendItem[] = [
    ...PARTS.map((part) => ({
      label: t.parts[part],
      kind: 'rect' as const,
      color: fill[part],
      stroke: stroke[part],
    })),
    { label: t.legendCapacity, kind: 'line', color: 'currentColor', dash: '5 3' },
  ];
  const gib = (bytes: number) => (bytes / GIB).toFixed(1);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{
        ticks: [...STAGES],
        format: (v) => `${t.stageShort(v as Stage)}${v === selected ? t.selected : ''}`,
      }}
      y={{ label: t.y, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        summary: t.tableSummary,
        caption: t.tableCaption,
        columns: t.columns,
        rows: STAGES.map((s) => [
          `${t.stageShort(s)}${s === selected ? t.selected : ''}`,
          ...PARTS.map((part) => gib(stages[s][part])),
          gib(stages[s].total),
          gib(stages[s].cpu),
        ]),
      }}
      className="mt-3 max-w-xl"
    >
      <defs>
        <HatchPattern id={hatch.gradients} stroke="var(--accent)" background="var(--accent-soft)" />
        <HatchPattern
          id={hatch.activations}
          stroke="var(--pitfall)"
          background="var(--pitfall-soft)"
          angle={-45}
        />
      </defs>
      {PARTS.map((part) => (
        <Bars
          key={part}
          plot={plot}
          bars={segments(part)}
          fill={fill[part]}
          stroke={stroke[part]}
          data-part={part}
        />
      ))}
      <Bars
        plot={plot}
        bars={[{ x0: selected - HALF, x1: selected + HALF, y0: 0, y1: stages[selected].total / GIB }]}
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        data-selected
      />
      <RuleY plot={plot} y={GPU_BYTES / GIB} strokeDasharray="5 3" strokeWidth={1.5} />
      <Label plot={plot} x={3.5} y={GPU_BYTES / GIB} dx={-2} dy={-4} textAnchor="end" fontSize={10}>
        {t.capacity}
      </Label>
      {STAGES.map((s) => (
        <Label
          key={s}
          plot={plot}
          x={s}
          y={stages[s].total / GIB}
          dy={-5}
          textAnchor="middle"
          fontSize={10}
          fontWeight={s === selected ? 700 : 400}
        >
          {formatBytes(stages[s].total)}
        </Label>
      ))}
    </Chart>
  );
}
