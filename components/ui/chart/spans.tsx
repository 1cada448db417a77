import type { SVGProps } from 'react';
import type { BarDatum } from './marks';
import type { Plot } from './plot';

/**
 * Two marks for timelines and stacked bars with many pieces: `Spans` draws any number of
 * rectangles (data units, as `Bars`) as ONE `<path>`, so a 1,000-cell schedule grid is a handful of
 * DOM nodes; `HatchPattern` defines a diagonal-line fill, so a mark can differ from its neighbour
 * by texture and not by colour alone. Like the rest of the kit: no hooks, no browser APIs.
 */

const num = (v: number) => String(Math.round(v * 100) / 100);

type PathAttrs = Omit<SVGProps<SVGPathElement>, 'd' | 'ref'>;

/**
 * Rectangles from x0 to x1 across and y0 to y1 up, merged into one path. `inset` shrinks each
 * rectangle by that many pixels on every side (a gap between neighbouring cells).
 *
 * @example <Spans plot={plot} rects={[{ x0: 0, x1: 1, y0: 0, y1: 1 }]} fill="var(--accent)" />
 */
export function Spans({
  plot,
  rects,
  inset = 0,
  fill = 'var(--accent)',
  ...attrs
}: { plot: Plot; rects: readonly Omit<BarDatum, 'fill' | 'stroke'>[]; inset?: number } & PathAttrs) {
  const d = rects
    .map((r) => {
      const [xa, xb] = [plot.x(r.x0), plot.x(r.x1)];
      const [ya, yb] = [plot.y(r.y0), plot.y(r.y1)];
      const x = Math.min(xa, xb) + inset;
      const y = Math.min(ya, yb) + inset;
      const w = Math.max(0, Math.abs(xb - xa) - 2 * inset);
      const h = Math.max(0, Math.abs(yb - ya) - 2 * inset);
      return `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`;
    })
    .join('');
  return <path d={d} fill={fill} {...attrs} />;
}

/**
 * A `<pattern>` of diagonal lines over an optional background, to use as `fill="url(#id)"` in a
 * mark and in a legend swatch (`LegendItem.color`). `id` must be unique on the page and made of
 * letters, digits, `-` and `_` (see `patternId`).
 */
export function HatchPattern({
  id,
  stroke = 'currentColor',
  background = 'none',
  angle = 45,
  spacing = 5,
  strokeWidth = 1.5,
}: {
  id: string;
  stroke?: string;
  background?: string;
  angle?: number;
  spacing?: number;
  strokeWidth?: number;
}) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={spacing}
      height={spacing}
      patternTransform={`rotate(${angle})`}
    >
      <rect width={spacing} height={spacing} fill={background} />
      <line x1={0} y1={0} x2={0} y2={spacing} stroke={stroke} strokeWidth={strokeWidth} />
    </pattern>
  );
}

/**
 * A pattern id that is safe inside `url(#…)`: React's `useId()` values contain characters such as
 * `:` or `«»` that a CSS/SVG `url()` reference may not accept.
 *
 * @example patternId(':r1:', 'backward') // 'r1-backward'
 */
export function patternId(base: string, name: string): string {
  return `${base.replace(/[^A-Za-z0-9_-]/g, '')}-${name}`;
}
