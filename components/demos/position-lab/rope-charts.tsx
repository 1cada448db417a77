import { formatFixedSignificant } from '@/components/demos/attention-lab/format';
import {
  Chart,
  createPlot,
  Dots,
  Label,
  Line,
  Segment,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { formatFixed } from '@/lib/format';
import { envelope } from './rope-math';
import type { PositionLabText } from './text';

const f3 = (v: number) => formatFixed(v, 3);
const Q = 'var(--accent)';
const K = 'var(--pitfall)';

/** Rotated q and k at (m, n) drawn solid, at (m + s, n + s) dashed; the angle between them is the same. */
export function VectorsChart({
  qm,
  kn,
  qs,
  ks,
  m,
  n,
  s,
  dotA,
  dotB,
  t,
}: {
  qm: readonly number[];
  kn: readonly number[];
  qs: readonly number[];
  ks: readonly number[];
  m: number;
  n: number;
  s: number;
  dotA: string;
  dotB: string;
  t: PositionLabText;
}) {
  const at = (v: readonly number[]): Point => [v[0] ?? 0, v[1] ?? 0];
  // Rotation keeps lengths, so the view only has to fit the longer input vector.
  const reach = Math.max(1, ...[qm, kn].map((v) => Math.hypot(v[0] ?? 0, v[1] ?? 0))) * 1.25;
  const plot = createPlot({
    width: 300,
    height: 300,
    margin: { left: 40, right: 12, top: 12, bottom: 36 },
    x: { domain: [-reach, reach] },
    y: { domain: [-reach, reach] },
  });
  const vectors = [
    { v: at(qm), pos: m, stroke: Q, dash: undefined, shape: 'circle' as const, label: `q′(${m})` },
    { v: at(kn), pos: n, stroke: K, dash: undefined, shape: 'diamond' as const, label: `k′(${n})` },
    { v: at(qs), pos: m + s, stroke: Q, dash: '5 3', shape: 'circle' as const, label: `q′(${m + s})` },
    { v: at(ks), pos: n + s, stroke: K, dash: '5 3', shape: 'diamond' as const, label: `k′(${n + s})` },
  ];
  const legend: LegendItem[] = [
    { label: t.legendQ(`m = ${m}`), kind: 'line', color: Q },
    { label: t.legendK(`n = ${n}`), kind: 'line', color: K },
    { label: t.legendQ(`m + s = ${m + s}`), kind: 'line', color: Q, dash: '5 3' },
    { label: t.legendK(`n + s = ${n + s}`), kind: 'line', color: K, dash: '5 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={t.vectorsTitle}
      summary={t.vectorsSummary(m, n, dotA, s, dotB)}
      x={{ tickCount: 4, grid: true }}
      y={{ tickCount: 4, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={{
        caption: t.vectorsCaption,
        columns: t.vectorsColumns,
        rows: vectors.map(({ v, pos, label }) => [label, pos, f3(v[0]), f3(v[1])]),
      }}
      className="w-full max-w-xs"
    >
      <Segment plot={plot} from={[-reach, 0]} to={[reach, 0]} opacity={0.5} />
      <Segment plot={plot} from={[0, -reach]} to={[0, reach]} opacity={0.5} />
      {vectors.map(({ v, stroke, dash, shape, label }, i) => (
        <g key={i}>
          <Segment
            plot={plot}
            from={[0, 0]}
            to={v}
            stroke={stroke}
            strokeWidth={2.5}
            strokeDasharray={dash}
          />
          <Dots plot={plot} points={[v]} r={4} shape={shape} fill={stroke} />
          <Label
            plot={plot}
            x={v[0]}
            y={v[1]}
            dx={v[0] >= 0 ? 6 : -6}
            dy={v[1] >= 0 ? -6 : 12}
            textAnchor={v[0] >= 0 ? 'start' : 'end'}
            fontSize={10}
          >
            {label}
          </Label>
        </g>
      ))}
    </Chart>
  );
}

/** Distances for the table: 0, 1, 2, 4, … and the last one. */
function tableDistances(max: number): number[] {
  const out = [0];
  for (let d = 1; d < max; d *= 2) out.push(d);
  out.push(max);
  return out;
}

const MAX_POINTS = 1025;

/** RoFormer's relative upper bound B(Δ) over Δ = 0 … max, thinned to an upper envelope when long. */
export function DecayChart({
  curve,
  headDim,
  base,
  t,
}: {
  curve: readonly number[];
  headDim: number;
  base: number;
  t: PositionLabText;
}) {
  const max = curve.length - 1;
  const top = curve[0] ?? 1;
  const points = envelope(curve, MAX_POINTS);
  const block = Math.ceil(curve.length / MAX_POINTS);
  const sig = (v: number) => formatFixedSignificant(v, 4);
  const plot = createPlot({
    width: 440,
    height: 240,
    margin: { left: 48 },
    x: { domain: [0, max] },
    // a little headroom so the peak at Δ = 0 is not cut by the frame
    y: { domain: [0, top * 1.05] },
  });
  return (
    <div>
      <Chart
        plot={plot}
        title={t.decayTitle}
        summary={t.decaySummary(headDim, String(base), sig(top), sig(curve[max] ?? 0), max)}
        x={{ label: t.decayX, tickCount: 4, grid: true }}
        y={{ label: t.decayY, tickCount: 4, grid: true }}
        table={{
          caption: t.decayCaption,
          columns: t.decayColumns,
          rows: tableDistances(max).map((d) => [d, sig(curve[d] ?? 0)]),
        }}
      >
        <Line plot={plot} points={points} strokeWidth={1.5} />
      </Chart>
      {block > 1 && <p className="mt-1 text-xs text-muted">{t.envelope(block)}</p>}
    </div>
  );
}
