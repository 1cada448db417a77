import type { QuantizeResult } from '@/lib/decoding';
import { formatFixed, formatScientific } from '@/lib/format';
import type { DemoText } from './text';

/** Grid of group 1 (abbreviated past 16 points) and a table of S, Z and q per group. */
export function GroupTable({
  t,
  result,
  grid,
  groupSize,
}: {
  t: DemoText;
  result: QuantizeResult;
  grid: readonly number[];
  groupSize: number;
}) {
  const shownGrid = grid.length <= 16 ? grid : [...grid.slice(0, 3), NaN, ...grid.slice(-3)];
  return (
    <div className="mt-4 text-sm">
      <p>
        {t.gridTitle(formatScientific(result.scale[0] ?? 1, 3), result.zeroPoint[0] ?? 0)}{' '}
        <span className="font-mono">
          {shownGrid.map((g) => (Number.isNaN(g) ? '…' : formatFixed(g, 4))).join(', ')}
        </span>{' '}
        <span className="text-muted">{t.gridCount(grid.length)}</span>
      </p>
      <table className="mt-3 w-full">
        <caption className="mb-1 text-left text-muted">{t.caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.group}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.range}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              S
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Z
            </th>
            <th scope="col" className="py-1 font-medium">
              q
            </th>
          </tr>
        </thead>
        <tbody className="font-mono tabular-nums">
          {result.scale.map((s, g) => {
            const start = g * groupSize;
            const q = result.q.slice(start, start + groupSize);
            return (
              <tr key={g} className="border-b border-line/60 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-sans font-medium">
                  {g + 1}
                </th>
                <td className="py-1 pr-3 whitespace-nowrap">
                  {start}–{start + q.length - 1}
                </td>
                <td className="py-1 pr-3 text-right">{formatScientific(s, 3)}</td>
                <td className="py-1 pr-3 text-right">{formatFixed(result.zeroPoint[g] ?? 0, 0)}</td>
                <td className="py-1 break-words">{q.join(' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
