import { Chart, createPlot, Dots, Line, RuleX, type DotShape, type LegendItem } from '@/components/ui/chart';
import { formatFixed } from '@/lib/format';
import { ACTIVATION, CURVE_KEYS, type CurveKey } from './curves';
import type { ViewText } from './text-views';

/** Colour AND dash AND marker shape tell the curves apart. */
const STYLE: Record<CurveKey, { stroke: string; dash?: string; shape: DotShape }> = {
  relu: { stroke: 'var(--fg-2)', shape: 'square' },
  gelu: { stroke: 'var(--accent)', shape: 'circle' },
  geluTanh: { stroke: 'var(--pitfall)', dash: '6 4', shape: 'diamond' },
  silu: { stroke: 'var(--underline)', dash: '2 3', shape: 'circle' },
};

const plot = createPlot({
  width: 420,
  height: 260,
  margin: { left: 40, right: 14, top: 10, bottom: 36 },
  x: { domain: [-4, 4] },
  y: { domain: [-0.5, 4] },
});

const TABLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];

/** ReLU, GELU (exact, tanh) and SiLU over [−4, 4], the chosen x marked on each curve. */
export function ActivationsChart({
  curves,
  x,
  xLabel,
  t,
}: {
  curves: Record<CurveKey, [number, number][]>;
  x: number;
  xLabel: string;
  t: ViewText;
}) {
  const legend: LegendItem[] = CURVE_KEYS.map((key) => ({
    label: t.curves[key],
    kind: 'line',
    color: STYLE[key].stroke,
    ...(STYLE[key].dash ? { dash: STYLE[key].dash } : {}),
  }));
  return (
    <Chart
      plot={plot}
      title={t.actTitle}
      summary={t.actSummary(xLabel)}
      x={{ label: t.x, ticks: TABLE_XS, grid: true }}
      y={{ label: t.y, ticks: [0, 1, 2, 3, 4], grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: t.actCaption,
        columns: [t.x, ...CURVE_KEYS.map((k) => t.curves[k])],
        rows: TABLE_XS.map((v) => [
          formatFixed(v, 0),
          ...CURVE_KEYS.map((k) => formatFixed(ACTIVATION[k](v), 4)),
        ]),
      }}
      className="mt-3 max-w-lg"
    >
      <RuleX plot={plot} x={x} strokeOpacity={0.6} strokeDasharray="2 3" />
      {CURVE_KEYS.map((key) => (
        <Line
          key={key}
          plot={plot}
          points={curves[key]}
          stroke={STYLE[key].stroke}
          strokeWidth={2}
          strokeDasharray={STYLE[key].dash}
          data-curve={key}
        />
      ))}
      {CURVE_KEYS.map((key) => (
        <Dots
          key={key}
          plot={plot}
          points={[[x, ACTIVATION[key](x)]]}
          r={3.5}
          shape={STYLE[key].shape}
          fill={STYLE[key].stroke}
        />
      ))}
    </Chart>
  );
}
