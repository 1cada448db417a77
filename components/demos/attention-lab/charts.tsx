import { Chart } from '@/components/ui/chart';
import { cellTicks, HeatmapCells, HeatmapKey, heatmapPlot } from '@/components/ui/chart/heatmap';
import type { AttentionLabText } from './text';

const SIZE = 240;
const MARGIN = { left: 52, bottom: 44, top: 6, right: 6 };

function axes(tokens: readonly string[], t: AttentionLabText) {
  const name = (v: number) => tokens[Math.floor(v)] ?? '';
  return {
    x: { label: t.keysAxis, ticks: cellTicks(tokens.length), format: name },
    y: { label: t.queriesAxis, ticks: cellTicks(tokens.length), format: name },
  };
}

/** The n × n grid of which query may attend to which key (from `attentionMask`), ✓ or hatched. */
export function MaskGrid({
  allowed,
  tokens,
  kind,
  query,
  t,
}: {
  allowed: readonly (readonly boolean[])[];
  tokens: readonly string[];
  kind: string;
  query: number;
  t: AttentionLabText;
}) {
  const n = allowed.length;
  const plot = heatmapPlot({ rows: n, columns: n, width: SIZE, height: SIZE, margin: MARGIN });
  const seen = allowed.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
  return (
    <Chart
      plot={plot}
      title={t.gridTitle}
      summary={t.gridSummary(kind, seen, n * n)}
      {...axes(tokens, t)}
      fontSize={10}
      table={{
        caption: t.gridCaption,
        columns: [t.corner, ...tokens],
        rows: allowed.map((row, i) => [tokens[i] ?? '', ...row.map((ok) => (ok ? t.seen : t.hidden))]),
      }}
      className="w-full max-w-64"
    >
      <HeatmapCells
        plot={plot}
        values={allowed.map((row) => row.map((ok) => (ok ? 0.6 : null)))}
        max={1}
        labels={allowed.map((row) => row.map((ok) => (ok ? t.seen : '')))}
        outline={[{ row: query, col: 0, cols: n }]}
        gap={1.5}
        fontSize={12}
      />
    </Chart>
  );
}

/** The softmax weights as a labelled heatmap, masked cells hatched; the table adds row sums. */
export function WeightsHeatmap({
  weights,
  allowed,
  tokens,
  query,
  summary,
  sums,
  t,
}: {
  weights: readonly (readonly number[])[];
  allowed: readonly (readonly boolean[])[];
  tokens: readonly string[];
  query: number;
  summary: string;
  sums: readonly string[];
  t: AttentionLabText;
}) {
  const n = weights.length;
  const plot = heatmapPlot({ rows: n, columns: n, width: SIZE + 40, height: SIZE + 40, margin: MARGIN });
  const shown = weights.map((row, i) => row.map((w, j) => (allowed[i]?.[j] ? w : null)));
  return (
    <div>
      <Chart
        plot={plot}
        title={t.weightsTitle}
        summary={summary}
        {...axes(tokens, t)}
        fontSize={10}
        table={{
          caption: t.weightsCaption,
          columns: [t.corner, ...tokens, t.sumColumn],
          rows: weights.map((row, i) => [
            tokens[i] ?? '',
            ...row.map((w, j) => (allowed[i]?.[j] ? w.toFixed(3) : '0')),
            sums[i] ?? '',
          ]),
        }}
        className="w-full max-w-72"
      >
        <HeatmapCells
          plot={plot}
          values={shown}
          max={1}
          labels={shown.map((row) => row.map((w) => (w === null ? '' : w.toFixed(2))))}
          outline={[{ row: query, col: 0, cols: n }]}
          gap={1.5}
          fontSize={10}
        />
      </Chart>
      <HeatmapKey low="0" high="1" range="positive">
        <span className="text-muted">{t.hatchNote}</span>
      </HeatmapKey>
    </div>
  );
}
