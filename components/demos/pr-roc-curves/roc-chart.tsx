import { Area, Dots, Line, Segment, type Point } from '@/components/ui/chart';
import type { RocCurve } from '@/lib/metrics';
import { Marker, UNIT_PLOT as plot, UnitChart } from './unit-chart';

/**
 * The ROC curve with its area (AUC) shaded, the chance diagonal dashed, and the segments where a
 * block of tied scores moves the curve up and right at once drawn thick in red.
 */
export function RocChart({
  curve: { fpr, tpr },
  marker,
  text,
}: {
  curve: RocCurve;
  marker: { x: number; y: number };
  text: { title: string; label: string; x: string; y: string };
}) {
  const points = fpr.map((f, i): Point => [f, tpr[i] ?? 0]);
  // A tied block holding both classes moves up and right in one step.
  const ties = points.flatMap((p, i) => {
    const prev = points[i - 1];
    return prev && p[0] > prev[0] && p[1] > prev[1] ? [[prev, p] as const] : [];
  });
  return (
    <UnitChart title={text.title} label={text.label} xLabel={text.x} yLabel={text.y}>
      <Area plot={plot} points={points} />
      <Segment plot={plot} from={[0, 0]} to={[1, 1]} strokeDasharray="4 4" opacity={0.6} />
      <Line plot={plot} points={points} />
      {ties.map(([from, to], i) => (
        <Segment
          key={i}
          data-tie
          plot={plot}
          from={from}
          to={to}
          stroke="var(--underline)"
          strokeWidth={4}
          strokeLinecap="round"
        />
      ))}
      <Dots plot={plot} points={points} r={2.5} />
      <Marker {...marker} />
    </UnitChart>
  );
}
