import { Bars, Chart, createPlot, Dots, Line, RuleY, type LegendItem } from '@/components/ui/chart';
import type { DraftLengthRow } from '@/lib/decoding';
import { formatFixed } from '@/lib/format';
import type { DemoText } from './text';

/** Colours and dashes of the marks, shared by the marks and their legend swatches. */
const BAR = { fill: 'var(--accent-soft)', current: 'var(--accent)', stroke: 'var(--accent)' };
const SPEEDUP = 'var(--underline)';
const CEILING_DASH = '5 4';

/**
 * Expected tokens per target call (bars) and speed-up (line) against γ, current γ highlighted,
 * with the ceiling 1/(1−α) dashed; the legend names all three.
 */
export function SpeedChart({
  t,
  rows,
  gamma,
  ceiling,
  label,
}: {
  t: DemoText;
  rows: readonly DraftLengthRow[];
  gamma: number;
  ceiling: number;
  label: string;
}) {
  const legend: LegendItem[] = [
    { label: t.legend.tokens, kind: 'rect', color: BAR.fill, stroke: BAR.stroke },
    { label: t.legend.speedup, kind: 'line', color: SPEEDUP },
    { label: t.legend.ceiling, kind: 'line', color: 'currentColor', dash: CEILING_DASH },
  ];
  const top = Math.ceil(Math.max(...rows.map((r) => r.tokens), Math.min(ceiling, rows.length + 1)));
  // One unit of x per γ: bar i spans [i, i + 1] with its centre at i + 0.5.
  const plot = createPlot({
    width: 560,
    height: 220,
    margin: { left: 36, right: 12, top: 12, bottom: 38 },
    x: { domain: [0, Math.max(1, rows.length)] },
    y: { domain: [0, Math.max(1, top)] },
  });
  const yTicks = Array.from({ length: top + 1 }, (_, i) => i).filter((v) => top <= 6 || v % 2 === 0);
  const centre = (i: number) => i + 0.5;

  return (
    <Chart
      plot={plot}
      title={t.speedTitle}
      summary={label}
      x={{
        label: t.xAxis,
        ticks: rows.map((_, i) => centre(i)),
        format: (v) => String(rows[Math.floor(v)]?.gamma ?? ''),
      }}
      y={{ ticks: yTicks, grid: true }}
      fontSize={13}
      legend={legend}
      legendClassName="text-xs text-muted"
      table={{
        caption: t.speedCaption,
        columns: t.speedColumns,
        rows: rows.map((r) => [r.gamma, formatFixed(r.tokens, 2), formatFixed(r.speedup, 2)]),
      }}
      className="mt-3"
    >
      <Bars
        plot={plot}
        bars={rows.map((r, i) => ({
          x0: centre(i) - 0.3,
          x1: centre(i) + 0.3,
          y0: 0,
          y1: r.tokens,
          fill: r.gamma === gamma ? BAR.current : BAR.fill,
        }))}
        stroke={BAR.stroke}
      />
      {ceiling <= top && <RuleY plot={plot} y={ceiling} strokeDasharray={CEILING_DASH} />}
      <Line plot={plot} points={rows.map((r, i) => [centre(i), r.speedup] as const)} stroke={SPEEDUP} />
      <Dots plot={plot} points={rows.map((r, i) => [centre(i), r.speedup] as const)} fill={SPEEDUP} />
    </Chart>
  );
}
