import type { Plot } from './plot';

/** What an axis shows. Without `ticks` it labels the scale's own round values. */
export interface AxisSpec {
  /** Axis title, under the x axis or rotated left of the y axis. */
  label?: string;
  /** Explicit tick values (e.g. quarters on a [0, 1] axis, or the categories of a bar chart). */
  ticks?: readonly number[];
  /** About how many intervals the automatic ticks should make (linear scales; default 5). */
  tickCount?: number;
  /** Tick label text; default: the number with a real minus sign. */
  format?: (value: number) => string;
  /** Grid lines across the plot at every tick. */
  grid?: boolean;
  /** The axis line along the plot's edge. */
  line?: boolean;
}

/** A tick value as text: '−0.5' with U+2212, as the site's readouts print negatives. */
export const formatTick = (value: number) => String(value).replace(/^-/, '−');

function ticksOf(spec: AxisSpec, scale: Plot['x']) {
  return spec.ticks ?? scale.ticks(spec.tickCount);
}

/** The horizontal axis: labels under the plot, optional vertical grid lines and title. */
export function AxisX({ plot, spec }: { plot: Plot; spec: AxisSpec }) {
  const { x, y, width, height, margin } = plot;
  const [top, bottom] = [y.range[1], y.range[0]];
  const format = spec.format ?? formatTick;
  return (
    <g data-axis="x" fill="currentColor">
      {ticksOf(spec, x).map((v, i) => (
        <g key={`${i}:${v}`}>
          {spec.grid && <line x1={x(v)} x2={x(v)} y1={top} y2={bottom} stroke="var(--line)" />}
          <text x={x(v)} y={bottom + 4} dy="0.71em" textAnchor="middle">
            {format(v)}
          </text>
        </g>
      ))}
      {spec.line && (
        <line x1={x.range[0]} x2={x.range[1]} y1={bottom} y2={bottom} stroke="currentColor" opacity={0.4} />
      )}
      {spec.label && (
        <text x={(margin.left + width - margin.right) / 2} y={height - 6} textAnchor="middle">
          {spec.label}
        </text>
      )}
    </g>
  );
}

/** The vertical axis: labels left of the plot, optional horizontal grid lines and rotated title. */
export function AxisY({ plot, spec }: { plot: Plot; spec: AxisSpec }) {
  const { x, y, margin, height } = plot;
  const [left, right] = x.range;
  const format = spec.format ?? formatTick;
  const middle = (margin.top + height - margin.bottom) / 2;
  return (
    <g data-axis="y" fill="currentColor">
      {ticksOf(spec, y).map((v, i) => (
        <g key={`${i}:${v}`}>
          {spec.grid && <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke="var(--line)" />}
          <text x={left - 5} y={y(v)} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      {spec.line && (
        <line x1={left} x2={left} y1={y.range[0]} y2={y.range[1]} stroke="currentColor" opacity={0.4} />
      )}
      {spec.label && (
        <text x={12} y={middle} textAnchor="middle" transform={`rotate(-90 12 ${middle})`}>
          {spec.label}
        </text>
      )}
    </g>
  );
}
