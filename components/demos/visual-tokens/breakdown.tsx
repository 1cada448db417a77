import { groupDigits } from '@/components/demos/shared/number-field';
import { ProbBar } from '@/components/ui/prob-bar';
import type { VtView } from './compute';
import type { Mode } from './presets';
import type { VtText } from './text';

const CELL = 'px-2 py-1 text-right font-mono tabular-nums';

/**
 * One image's visual tokens by part (lib's count), each with a bar against the context window;
 * the bars are decorative, the counts and the total's share are printed. Parts that are 0 in this mode are left
 * out, the total always shows.
 */
export function Breakdown({
  view,
  mode,
  context,
  sharePct,
  t,
}: {
  view: VtView;
  mode: Mode;
  context: number;
  /** one image's share of the window, formatted (from lib's contextShare) */
  sharePct: string;
  t: VtText;
}) {
  const { count } = view;
  const [rows, cols] = count.tiles;
  const main =
    mode === 'anyres'
      ? t.parts.tiles(rows, cols, groupDigits(count.viewSize[0]))
      : t.parts.view(groupDigits(count.resized[0]), groupDigits(count.resized[1]));
  const parts: { key: string; label: string; value: number; show: boolean }[] = [
    { key: 'image', label: main, value: count.imageTokens, show: true },
    { key: 'global', label: t.parts.global, value: count.globalTokens, show: mode === 'anyres' },
    { key: 'newline', label: t.parts.newline, value: count.newlineTokens, show: count.newlineTokens > 0 },
    { key: 'cls', label: t.parts.cls, value: count.clsTokens, show: count.clsTokens > 0 },
    { key: 'special', label: t.parts.special, value: count.specialTokens, show: count.specialTokens > 0 },
  ];
  // A region that can take focus, so a keyboard can scroll the table on a narrow screen.
  return (
    <div role="region" aria-label={t.breakdownCaption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[22rem] text-sm" data-breakdown>
        <caption className="mb-1 text-left text-xs text-muted">{t.breakdownCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t.columns.part}
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              {t.columns.tokens}
            </th>
            <th scope="col" className="w-1/3 px-2 py-1 text-left font-medium">
              {t.columns.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {parts
            .filter((p) => p.show)
            .map((p) => (
              <tr key={p.key} className="border-b border-line/60" data-part={p.key}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {p.label}
                </th>
                <td className={CELL}>{groupDigits(p.value)}</td>
                <td className="px-2 py-1">
                  <ProbBar value={Math.min(p.value, context)} max={context} />
                </td>
              </tr>
            ))}
        </tbody>
        <tfoot>
          <tr data-part="total">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              {t.parts.total}
            </th>
            <td className={`${CELL} font-semibold`}>{groupDigits(count.total)}</td>
            <td className="px-2 py-1">
              <span className="font-mono text-xs tabular-nums">{sharePct}</span>
              <ProbBar value={Math.min(count.total, context)} max={context} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
