import type { ConfusionCounts } from '@/lib/metrics';
import { fmt2 } from '../shared/use-scored-examples';
import type { CmText } from './text';

export interface MetricValues {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly fBeta: number;
  readonly accuracy: number;
  readonly specificity: number;
}

/**
 * Every metric with its formula, the counts put in (written out, not re-computed) and the value
 * that `lib/metrics` returned.
 */
export function MetricList({
  counts: { tp, fp, tn, fn },
  values,
  beta,
  n,
  t,
}: {
  counts: ConfusionCounts;
  values: MetricValues;
  beta: string;
  n: number;
  t: CmText;
}) {
  const rows: [string, string, number, (string | undefined)?][] = [
    [
      t.precision,
      `TP / (TP + FP) = ${tp} / (${tp} + ${fp})`,
      values.precision,
      tp === 0 && fp === 0 ? t.zdPrecision : undefined,
    ],
    [t.recall, `TP / (TP + FN) = ${tp} / (${tp} + ${fn})`, values.recall],
    ['F1', `2TP / (2TP + FP + FN) = 2·${tp} / (2·${tp} + ${fp} + ${fn})`, values.f1],
    [
      `F${beta} (β = ${beta})`,
      `(1+β²)TP / ((1+β²)TP + β²FN + FP) = (1+${beta}²)·${tp} / ((1+${beta}²)·${tp} + ${beta}²·${fn} + ${fp})`,
      values.fBeta,
    ],
    [t.accuracy, `(TP + TN) / N = (${tp} + ${tn}) / ${n}`, values.accuracy],
    [t.specificity, `TN / (TN + FP) = ${tn} / (${tn} + ${fp})`, values.specificity],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr_auto] gap-x-3 gap-y-1.5 text-sm">
      {rows.map(([name, formula, value, note]) => (
        <div key={name} className="col-span-3 grid grid-cols-subgrid items-baseline">
          <dt className="font-medium">{name}</dt>
          <dd className="min-w-0 font-mono text-xs break-words text-muted">
            {formula}
            {note && <span className="mt-0.5 block font-sans text-pitfall">{note}</span>}
          </dd>
          <dd className="text-right font-mono tabular-nums">{fmt2(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
