/**
 * The geometry of a chart: its size, margins and the two scales that place data inside the margins,
 * plus the SVG path strings the line and area marks draw. Pure, so it is tested without rendering.
 */
import { linearScale, logScale, type Scale, type ScaleType } from './scale';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One axis' data extent and scale type; `clamp` pins values outside the domain to its edge. */
export interface ScaleSpec {
  domain: readonly [number, number];
  type?: ScaleType;
  clamp?: boolean;
}

export interface PlotOptions {
  /** The SVG's viewBox size: the chart scales to its container, so these are proportions. */
  width: number;
  height: number;
  margin?: Partial<Margin>;
  x: ScaleSpec;
  y: ScaleSpec;
}

/** A laid-out plot: marks and axes read positions from `x` and `y` (y grows upwards). */
export interface Plot {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly x: Scale;
  readonly y: Scale;
}

/** Room for tick labels on the left and an axis title under the plot. */
export const DEFAULT_MARGIN: Margin = { top: 12, right: 14, bottom: 40, left: 46 };

function makeScale(spec: ScaleSpec, range: readonly [number, number]): Scale {
  const options = { clamp: spec.clamp ?? false };
  return spec.type === 'log'
    ? logScale(spec.domain, range, options)
    : linearScale(spec.domain, range, options);
}

/**
 * Lays out a plot: x runs from the left margin to the right one, y from the bottom margin up.
 *
 * @throws RangeError if the margins leave no room, or a domain is invalid for its scale.
 * @example createPlot({ width: 300, height: 200, x: { domain: [0, 1] }, y: { domain: [0, 1] } }).x(0.5) // 166
 */
export function createPlot({ width, height, margin, x, y }: PlotOptions): Plot {
  const m = { ...DEFAULT_MARGIN, ...margin };
  if (!(width - m.left - m.right > 0 && height - m.top - m.bottom > 0)) {
    throw new RangeError(`a ${width} × ${height} chart leaves no room inside its margins`);
  }
  return {
    width,
    height,
    margin: m,
    x: makeScale(x, [m.left, width - m.right]),
    y: makeScale(y, [height - m.bottom, m.top]),
  };
}

/** How consecutive points are joined: straight, or across then up/down (scikit-learn's PR steps). */
export type Curve = 'linear' | 'step-after';

export type Point = readonly [number, number];

const num = (v: number) => String(Math.round(v * 100) / 100);

function pixels(plot: Plot, points: readonly Point[]): Point[] {
  return points.map(([x, y]) => [plot.x(x), plot.y(y)] as const);
}

function pathThrough(px: readonly Point[], curve: Curve): string {
  const [first, ...rest] = px;
  if (!first) return '';
  const head = `M${num(first[0])},${num(first[1])}`;
  return (
    head +
    rest.map(([x, y]) => (curve === 'step-after' ? `H${num(x)}V${num(y)}` : `L${num(x)},${num(y)}`)).join('')
  );
}

/**
 * The SVG path of a line through data points (empty for no points). `step-after` runs
 * horizontally to the next point's x, then vertically to its y, as d3's `curveStepAfter`.
 *
 * @example linePath(createPlot({ width: 100, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 }, x: { domain: [0, 1] }, y: { domain: [0, 1] } }), [[0, 0], [1, 1]]) // 'M0,100L100,0'
 */
export function linePath(plot: Plot, points: readonly Point[], curve: Curve = 'linear'): string {
  return pathThrough(pixels(plot, points), curve);
}

/**
 * The closed SVG path of the area between a line through the points and the horizontal line at
 * data value `base` (0 by default), for shading AUC, AP or a gap.
 */
export function areaPath(plot: Plot, points: readonly Point[], curve: Curve = 'linear', base = 0): string {
  const px = pixels(plot, points);
  const first = px[0];
  const last = px[px.length - 1];
  if (!first || !last) return '';
  const y0 = num(plot.y(base));
  return `${pathThrough(px, curve)}V${y0}H${num(first[0])}Z`;
}
