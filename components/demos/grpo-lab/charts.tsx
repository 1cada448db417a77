'use client';

import { useId } from 'react';
import {
  Bars,
  Chart,
  createPlot,
  Dots,
  HatchPattern,
  Line,
  patternId,
  RuleX,
  RuleY,
  type BarDatum,
  type ChartTableData,
  type LegendItem,
  type Point,
} from '@/components/ui/chart';
import { formatScientific } from '@/lib/format';

const tick = (v: number) => formatScientific(v, 3);
const integerTicks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A y domain that holds 0 and every value, with a little room; [−1, 1] when all are 0. */
function signedDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (lo === hi) return [-1, 1];
  const pad = (hi - lo) * 0.08;
  return [lo === 0 ? 0 : lo - pad, hi === 0 ? 0 : hi + pad];
}

/**
 * Two bars per category, the first solid, the second hatched (so the series differ by texture as
 * well as colour): centred on x = 1 … n, from 0 to each value.
 */
function pairedBars(first: readonly number[], second: readonly number[]): [BarDatum[], BarDatum[]] {
  const bar = (x0: number, x1: number, v: number): BarDatum => ({ x0, x1, y0: 0, y1: v });
  return [
    first.map((v, i) => bar(i + 1 - 0.4, i + 1 - 0.03, v)),
    second.map((v, i) => bar(i + 1 + 0.03, i + 1 + 0.4, v)),
  ];
}

/** The advantages of every answer in the group: with the std (solid) and without (hatched). */
export function AdvantageBars({
  scaled,
  unscaled,
  title,
  summary,
  labels,
  table,
}: {
  scaled: readonly number[];
  unscaled: readonly number[];
  title: string;
  summary: string;
  labels: { x: string; y: string; scaled: string; unscaled: string };
  table: ChartTableData;
}) {
  const hatch = patternId(useId(), 'unscaled');
  const n = scaled.length;
  const plot = createPlot({
    width: 480,
    height: 230,
    margin: { left: 56, right: 12, top: 12, bottom: 40 },
    x: { domain: [0.5, n + 0.5] },
    y: { domain: signedDomain([...scaled, ...unscaled]) },
  });
  const [solid, hatched] = pairedBars(scaled, unscaled);
  const legend: LegendItem[] = [
    { label: labels.scaled, kind: 'rect', color: 'var(--accent)' },
    { label: labels.unscaled, kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--accent)' },
  ];
  return (
    <Chart
      plot={plot}
      title={title}
      summary={summary}
      x={{ label: labels.x, ticks: integerTicks(1, n) }}
      y={{ label: labels.y, tickCount: 4, grid: true, format: tick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--accent)" background="var(--surface)" />
      </defs>
      <RuleY plot={plot} y={0} stroke="currentColor" opacity={0.5} />
      <Bars plot={plot} bars={solid} fill="var(--accent)" data-scaled />
      <Bars plot={plot} bars={hatched} fill={`url(#${hatch})`} stroke="var(--accent)" data-unscaled />
    </Chart>
  );
}

/** A right answer's advantage against k right answers of G: with the std (circles) and without (squares). */
export function SweepChart({
  points,
  current,
  title,
  summary,
  labels,
  table,
}: {
  points: readonly { k: number; scaled: number; unscaled: number }[];
  /** the current group's k, marked when it lies on the curve */
  current: number | null;
  title: string;
  summary: string;
  labels: { x: string; y: string; scaled: string; unscaled: string; current: string };
  table: ChartTableData;
}) {
  const last = points.length;
  const plot = createPlot({
    width: 480,
    height: 220,
    margin: { left: 56, right: 12, top: 12, bottom: 40 },
    x: { domain: [0.5, last + 0.5] },
    y: { domain: [0, Math.max(1, ...points.map((p) => p.scaled)) * 1.08] },
  });
  const scaled: Point[] = points.map((p) => [p.k, p.scaled]);
  const unscaled: Point[] = points.map((p) => [p.k, p.unscaled]);
  const legend: LegendItem[] = [
    { label: labels.scaled, kind: 'dot', color: 'var(--accent)' },
    { label: labels.unscaled, kind: 'square', color: 'currentColor' },
    { label: labels.current, kind: 'line', color: 'var(--muted)', dash: '4 3' },
  ];
  return (
    <Chart
      plot={plot}
      title={title}
      summary={summary}
      x={{ label: labels.x, ticks: integerTicks(1, last) }}
      y={{ label: labels.y, tickCount: 4, grid: true, format: tick }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      {current !== null && (
        <RuleX plot={plot} x={current} stroke="var(--muted)" strokeDasharray="4 3" data-current />
      )}
      <Line plot={plot} points={scaled} data-sweep-scaled />
      <Dots plot={plot} points={scaled} r={3.5} />
      <Line plot={plot} points={unscaled} stroke="currentColor" strokeDasharray="5 3" data-sweep-unscaled />
      <Dots plot={plot} points={unscaled} r={3} shape="square" fill="currentColor" />
    </Chart>
  );
}

/** The per-token push on answers 1 (solid) and 2 (hatched) under each loss type. */
export function PushBars({
  first,
  second,
  names,
  title,
  summary,
  labels,
  table,
}: {
  first: readonly number[];
  second: readonly number[];
  /** one name per category (the loss types) */
  names: readonly string[];
  title: string;
  summary: string;
  labels: { x: string; y: string; first: string; second: string };
  table: ChartTableData;
}) {
  const hatch = patternId(useId(), 'second');
  // Pushes are ~10⁻⁴: plot them in units of a power of ten so the tick labels stay short.
  const biggest = Math.max(...[...first, ...second].map(Math.abs));
  const exponent = biggest > 0 ? Math.floor(Math.log10(biggest)) : 0;
  const inUnits = (v: number) => v / 10 ** exponent;
  const unit = exponent === 0 ? '' : ` (× ${formatScientific(10 ** exponent, 1).replace(/^1 × /, '')})`;
  const plot = createPlot({
    width: 480,
    height: 230,
    margin: { left: 56, right: 12, top: 12, bottom: 40 },
    x: { domain: [0.5, names.length + 0.5] },
    y: { domain: signedDomain([...first, ...second].map(inUnits)) },
  });
  const [solid, hatched] = pairedBars(first.map(inUnits), second.map(inUnits));
  const legend: LegendItem[] = [
    { label: labels.first, kind: 'rect', color: 'var(--accent)' },
    { label: labels.second, kind: 'rect', color: `url(#${hatch})`, stroke: 'var(--accent)' },
  ];
  return (
    <Chart
      plot={plot}
      title={title}
      summary={summary}
      x={{ label: labels.x, ticks: integerTicks(1, names.length), format: (v) => names[v - 1] ?? '' }}
      y={{ label: `${labels.y}${unit}`, tickCount: 4, grid: true }}
      legend={legend}
      legendClassName="mt-1 text-xs"
      table={table}
      className="mt-4"
    >
      <defs>
        <HatchPattern id={hatch} stroke="var(--accent)" background="var(--surface)" />
      </defs>
      <RuleY plot={plot} y={0} stroke="currentColor" opacity={0.5} />
      <Bars plot={plot} bars={solid} fill="var(--accent)" data-first />
      <Bars plot={plot} bars={hatched} fill={`url(#${hatch})`} stroke="var(--accent)" data-second />
    </Chart>
  );
}
