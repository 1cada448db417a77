/**
 * The chart kit: every chart in a demo is a `<Chart>` frame (axes, ticks, legend, `<title>`,
 * `role="img"` summary, data table) around marks placed through one `createPlot` layout.
 * Demos never draw their own axes.
 */
export { Chart, type ChartProps } from './chart';
export { formatTick, type AxisSpec } from './axes';
export { ChartTable, type ChartTableData } from './data-table';
export { Legend, Swatch, type LegendItem } from './legend';
export { Area, Bars, Dots, Label, Line, RuleX, RuleY, Segment, type BarDatum, type DotShape } from './marks';
export {
  areaPath,
  createPlot,
  DEFAULT_MARGIN,
  linePath,
  type Curve,
  type Margin,
  type Plot,
  type PlotOptions,
  type Point,
  type ScaleSpec,
} from './plot';
export { linearScale, logScale, logTicks, niceTicks, type Scale, type ScaleType } from './scale';
export {
  cellTicks,
  HeatmapCells,
  HeatmapKey,
  heatmapPlot,
  heatLevel,
  levelOpacity,
  type CellBox,
  type HeatValue,
} from './heatmap';
export { HatchPattern, patternId, Spans } from './spans';
