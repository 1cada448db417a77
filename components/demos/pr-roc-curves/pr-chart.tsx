import type { PrecisionRecallCurve } from '@/lib/metrics';
import { Marker, px, py, UnitChart } from './unit-chart';

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
  text: { label: string; x: string; y: string };
}) {
  const steps =
    `M${px(recall[0] ?? 1)},${py(precision[0] ?? 0)}` +
    recall
      .slice(1)
      .map((r, j) => `H${px(r)}V${py(precision[j + 1] ?? 1)}`)
      .join('');
  const last = recall.length - 1;
  return (
    <UnitChart label={text.label} xLabel={text.x} yLabel={text.y}>
      <path d={`${steps}V${py(0)}H${px(recall[0] ?? 1)}Z`} fill="var(--accent)" opacity={0.15} />
      <line
        x1={px(0)}
        x2={px(1)}
        y1={py(baseline.value)}
        y2={py(baseline.value)}
        stroke="currentColor"
        strokeDasharray="4 4"
        opacity={0.6}
      />
      <text x={px(0) + 4} y={py(baseline.value) - 4} fontSize={10} fill="currentColor">
        {baseline.label}
      </text>
      <path d={steps} fill="none" stroke="var(--accent)" strokeWidth={2} />
      {recall.map((r, j) => (
        <circle
          key={j}
          cx={px(r)}
          cy={py(precision[j] ?? 1)}
          r={j === last ? 3.5 : 2.5}
          fill={j === last ? 'var(--surface)' : 'var(--accent)'}
          stroke="var(--accent)"
        />
      ))}
      <Marker {...marker} />
    </UnitChart>
  );
}
