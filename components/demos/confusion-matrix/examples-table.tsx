import type { BinaryLabel } from '@/lib/metrics';
import { formatThreshold } from '../shared/use-scored-examples';
import type { CmText } from './text';

/** The data behind the number line, in a collapsible table: score, class, prediction, cell. */
export function ExamplesTable({
  labels,
  scores,
  predicted,
  caption,
  t,
}: {
  labels: readonly BinaryLabel[];
  scores: readonly number[];
  predicted: readonly BinaryLabel[];
  caption: string;
  t: CmText;
}) {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const word = (y: BinaryLabel | undefined) => (y === 1 ? t.pos : t.neg);
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium">{t.data}</summary>
      <table className="mt-2 w-full">
        <caption className="mb-1 text-left text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.score}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.label}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.predicted}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t.outcome}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const [y, p] = [labels[i], predicted[i]];
            return (
              <tr key={i} className="border-b border-line/60">
                <td className="py-1 pr-3 font-mono tabular-nums">{formatThreshold(scores[i] ?? 0)}</td>
                <td className="py-1 pr-3">{word(y)}</td>
                <td className="py-1 pr-3">{word(p)}</td>
                <td className="py-1 font-mono">{(y === p ? 'T' : 'F') + (p === 1 ? 'P' : 'N')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
