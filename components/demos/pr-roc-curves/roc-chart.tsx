import type { RocCurve } from '@/lib/metrics';
import { Marker, px, py, UnitChart } from './unit-chart';

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
  text: { label: string; x: string; y: string };
}) {
  const points = fpr.map((f, i) => `${px(f)},${py(tpr[i] ?? 0)}`);
  return (
    <UnitChart label={text.label} xLabel={text.x} yLabel={text.y}>
      <path d={`M${points.join('L')}L${px(1)},${py(0)}Z`} fill="var(--accent)" opacity={0.15} />
      <line
        x1={px(0)}
        y1={py(0)}
        x2={px(1)}
        y2={py(1)}
        stroke="currentColor"
        strokeDasharray="4 4"
        opacity={0.6}
      />
      <path d={`M${points.join('L')}`} fill="none" stroke="var(--accent)" strokeWidth={2} />
      {fpr.map((f, i) => {
        const [f0, t0, t1] = [fpr[i - 1], tpr[i - 1], tpr[i]];
        // A tied block holding both classes: up and right in one step.
        if (f0 === undefined || t0 === undefined || t1 === undefined || !(f > f0 && t1 > t0)) return null;
        return (
          <line
            key={i}
            data-tie
            x1={px(f0)}
            y1={py(t0)}
            x2={px(f)}
            y2={py(t1)}
            stroke="var(--underline)"
            strokeWidth={4}
            strokeLinecap="round"
          />
        );
      })}
      {fpr.map((f, i) => (
        <circle key={i} cx={px(f)} cy={py(tpr[i] ?? 0)} r={2.5} fill="var(--accent)" />
      ))}
      <Marker {...marker} />
    </UnitChart>
  );
}
