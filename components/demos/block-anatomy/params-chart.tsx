import { Bars, Chart, createPlot, Label, type BarDatum, type LegendItem } from '@/components/ui/chart';
import type { DecoderParamCount } from '@/lib/calculators/decoder-params';
import { formatCount } from '@/lib/format';
import { groupDigits } from '@/components/demos/shared/number-field';
import type { BlockText } from './text';

/** The parts of the count in stack order, each with its fill (the legend and table name them too). */
export const PARTS = ['embedding', 'positionEmbedding', 'attention', 'mlp', 'norms', 'lmHead'] as const;
export type Part = (typeof PARTS)[number];

const FILL: Record<Part, { fill: string; opacity: number }> = {
  embedding: { fill: 'var(--accent)', opacity: 1 },
  positionEmbedding: { fill: 'var(--accent)', opacity: 0.35 },
  attention: { fill: 'var(--pitfall)', opacity: 1 },
  mlp: { fill: 'var(--underline)', opacity: 0.75 },
  norms: { fill: 'var(--fg)', opacity: 1 },
  lmHead: { fill: 'var(--accent-strong)', opacity: 0.6 },
};

/** Labels go inside a segment only when it is wide enough to hold them. */
const MIN_LABEL_SHARE = 0.09;

/**
 * One horizontal bar from 0 to the total, split into the parts `decoderParamCount` returns, with
 * short names on the wide segments; the legend (swatch, name, count) and the data table carry
 * every part, so colour is never the only way to tell them apart.
 */
export function ParamsChart({ count, t }: { count: DecoderParamCount; t: BlockText }) {
  const parts = PARTS.filter((p) => p !== 'positionEmbedding' || count.positionEmbedding > 0);
  const plot = createPlot({
    width: 460,
    height: 92,
    margin: { left: 14, right: 22, top: 10, bottom: 40 },
    x: { domain: [0, count.total] },
    y: { domain: [0, 1] },
  });
  // Each part starts where the previous one ends.
  const segments = parts.reduce<{ part: Part; x0: number; x1: number }[]>((acc, part) => {
    const x0 = acc.at(-1)?.x1 ?? 0;
    return [...acc, { part, x0, x1: x0 + count[part] }];
  }, []);
  const bars: BarDatum[] = segments.map(({ part, x0, x1 }) => ({
    x0,
    x1,
    y0: 0.15,
    y1: 0.95,
    fill: FILL[part].fill,
  }));
  const legend: LegendItem[] = parts.map((part) => ({
    label: `${t.parts[part]} ${formatCount(count[part])}`,
    kind: 'rect',
    color: FILL[part].fill,
    opacity: FILL[part].opacity,
    stroke: 'var(--line)',
  }));
  const largest = parts.reduce((a, b) => (count[b] > count[a] ? b : a));

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={t.chartSummary(groupDigits(count.total), t.parts[largest])}
      x={{ label: t.x, tickCount: 4, format: formatCount }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: t.tableCaption,
        columns: t.columns,
        rows: parts.map((part) => [t.parts[part], groupDigits(count[part]), t.partNotes[part]]),
      }}
      className="mt-3"
    >
      {segments.map(({ part }, i) => (
        <Bars
          key={part}
          plot={plot}
          bars={[bars[i]!]}
          fillOpacity={FILL[part].opacity}
          stroke="var(--surface)"
          strokeWidth={1}
          data-part={part}
        />
      ))}
      {segments
        .filter(({ x0, x1 }) => (x1 - x0) / count.total >= MIN_LABEL_SHARE)
        .map(({ part, x0, x1 }) => (
          <Label
            key={part}
            plot={plot}
            x={(x0 + x1) / 2}
            y={0.55}
            dy="0.32em"
            textAnchor="middle"
            fontSize={10}
            fill="var(--surface)"
            stroke="var(--fg)"
            strokeWidth={2.5}
            paintOrder="stroke"
          >
            {t.parts[part]}
          </Label>
        ))}
    </Chart>
  );
}
