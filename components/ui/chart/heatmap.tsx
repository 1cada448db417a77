import type { ReactNode } from 'react';
import { createPlot, type Margin, type Plot } from './plot';

/**
 * The heatmap mark of the chart kit: a matrix drawn as cells inside a `<Chart>` frame, row 0 at
 * the top. A cell's colour says its sign (blue above 0, orange below) and its opacity its size,
 * quantised into a few levels so that a 64 × 64 matrix is a handful of `<path>`s, not 4,096 rects.
 * Colour never carries meaning alone: small matrices print each value in its cell (`labels`),
 * large ones pass the numbers to the frame's data table, and empty cells (`null`, e.g. a masked
 * score) are crossed out by a diagonal stroke. Like the rest of the kit: no hooks, no browser APIs.
 */

/** A matrix cell value; `null` is an empty cell (masked, undefined), drawn hatched. */
export type HeatValue = number | null;

/** A rectangle of cells to outline: rows `row … row + rows − 1`, columns `col … col + cols − 1`. */
export interface CellBox {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}

/**
 * The layout of a heatmap: x runs over columns [0, columns], y over rows [rows, 0] so that row 0
 * is at the top. Cell (i, j) spans x ∈ [j, j + 1] and y ∈ [i, i + 1].
 *
 * @example heatmapPlot({ rows: 4, columns: 4, width: 240, height: 240 }).y(0) // the top edge
 */
export function heatmapPlot({
  rows,
  columns,
  width,
  height,
  margin,
}: {
  rows: number;
  columns: number;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}): Plot {
  return createPlot({
    width,
    height,
    margin: { top: 8, right: 8, bottom: 40, left: 46, ...margin },
    x: { domain: [0, columns] },
    y: { domain: [rows, 0] },
  });
}

/**
 * Axis ticks at the centres of `count` cells, every `step`-th one: pass them as `AxisSpec.ticks`
 * with a `format` that names cell ⌊v⌋.
 *
 * @example cellTicks(5, 2) // [0.5, 2.5, 4.5]
 */
export function cellTicks(count: number, step = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += Math.max(1, Math.floor(step))) out.push(i + 0.5);
  return out;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/** Opacity of quantisation level `level` of `levels` (level 0 is a faint tint, not blank). */
export function levelOpacity(level: number, levels: number): number {
  return 0.06 + (0.8 * level) / levels;
}

/**
 * The quantisation of |value| / max into 0 … levels, and its sign; NaN and infinities are never
 * passed here (the caller's numbers come from lib, which returns neither for valid input).
 *
 * @example heatLevel(0.5, 1, 8) // { level: 4, negative: false }
 */
export function heatLevel(value: number, max: number, levels: number): { level: number; negative: boolean } {
  const ratio = max > 0 ? Math.min(1, Math.abs(value) / max) : 0;
  return { level: Math.round(ratio * levels), negative: value < 0 };
}

