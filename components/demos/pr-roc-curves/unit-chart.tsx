import type { ReactNode } from 'react';

const W = 300;
const H = 284;
const L = 46;
const R = 14;
const T = 12;
const B = 42;

/** x of a value in [0, 1] inside the plot. */
export const px = (v: number) => L + v * (W - L - R);
/** y of a value in [0, 1] inside the plot (0 at the bottom). */
export const py = (v: number) => H - B - v * (H - B - T);

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** A square [0, 1] × [0, 1] chart with grid lines, tick labels and axis titles. */
export function UnitChart({
  label,
  xLabel,
  yLabel,
  children,
}: {
  label: string;
  xLabel: string;
  yLabel: string;
  children: ReactNode;
}) {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="w-full text-fg">
      {TICKS.map((v) => (
        <g key={v} fontSize={10} fill="currentColor">
          <line x1={px(v)} x2={px(v)} y1={py(0)} y2={py(1)} stroke="var(--line)" />
          <line x1={px(0)} x2={px(1)} y1={py(v)} y2={py(v)} stroke="var(--line)" />
          <text x={px(v)} y={py(0) + 14} textAnchor="middle">
            {v}
          </text>
          <text x={px(0) - 5} y={py(v) + 3} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <text x={px(0.5)} y={H - 6} textAnchor="middle" fontSize={11} fill="currentColor">
        {xLabel}
      </text>
      <text
        x={12}
        y={py(0.5)}
        textAnchor="middle"
        fontSize={11}
        fill="currentColor"
        transform={`rotate(-90 12 ${py(0.5)})`}
      >
        {yLabel}
      </text>
      {children}
    </svg>
  );
}

/** The current threshold's point: a ring that reads in both themes. */
export function Marker({ x, y }: { x: number; y: number }) {
  return <circle cx={px(x)} cy={py(y)} r={7} fill="none" stroke="currentColor" strokeWidth={2.5} />;
}
