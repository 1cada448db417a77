import type { ReactNode } from 'react';
import { AxisX, AxisY, type AxisSpec } from './axes';
import { classes } from './classes';
import { ChartTable, type ChartTableData } from './data-table';
import { Legend, type LegendItem } from './legend';
import type { Plot } from './plot';

export interface ChartProps {
  /** Layout and scales from `createPlot`; the marks in `children` use the same object. */
  plot: Plot;
  /** Short name, the SVG `<title>` (shown as a tooltip too). */
  title: string;
  /** What the chart shows, with its key numbers: the `aria-label` a screen reader reads. */
  summary: string;
  /** Longer description, the SVG `<desc>`. */
  desc?: string;
  /** Horizontal axis; omit to draw none. */
  x?: AxisSpec;
  /** Vertical axis; omit to draw none. */
  y?: AxisSpec;
  legend?: readonly LegendItem[];
  /** Classes of the legend list (replaces `mt-1 text-sm`). */
  legendClassName?: string;
  /** The data behind the chart as a table (visually hidden unless it has a `summary`). */
  table?: ChartTableData;
  /** Font size of every label, in viewBox units (the SVG scales with its container). */
  fontSize?: number;
  /** Classes of the wrapper (spacing, width). */
  className?: string;
  /** Classes of the `<svg>` (e.g. a responsive text size, which overrides `fontSize`). */
  svgClassName?: string;
  /** The marks, drawn over the axes and grid. */
  children: ReactNode;
}

/**
 * The frame of every chart: an SVG that scales to its container, with `role="img"`, a summary
 * `aria-label`, `<title>`/`<desc>`, axes with ticks, grid and titles under the marks, then an
 * optional legend and data table. No hooks and no browser APIs, so it renders the same on the
 * server and in the browser.
 *
 * @example
 * const plot = createPlot({ width: 320, height: 200, x: { domain: [0, 1] }, y: { domain: [0, 1] } });
 * <Chart plot={plot} title="ROC" summary="ROC curve, AUC 0.81" x={{ label: 'FPR' }} y={{ label: 'TPR' }}>
 *   <Line plot={plot} points={[[0, 0], [0.2, 0.7], [1, 1]]} />
 * </Chart>
 */
export function Chart({
  plot,
  title,
  summary,
  desc,
  x,
  y,
  legend,
  legendClassName,
  table,
  fontSize = 11,
  className,
  svgClassName,
  children,
}: ChartProps) {
  return (
    <div className={className}>
      <svg
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        role="img"
        aria-label={summary}
        fontSize={fontSize}
        className={classes('block h-auto w-full text-fg', svgClassName)}
      >
        <title>{title}</title>
        {desc && <desc>{desc}</desc>}
        {y && <AxisY plot={plot} spec={y} />}
        {x && <AxisX plot={plot} spec={x} />}
        {children}
      </svg>
      {legend && <Legend items={legend} {...(legendClassName ? { className: legendClassName } : {})} />}
      {table && <ChartTable {...table} />}
    </div>
  );
}
