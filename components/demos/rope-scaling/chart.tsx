import {
  Chart,
  createPlot,
  Dots,
  Label,
  Line,
  RuleY,
  type ChartTableData,
  type DotShape,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { SERIES, type Band, type Method, type RopeTable, type Series } from './compute';
import { formatLength, formatLogTick } from './format';
import type { RopeScalingText } from './text';

/** Each line differs in colour AND dash, so no line is told apart by colour alone. */
const STYLE: Record<Series, { color: string; dash?: string }> = {
  original: { color: 'currentColor' },
  linear: { color: 'var(--pitfall)', dash: '7 4' },
  dynamic: { color: 'var(--underline)', dash: '2 3' },
  llama3: { color: 'var(--accent)' },
};

const SHAPE: Record<Band, DotShape> = { kept: 'circle', between: 'diamond', scaled: 'square' };
const LEGEND_KIND: Record<Band, LegendItem['kind']> = { kept: 'dot', between: 'diamond', scaled: 'square' };

/**
 * Wavelength against frequency index on a log axis, one line per method, the highlighted method's
 * points marked by what happened to them (shape), and rules at the training and target lengths.
 * Every number arrives computed (`ropeTable`, `summarize`).
 */
export function RopeChart({
  table,
  selected,
  bands,
  originalLength,
  target,
  summary,
  data,
  t,
}: {
  table: RopeTable;
  selected: Method;
  bands: readonly Band[];
  originalLength: number;
  target: number;
  summary: string;
  data: ChartTableData;
  t: RopeScalingText;
}) {
  const half = table.original.wavelength.length;
  const all = SERIES.flatMap((s) => table[s].wavelength);
  const lo = Math.min(...all, originalLength);
  const hi = Math.max(...all, target);
  const plot = createPlot({
    width: 560,
    height: 330,
    margin: { left: 56, right: 16, top: 14, bottom: 40 },
    x: { domain: [0, Math.max(1, half - 1)] },
    // half a decade of room above and below, so the rules' labels fit
    y: { domain: [lo / 2, hi * 3], type: 'log' },
  });
  const points = (s: Series): Point[] => table[s].wavelength.map((w, i) => [i, w]);
  const selectedPoints = points(selected);
  const legend: LegendItem[] = [
    ...SERIES.map((s) => ({
      label: t.series[s],
      kind: 'line' as const,
      color: STYLE[s].color,
      ...(STYLE[s].dash ? { dash: STYLE[s].dash } : {}),
    })),
    ...(['kept', 'between', 'scaled'] as const).map((b) => ({
      label: `${t.series[selected]}: ${t.bandLegend[b]}`,
      kind: LEGEND_KIND[b],
      color: STYLE[selected].color,
    })),
    { label: t.legendRules, kind: 'line', color: 'currentColor', dash: '4 4' },
  ];
  const right = Math.max(1, half - 1);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={summary}
      x={{ label: t.x, tickCount: 8 }}
      y={{ label: t.y, grid: true, format: formatLogTick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={data}
      className="mt-4"
    >
      <RuleY plot={plot} y={originalLength} strokeDasharray="4 4" opacity={0.7} data-rule="train" />
      <RuleY plot={plot} y={target} strokeDasharray="4 4" opacity={0.7} data-rule="target" />
      {/* L's label under its rule, the target's above: they never collide, even at s = 2 */}
      <Label plot={plot} x={right} y={originalLength} dy={12} textAnchor="end" fontSize={10}>
        {t.ruleTrain(formatLength(originalLength))}
      </Label>
      <Label plot={plot} x={right} y={target} dy={-4} textAnchor="end" fontSize={10}>
        {t.ruleTarget(formatLength(target))}
      </Label>
      {SERIES.map((s) => (
        <Line
          key={s}
          plot={plot}
          points={points(s)}
          stroke={STYLE[s].color}
          strokeDasharray={STYLE[s].dash}
          strokeWidth={s === selected ? 3 : 1.5}
          opacity={s === selected || s === 'original' ? 1 : 0.75}
          data-series={s}
        />
      ))}
      {(['kept', 'between', 'scaled'] as const).map((b) => (
        <Dots
          key={b}
          plot={plot}
          points={selectedPoints.filter((_, i) => bands[i] === b)}
          shape={SHAPE[b]}
          r={b === 'kept' ? 2.2 : 2.8}
          fill={STYLE[selected].color}
          data-band={b}
        />
      ))}
    </Chart>
  );
}
