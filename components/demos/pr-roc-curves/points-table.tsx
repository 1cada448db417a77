import type { ThresholdPoint } from '@/lib/metrics';
import { fmt2, formatThreshold } from '../shared/use-scored-examples';
import type { CurvesText } from './text';

export type CurvePoint = ThresholdPoint & { readonly fpr: number };

const NUM = 'py-1 pr-3 text-right font-mono tabular-nums';

/** Every threshold of the sweep (high to low) with its counts and rates; the current one marked. */
export function PointsTable({
  rows,
  current,
  t,
}: {
  rows: readonly CurvePoint[];
  current: CurvePoint;
  t: CurvesText;
}) {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium">{t.table}</summary>
      <table className="mt-2 w-full">
        <caption className="mb-1 text-left text-muted">{t.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {['t', 'TP', 'FP', 'P', 'R = TPR', 'FPR'].map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((p) => (
            <tr
              key={p.threshold}
              aria-current={p === current ? 'true' : undefined}
              className="border-b border-line/60 aria-[current]:bg-accent-soft aria-[current]:font-semibold"
            >
              <th scope="row" className={NUM}>
                {formatThreshold(p.threshold)}
              </th>
              <td className={NUM}>{p.counts.tp}</td>
              <td className={NUM}>{p.counts.fp}</td>
              <td className={NUM}>{fmt2(p.precision)}</td>
              <td className={NUM}>{fmt2(p.recall)}</td>
              <td className={NUM}>{fmt2(p.fpr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
