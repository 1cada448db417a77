import type { ConfusionCounts } from '@/lib/metrics';
import type { CmText } from './text';

const CELL = 'border border-line px-3 py-2 text-center';
const HIT = `${CELL} bg-accent-soft`;

/** The 2×2 confusion matrix: rows are the true class, columns the predicted class. */
export function MatrixTable({ counts, t, caption }: { counts: ConfusionCounts; t: CmText; caption: string }) {
  const cell = (name: string, n: number, cls: string) => (
    <td className={cls}>
      <span className="block text-xs text-muted">{name}</span>
      <span className="font-mono text-lg tabular-nums">{n}</span>
    </td>
  );
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 py-1 text-left text-xs font-medium text-muted">
            {t.corner}
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            {t.predPos}
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            {t.predNeg}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="px-2 py-1 text-left font-medium">
            {t.truePos}
          </th>
          {cell('TP', counts.tp, HIT)}
          {cell('FN', counts.fn, CELL)}
        </tr>
        <tr>
          <th scope="row" className="px-2 py-1 text-left font-medium">
            {t.trueNeg}
          </th>
          {cell('FP', counts.fp, CELL)}
          {cell('TN', counts.tn, HIT)}
        </tr>
      </tbody>
    </table>
  );
}
