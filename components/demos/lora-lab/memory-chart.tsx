import { useId } from 'react';
import { Bars, Chart, createPlot, Label, type BarDatum, type LegendItem } from '@/components/ui/chart';
import { HatchPattern, patternId } from '@/components/ui/chart/spans';
import { FINETUNE_METHODS, type FinetuneMemoryParts } from '@/lib/calculators/finetune-memory';
import { formatBytes } from '@/lib/format';
import type { MemoryReading } from './memory';
import type { MemoryPart, MoreText } from './text-more';

const GIB = 1024 ** 3;
const PARTS: readonly MemoryPart[] = ['weights', 'gradients', 'optimizerStates', 'quantConstants'];
const HALF = 0.3;

/**
 * Full fine-tuning, LoRA and QLoRA as stacked bars in GiB: weights at the bottom, then gradients,
 * optimizer states and quantisation constants. Neighbouring parts differ in texture (solid,
 * hatched) as well as colour; each bar is labelled with its total, and the table lists every part.
 */
export function MemoryChart({
  reading,
  summary,
  m,
}: {
  reading: MemoryReading;
  summary: string;
  m: MoreText;
}) {
  const ids = useId();
  const hatch = { gradients: patternId(ids, 'grad'), quantConstants: patternId(ids, 'quant') };
  const fill: Record<MemoryPart, string> = {
    weights: 'var(--accent)',
    gradients: `url(#${hatch.gradients})`,
    optimizerStates: 'var(--pitfall)',
    quantConstants: `url(#${hatch.quantConstants})`,
  };
  const stroke: Record<MemoryPart, string> = {
    weights: 'var(--accent)',
    gradients: 'var(--accent)',
    optimizerStates: 'var(--pitfall)',
    quantConstants: 'currentColor',
  };
  const methods = reading.methods;
  const top = Math.max(...FINETUNE_METHODS.map((k) => methods[k].total)) / GIB;
  const plot = createPlot({
    width: 480,
    height: 280,
    margin: { left: 56, right: 12, top: 22, bottom: 40 },
    x: { domain: [-0.5, 2.5] },
    y: { domain: [0, top > 0 ? top * 1.12 : 1] },
  });
  const segments = (part: MemoryPart): BarDatum[] =>
    FINETUNE_METHODS.map((method, x) => {
      const parts: FinetuneMemoryParts = methods[method];
      const below = PARTS.slice(0, PARTS.indexOf(part)).reduce((sum, p) => sum + parts[p], 0);
      return { x0: x - HALF, x1: x + HALF, y0: below / GIB, y1: (below + parts[part]) / GIB };
    }).filter((b) => b.y1 > b.y0);
  const legend: LegendItem[] = PARTS.map((part) => ({
    label: m.parts[part],
    kind: 'rect',
    color: fill[part],
    stroke: stroke[part],
  }));

  return (
    <Chart
      plot={plot}
      title={m.memoryChartTitle}
      summary={summary}
      x={{ ticks: [0, 1, 2], format: (v) => m.methods[FINETUNE_METHODS[v] ?? 'full'] }}
      y={{ label: m.memoryY, tickCount: 5, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        summary: m.memoryTableSummary,
        caption: m.memoryTableCaption,
        columns: m.memoryColumns,
        rows: FINETUNE_METHODS.map((method) => [
          m.methods[method],
          ...PARTS.map((part) => formatBytes(methods[method][part])),
          formatBytes(methods[method].total),
        ]),
      }}
      className="mt-4 max-w-xl"
    >
      <defs>
        <HatchPattern id={hatch.gradients} stroke="var(--accent)" background="var(--accent-soft)" />
        <HatchPattern
          id={hatch.quantConstants}
          stroke="currentColor"
          background="var(--surface)"
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
      {FINETUNE_METHODS.map((method, x) => (
        <Label
          key={method}
          plot={plot}
          x={x}
          y={methods[method].total / GIB}
          dy={-5}
          textAnchor="middle"
          fontSize={10}
        >
          {formatBytes(methods[method].total)}
        </Label>
      ))}
    </Chart>
  );
}