export function HeatmapCells({
  plot,
  values,
  max,
  positive = 'var(--accent)',
  negative = 'var(--pitfall)',
  levels = 8,
  labels,
  fontSize = 10,
  outline = [],
  gap = 0,
}: {
  plot: Plot;
  values: readonly (readonly HeatValue[])[];
  /** The magnitude drawn at full colour; default the largest |value|. */
  max?: number;
  positive?: string;
  negative?: string;
  levels?: number;
  /** Text printed in each cell (same shape as `values`); '' prints nothing. */
  labels?: readonly (readonly string[])[];
  fontSize?: number;
  /** Cells to outline (a selected row, a selected cell). */
  outline?: readonly CellBox[];
  /** Pixels of surface left between cells. */
  gap?: number;
}) {
  let top = 0;
  for (const row of values) for (const v of row) if (v !== null && Math.abs(v) > top) top = Math.abs(v);
  const scaleMax = max ?? top;
  const box = (i: number, j: number, rows = 1, cols = 1) => {
    const [x0, x1] = [plot.x(j), plot.x(j + cols)];
    const [y0, y1] = [plot.y(i), plot.y(i + rows)];
    return { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
  };
  // One path per (sign, level): "M x y h w v h h −w Z" for each cell of that bucket.
  const buckets = new Map<string, { fill: string; opacity: number; d: string[] }>();
  const hatch: string[] = [];
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      const b = box(i, j);
      const [x, y, w, h] = [b.x + gap / 2, b.y + gap / 2, b.w - gap, b.h - gap];
      if (v === null) {
        hatch.push(`M${num(x)} ${num(y + h)}L${num(x + w)} ${num(y)}`);
        return;
      }
      const { level, negative: neg } = heatLevel(v, scaleMax, levels);
      const key = `${neg ? '-' : '+'}${level}`;
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { fill: neg ? negative : positive, opacity: levelOpacity(level, levels), d: [] };
        buckets.set(key, bucket);
      }
      bucket.d.push(`M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`);
    }),
  );
  return (
    <g data-heatmap>
      {[...buckets.entries()].map(([key, b]) => (
        <path key={key} d={b.d.join('')} fill={b.fill} fillOpacity={b.opacity} />
      ))}
      {hatch.length > 0 && (
        <path d={hatch.join('')} fill="none" stroke="currentColor" strokeOpacity={0.4} strokeWidth={1} />
      )}
      {labels &&
        labels.map((row, i) =>
          row.map((text, j) => {
            if (!text) return null;
            const b = box(i, j);
            return (
              <text
                key={`${i}:${j}`}
                x={b.x + b.w / 2}
                y={b.y + b.h / 2}
                dy="0.35em"
                textAnchor="middle"
                fontSize={fontSize}
                fill="currentColor"
                // A halo in the surface colour keeps the digits legible on the darkest cells.
                stroke="var(--surface)"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {text}
              </text>
            );
          }),
        )}
      {outline.map((o, k) => {
        const b = box(o.row, o.col, o.rows, o.cols);
        return (
          <rect
            key={k}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            data-outline
          />
        );
      })}
    </g>
  );
}

/**
 * The colour key of a heatmap, as HTML under the chart: swatches at the opacities the cells use,
 * from `low` to `high`, with the end values printed. `range` says which hues appear: 'signed'
 * runs from −max (orange) through 0 to +max (blue), 'positive' from 0 to +max, 'negative' from
 * −max to 0. Decorative swatches, readable labels.
 */
export function HeatmapKey({
  low,
  high,
  range,
  levels = 8,
  positive = 'var(--accent)',
  negative = 'var(--pitfall)',
  children,
}: {
  /** Text at the left end (e.g. '−1' or '0'). */
  low: string;
  /** Text at the right end (e.g. '1'). */
  high: string;
  range: 'signed' | 'positive' | 'negative';
  levels?: number;
  positive?: string;
  negative?: string;
  /** Extra text after the key (e.g. what a crossed-out cell means). */
  children?: ReactNode;
}) {
  const steps: { fill: string; opacity: number }[] = [];
  if (range !== 'positive') {
    for (let l = levels; l >= 1; l--) steps.push({ fill: negative, opacity: levelOpacity(l, levels) });
  }
  if (range === 'negative') steps.push({ fill: negative, opacity: levelOpacity(0, levels) });
  else for (let l = 0; l <= levels; l++) steps.push({ fill: positive, opacity: levelOpacity(l, levels) });
  const w = 8;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
      <span className="font-mono tabular-nums">{low}</span>
      <svg
        width={steps.length * w}
        height={12}
        viewBox={`0 0 ${steps.length * w} 12`}
        aria-hidden="true"
        className="shrink-0"
      >
        {steps.map((s, k) => (
          <rect key={k} x={k * w} y={0} width={w} height={12} fill={s.fill} fillOpacity={s.opacity} />
        ))}
      </svg>
      <span className="font-mono tabular-nums">{high}</span>
      {children}
    </div>
  );
}
