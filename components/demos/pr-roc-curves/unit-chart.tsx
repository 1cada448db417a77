import type { ReactNode } from 'react';
import { Chart, createPlot, Dots, type Point } from '@/components/ui/chart';

/** The square [0, 1] × [0, 1] plot both curves share (same size, so they line up side by side). */
export const UNIT_PLOT = createPlot({
  width: 300,
  height: 284,
  margin: { left: 46, right: 14, top: 12, bottom: 42 },
  x: { domain: [0, 1] },
  y: { domain: [0, 1] },
});

const QUARTERS = [0, 0.25, 0.5, 0.75, 1];

/** A [0, 1] × [0, 1] chart from the kit with quarter grid lines, tick labels and axis titles. */
export function UnitChart({
  title,
  label,
  xLabel,
  yLabel,
  children,
}: {
  title: string;
  label: string;
  xLabel: string;
  yLabel: string;
  children: ReactNode;
}) {
  return (
    <Chart
      plot={UNIT_PLOT}
      title={title}
      summary={label}
      x={{ label: xLabel, ticks: QUARTERS, grid: true }}
      y={{ label: yLabel, ticks: QUARTERS, grid: true }}
      fontSize={10}
    >
      {children}
    </Chart>
  );
}

/** The current threshold's point: a ring that reads in both themes. */
export function Marker({ x, y }: { x: number; y: number }) {
  const point: Point = [x, y];
  return <Dots plot={UNIT_PLOT} points={[point]} r={7} fill="none" stroke="currentColor" strokeWidth={2.5} />;
}
