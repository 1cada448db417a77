import { Chart } from '@/components/ui/chart';
import { cellTicks, HeatmapCells, HeatmapKey, heatmapPlot } from '@/components/ui/chart/heatmap';
import { formatCell, formatLoss, type ClipView } from './compute';
import { vectorName, type ClipText } from './text';

const CELL = 'px-2 py-1 text-right font-mono tabular-nums';

/** The cosine matrix as a labelled heatmap (kit), positives outlined; its data table repeats the numbers. */
export function SimilarityHeatmap({ view, t }: { view: ClipView; t: ClipText }) {
  const n = view.similarity.length;
  const size = 80 + 48 * n;
  const plot = heatmapPlot({
    rows: n,
    columns: n,
    width: size,
    height: size,
    margin: { left: 48, bottom: 40, top: 6, right: 6 },
  });
  const image = (v: number) => vectorName('images', Math.floor(v));
  const text = (v: number) => vectorName('texts', Math.floor(v));
  return (
    <div>
      <Chart
        plot={plot}
        title={t.heatmapTitle}
        summary={t.heatmapSummary(n, view.similarity.map((row, i) => formatCell(row[i] ?? 0)).join(', '))}
        x={{ label: t.textsAxis, ticks: cellTicks(n), format: text }}
        y={{ label: t.imagesAxis, ticks: cellTicks(n), format: image }}
        fontSize={11}
        table={{
          caption: t.heatmapCaption,
          columns: [t.corner, ...view.similarity.map((_, j) => vectorName('texts', j))],
          rows: view.similarity.map((row, i) => [vectorName('images', i), ...row.map(formatCell)]),
        }}
        className="w-full max-w-72"
      >
        <HeatmapCells
          plot={plot}
          values={view.similarity}
          max={1}
          labels={view.similarity.map((row) => row.map(formatCell))}
          outline={view.similarity.map((_, i) => ({ row: i, col: i }))}
          gap={1.5}
          fontSize={11}
        />
      </Chart>
      <HeatmapKey low="−1" high="1" range="signed">
        <span className="text-muted">{t.keyNote}</span>
      </HeatmapKey>
    </div>
  );
}

/**
 * The logits with each row's image→text cross-entropy in the last column and each column's
 * text→image cross-entropy in the last row (their means are in the readout).
 */
export function LogitsTable({ view, scale, t }: { view: ClipView; scale: string; t: ClipText }) {
  // A region that can take focus, so a keyboard can scroll the table on a narrow screen.
  return (
    <div role="region" aria-label={t.logitsCaption(scale)} tabIndex={0} className="overflow-x-auto">
      <table className="text-sm" data-logits>
        <caption className="mb-1 text-left text-xs text-muted">{t.logitsCaption(scale)}</caption>
        <thead>
          <tr className="border-b border-line">
            <td />
            {view.logitsPerImage.map((_, j) => (
              <th key={j} scope="col" className={CELL}>
                {vectorName('texts', j)}
              </th>
            ))}
            <th scope="col" className={`${CELL} font-medium`}>
              {t.rowLoss}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.logitsPerImage.map((row, i) => (
            <tr key={i} className="border-b border-line/60" data-row={i}>
              <th scope="row" className={`${CELL} font-normal`}>
                {vectorName('images', i)}
              </th>
              {row.map((x, j) => (
                <td
                  key={j}
                  className={i === j ? `${CELL} font-semibold underline decoration-2` : CELL}
                  data-positive={i === j ? '' : undefined}
                >
                  {formatCell(x)}
                </td>
              ))}
              <td className={CELL} data-row-loss>
                {formatLoss(view.imageToText[i] ?? 0)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-col-losses>
            <th scope="row" className={`${CELL} font-medium`}>
              {t.colLoss}
            </th>
            {view.textToImage.map((x, j) => (
              <td key={j} className={CELL} data-col-loss>
                {formatLoss(x)}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
