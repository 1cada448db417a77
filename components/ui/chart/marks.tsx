import type { ReactNode, SVGProps } from 'react';
import { areaPath, linePath, type Curve, type Plot, type Point } from './plot';

/**
 * Marks: what a chart draws inside its frame, placed in data units through `plot`. Colours are CSS
 * variables from app/globals.css (`var(--accent)`, …) or `currentColor`, so dark mode follows.
 * Extra SVG attributes (`data-*`, `opacity`, `strokeDasharray`, …) pass through to the element.
 */

type PathAttrs = Omit<SVGProps<SVGPathElement>, 'd' | 'ref' | 'points'>;

/** A line through points, straight or in scikit-learn-style steps. */
export function Line({
  plot,
  points,
  curve = 'linear',
  stroke = 'var(--accent)',
  strokeWidth = 2,
  ...attrs
}: { plot: Plot; points: readonly Point[]; curve?: Curve } & PathAttrs) {
  return (
    <path
      d={linePath(plot, points, curve)}
      fill="none"
      stroke={stroke}
      strokeWidth={strokeWidth}
      strokeLinejoin="round"
      {...attrs}
    />
  );
}

/** The region between a line through points and the horizontal line at `base` (default 0). */
export function Area({
  plot,
  points,
  curve = 'linear',
  base = 0,
  fill = 'var(--accent)',
  opacity = 0.15,
  ...attrs
}: { plot: Plot; points: readonly Point[]; curve?: Curve; base?: number } & PathAttrs) {
  return <path d={areaPath(plot, points, curve, base)} fill={fill} opacity={opacity} {...attrs} />;
}

/** One rectangle in data units: from x0 to x1 across, from y0 to y1 up. */
export interface BarDatum {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  fill?: string;
  stroke?: string;
}

type RectAttrs = Omit<SVGProps<SVGRectElement>, 'ref' | 'x' | 'y' | 'width' | 'height'>;

/** Rectangles: bars of a bar chart, bins of a histogram, or a shaded band. */
export function Bars({
  plot,
  bars,
  fill = 'var(--accent)',
  stroke,
  ...attrs
}: { plot: Plot; bars: readonly BarDatum[] } & RectAttrs) {
  return (
    <g>
      {bars.map((b, i) => {
        const [xa, xb] = [plot.x(b.x0), plot.x(b.x1)];
        const [ya, yb] = [plot.y(b.y0), plot.y(b.y1)];
        return (
          <rect
            key={i}
            x={Math.min(xa, xb)}
            y={Math.min(ya, yb)}
            width={Math.abs(xb - xa)}
            height={Math.abs(yb - ya)}
            fill={b.fill ?? fill}
            stroke={b.stroke ?? stroke}
            {...attrs}
          />
        );
      })}
    </g>
  );
}

export type DotShape = 'circle' | 'square' | 'diamond';

type DotAttrs = Omit<SVGProps<SVGElement>, 'ref' | 'points' | 'r' | 'x' | 'y' | 'cx' | 'cy'>;

/** Points as circles, squares or diamonds of radius `r` (half the side for squares). */
export function Dots({
  plot,
  points,
  r = 3,
  shape = 'circle',
  fill = 'var(--accent)',
  ...attrs
}: { plot: Plot; points: readonly Point[]; r?: number; shape?: DotShape } & DotAttrs) {
  return (
    <g fill={fill} {...attrs}>
      {points.map(([vx, vy], i) => {
        const [cx, cy] = [plot.x(vx), plot.y(vy)];
        if (shape === 'circle') return <circle key={i} cx={cx} cy={cy} r={r} />;
        return (
          <rect
            key={i}
            x={cx - r}
            y={cy - r}
            width={2 * r}
            height={2 * r}
            transform={shape === 'diamond' ? `rotate(45 ${cx} ${cy})` : undefined}
          />
        );
      })}
    </g>
  );
}

type LineAttrs = Omit<SVGProps<SVGLineElement>, 'ref' | 'x1' | 'x2' | 'y1' | 'y2' | 'from' | 'to'>;

/** A straight segment between two data points (the chance diagonal, a tied block's step). */
export function Segment({
  plot,
  from,
  to,
  stroke = 'currentColor',
  ...attrs
}: { plot: Plot; from: Point; to: Point } & LineAttrs) {
  return (
    <line
      x1={plot.x(from[0])}
      y1={plot.y(from[1])}
      x2={plot.x(to[0])}
      y2={plot.y(to[1])}
      stroke={stroke}
      {...attrs}
    />
  );
}

/** A horizontal line at data value `y`, across the plot or from `x0` to `x1` (data units). */
export function RuleY({
  plot,
  y,
  x0,
  x1,
  stroke = 'currentColor',
  ...attrs
}: { plot: Plot; y: number; x0?: number; x1?: number } & LineAttrs) {
  return (
    <line
      x1={x0 === undefined ? plot.x.range[0] : plot.x(x0)}
      x2={x1 === undefined ? plot.x.range[1] : plot.x(x1)}
      y1={plot.y(y)}
      y2={plot.y(y)}
      stroke={stroke}
      {...attrs}
    />
  );
}

/** A vertical line at data value `x`, across the plot or from `y0` to `y1` (data units). */
export function RuleX({
  plot,
  x,
  y0,
  y1,
  stroke = 'currentColor',
  ...attrs
}: { plot: Plot; x: number; y0?: number; y1?: number } & LineAttrs) {
  return (
    <line
      x1={plot.x(x)}
      x2={plot.x(x)}
      y1={y0 === undefined ? plot.y.range[0] : plot.y(y0)}
      y2={y1 === undefined ? plot.y.range[1] : plot.y(y1)}
      stroke={stroke}
      {...attrs}
    />
  );
}

type TextAttrs = Omit<SVGProps<SVGTextElement>, 'ref' | 'x' | 'y'>;

/** Text at a data point, nudged by `dx`/`dy` pixels. */
export function Label({
  plot,
  x,
  y,
  children,
  fill = 'currentColor',
  ...attrs
}: { plot: Plot; x: number; y: number; children: ReactNode } & TextAttrs) {
  return (
    <text x={plot.x(x)} y={plot.y(y)} fill={fill} {...attrs}>
      {children}
    </text>
  );
}
