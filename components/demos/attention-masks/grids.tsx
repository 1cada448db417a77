import { Chart, Legend, type LegendItem } from '@/components/ui/chart';
import {
  cellTicks,
  HeatmapCells,
  heatmapPlot,
  type CellBox,
  type HeatValue,
} from '@/components/ui/chart/heatmap';
import {
  keptTokens,
  STREAMING_MASK_KINDS,
  streamingMaskAllows,
  streamingMaskGrid,
  type StreamingMaskKind,
} from '@/lib/frontiers/attention-masks';
import type { AttentionMasksText } from './text';

/** Cell shades: a key inside the window at full colour, a starting token outside it lighter. */
const WINDOW = 1;
const STARTING = 0.45;

/** One mask as heatmap values, labels and table rows, every membership and distance from lib. */
function maskView(kind: StreamingMaskKind, n: number, window: number, starting: number) {
  const options = { window, starting };
  const grid = streamingMaskGrid(kind, n, options);
  const values: HeatValue[][] = grid.map((row, i) =>
    row.map((d, j) => {
      if (d === null) return null;
      return streamingMaskAllows('sliding', i, j, options) ? WINDOW : STARTING;
    }),
  );
  const labels = grid.map((row) => row.map((d) => (d === null ? '' : String(d))));
  const rows = grid.map((row, i) => [i, row.flatMap((d, j) => (d === null ? [] : [`${j}→${d}`])).join(', ')]);
  return { values, labels, rows, kept: keptTokens(kind, n, options) };
}

/**
 * The three masks side by side as heatmaps from the chart kit: rows are queries, columns keys,
 * each allowed cell labelled with the distance the position encoding sees, masked cells crossed
 * out, the starting-token columns outlined. Each chart's data table lists the keys per query.
 */
export function MaskGrids({
  n,
  window,
  starting,
  t,
}: {
  n: number;
  window: number;
  starting: number;
  t: AttentionMasksText;
}) {
  const plot = heatmapPlot({
    rows: n,
    columns: n,
    width: 240,
    height: 240,
    margin: { left: 34, bottom: 34, top: 6, right: 6 },
  });
  const ticks = cellTicks(n, n > 10 ? 2 : 1);
  const cell = (v: number) => String(Math.floor(v));
  const legend: LegendItem[] = [
    { label: t.legendWindow, kind: 'rect', color: 'var(--accent)', opacity: 0.86 },
    { label: t.legendStarting, kind: 'rect', color: 'var(--accent)', opacity: 0.42, stroke: 'currentColor' },
    { label: t.legendMasked, kind: 'line', color: 'currentColor', dash: '2 2' },
  ];
  return (
    <div>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        {STREAMING_MASK_KINDS.map((kind) => {
          const view = maskView(kind, n, window, starting);
          const name = t.kinds[kind];
          const outline: CellBox[] =
            kind !== 'sliding' && starting > 0
              ? [{ row: 0, col: 0, rows: n, cols: Math.min(starting, n) }]
              : [];
          return (
            <figure key={kind} data-mask={kind} className="m-0">
              <figcaption className="text-sm font-medium">{name}</figcaption>
              <p className="text-xs text-muted" data-kept={kind}>
                {t.gridKept(view.kept, n)}
              </p>
              <Chart
                plot={plot}
                title={name}
                summary={t.gridSummary(name, n, window, starting, view.kept)}
                x={{ label: t.gridX, ticks, format: cell }}
                y={{ label: t.gridY, ticks, format: cell }}
                fontSize={10}
                table={{ caption: t.gridCaption(name), columns: t.gridColumns, rows: view.rows }}
                className="mt-1"
              >
                <HeatmapCells
                  plot={plot}
                  values={view.values}
                  max={WINDOW}
                  labels={view.labels}
                  fontSize={n > 10 ? 7 : 9}
                  outline={outline}
                  gap={1}
                />
              </Chart>
            </figure>
          );
        })}
      </div>
      <Legend items={legend} className="mt-2 text-xs" />
    </div>
  );
}
