import {
  Bars,
  Chart,
  createPlot,
  Dots,
  Label,
  linearScale,
  RuleX,
  RuleY,
  type Point,
} from '@/components/ui/chart';
import type { BinaryLabel, ConfusionCounts } from '@/lib/metrics';

const W = 440;
const X0 = 98;
const X1 = 404;
const INF_X = 418;
const R = 5;
const STEP = 12;
const STRIP = 16;
const TOP = 22;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Where a score sits across the chart (the plot's x scale, known before its height is). */
const sx = linearScale([0, 1], [X0, X1]);

/** Stacking level of each dot so that none overlaps (ties stack up); `order` is by score. */
function levels(order: readonly number[], scores: readonly number[]): Map<number, number> {
  const last: number[] = [];
  const out = new Map<number, number>();
  for (const i of order) {
    const x = sx(scores[i] ?? 0);
    let level = last.findIndex((lx) => x - lx > 2 * R + 1);
    if (level === -1) level = last.length;
    last[level] = x;
    out.set(i, level);
  }
  return out;
}

/**
 * The examples as dots on a score axis: positives (circles, accent) in the top row, negatives
 * (squares, orange) in the bottom row, the predicted-positive side shaded and each quadrant
 * labelled with its cell of the confusion matrix.
 */
export function NumberLine({
  labels,
  scores,
  threshold,
  counts,
  text,
}: {
  labels: readonly BinaryLabel[];
  scores: readonly number[];
  threshold: number;
  counts: ConfusionCounts;
  text: {
    /** The chart's `<title>`; `label` gives its summary, with the counts. */
    title: string;
    label: (pos: number, neg: number) => string;
    pos: string;
    neg: string;
    axis: string;
    t: string;
  };
}) {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  const lanes = ([1, 0] as const).map((y) => {
    const members = order.filter((i) => labels[i] === y);
    const level = levels(members, scores);
    return { y, members, level, height: STRIP + Math.max(0, ...level.values()) * STEP + 2 * R + 6 };
  });
  const [top, bottom] = lanes;
  const laneY = [TOP, TOP + (top?.height ?? 0) + 6];
  const axisY = (laneY[1] ?? 0) + (bottom?.height ?? 0) + 4;
  // The rows stack from the top by their dot count, so y is a layout coordinate: the y scale is
  // the identity (domain = range in pixels) and only x carries data.
  const plot = createPlot({
    width: W,
    height: axisY + 34,
    margin: { left: X0, right: W - X1, top: TOP, bottom: 34 },
    x: { domain: [0, 1] },
    y: { domain: [axisY, TOP] },
  });
  const at = (px: number) => plot.x.invert(px);
  const tx = threshold === Infinity ? at(INF_X) : threshold;
  const cells = [
    ['FN', 'TP'],
    ['TN', 'FP'],
  ] as const;

  return (
    <Chart
      plot={plot}
      title={text.title}
      summary={text.label(top?.members.length ?? 0, bottom?.members.length ?? 0)}
      x={{ label: text.axis, ticks: TICKS, line: true }}
      className="w-full max-w-[600px]"
      svgClassName="text-[15px] sm:text-[11px]"
    >
      {threshold !== Infinity && (
        <Bars plot={plot} bars={[{ x0: tx, x1: at(W), y0: axisY, y1: TOP - 2 }]} fill="var(--accent-soft)" />
      )}
      {lanes.map((lane, k) => {
        const y0 = laneY[k] ?? 0;
        const [left, right] = cells[k] ?? cells[0];
        const positive = lane.y === 1;
        const dot = {
          r: R,
          shape: positive ? 'circle' : 'square',
          fill: positive ? 'var(--accent)' : 'var(--pitfall)',
        } as const;
        const points = lane.members.map((i): Point => [
          scores[i] ?? 0,
          y0 + STRIP + (lane.level.get(i) ?? 0) * STEP + R,
        ]);
        return (
          <g key={lane.y}>
            <RuleY plot={plot} y={y0 + lane.height} x0={at(4)} x1={at(W)} stroke="var(--line)" />
            <Dots plot={plot} points={[[at(9), y0 + 12]]} {...dot} />
            <Label plot={plot} x={at(18)} y={y0 + 16}>
              {positive ? text.pos : text.neg}
            </Label>
            <Label plot={plot} x={0} y={y0 + 11}>
              {left} {counts[left === 'FN' ? 'fn' : 'tn']}
            </Label>
            <Label plot={plot} x={1} y={y0 + 11} textAnchor="end">
              {right} {counts[right === 'TP' ? 'tp' : 'fp']}
            </Label>
            <Dots plot={plot} points={points} {...dot} />
          </g>
        );
      })}
      <RuleX plot={plot} x={tx} y0={axisY} y1={TOP - 6} strokeWidth={2} />
      <Label plot={plot} x={Math.min(tx, at(W - 22))} y={TOP - 7} textAnchor="middle">
        t = {text.t}
      </Label>
    </Chart>
  );
}
