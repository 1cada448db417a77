import { Area, Dots, Label, Line, RuleY, type Point } from '@/components/ui/chart';
import type { PrecisionRecallCurve } from '@/lib/metrics';
import { Marker, UNIT_PLOT as plot, UnitChart } from './unit-chart';

/**
 * The precision–recall curve in scikit-learn's step convention: from each point (Rⱼ, Pⱼ) the
 * curve runs left at height Pⱼ to the next recall, so the shaded area under the steps is AP.
 */
export function PrChart({
  curve: { precision, recall },
  marker,
  baseline,
  text,
}: {
  curve: PrecisionRecallCurve;
  marker: { x: number; y: number };
  baseline: { value: number; label: string };
  text: { title: string; label: string; x: string; y: string };
}) {
  const points = recall.map((r, j): Point => [r, precision[j] ?? 1]);
  const last = points.length - 1;
  return (
    <UnitChart title={text.title} label={text.label} xLabel={text.x} yLabel={text.y}>
      <Area plot={plot} points={points} curve="step-after" />
      <RuleY plot={plot} y={baseline.value} strokeDasharray="4 4" opacity={0.6} />
      <Label plot={plot} x={0} y={baseline.value} dx={4} dy={-4} fontSize={10}>
        {baseline.label}
      </Label>
      <Line plot={plot} points={points} curve="step-after" />
      <Dots plot={plot} points={points.slice(0, last)} r={2.5} stroke="var(--accent)" />
      {/* the end point (recall 0, precision 1) is a convention, not a threshold: drawn hollow */}
      <Dots plot={plot} points={points.slice(last)} r={3.5} fill="var(--surface)" stroke="var(--accent)" />
      <Marker {...marker} />
    </UnitChart>
  );
}
