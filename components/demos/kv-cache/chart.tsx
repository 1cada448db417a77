import { Bars, Chart, createPlot, Label } from '@/components/ui/chart';
import { groupDigits } from '@/components/demos/shared/number-field';
import { formatBytes } from '@/lib/format';
import { binaryUnit } from './axis-unit';
import { SCHEMES, type KvShape, type Scheme } from '@/components/demos/shared/kv-models';
import type { SchemeBytes } from './shape';
import type { KvText } from './text';

/** Schemes from the top of the chart down: y = 3 for MHA … 0 for MLA. */
const ROW: Record<Scheme, number> = { mha: 3, gqa: 2, mqa: 1, mla: 0 };

/**
 * Bytes per token of the four schemes as horizontal bars on one axis (in the binary unit that fits
 * the largest), each bar labelled with its size; the selected scheme is filled and named
 * "(selected)", so colour is not the only mark.
 */
export function KvChart({
  bytes,
  shape,
  scheme,
  model,
  t,
}: {
  bytes: Record<Scheme, SchemeBytes>;
  shape: KvShape;
  scheme: Scheme;
  model: string;
  t: KvText;
}) {
  const max = Math.max(...SCHEMES.map((s) => bytes[s].perToken));
  const { unit, size } = binaryUnit(max);
  const plot = createPlot({
    width: 460,
    height: 190,
    // the right margin holds the longest bar's label
    margin: { left: 52, right: 120, top: 8, bottom: 40 },
    x: { domain: [0, max / size] },
    y: { domain: [-0.5, 3.5] },
  });
  const elements = (s: Scheme) =>
    s === 'mla'
      ? t.elements.mla(shape.latentDim, shape.ropeDim)
      : t.elements.mha(s === 'mha' ? shape.heads : s === 'gqa' ? shape.kvHeads : 1, shape.headDim);

  return (
    <Chart
      plot={plot}
      title={t.chartTitle}
      summary={t.chartSummary(
        model,
        t.short[scheme],
        formatBytes(bytes[scheme].perToken),
        formatBytes(bytes.mla.perToken),
        formatBytes(bytes.mha.perToken),
      )}
      x={{ label: t.axis(unit), tickCount: 4, grid: true }}
      y={{ ticks: [0, 1, 2, 3], format: (v) => t.short[SCHEMES[3 - v] ?? 'mha'] }}
      table={{
        caption: t.tableCaption,
        columns: t.columns,
        rows: SCHEMES.map((s) => [
          s === scheme ? `${t.short[s]}${t.selected}` : t.short[s],
          elements(s),
          groupDigits(bytes[s].perToken),
          formatBytes(bytes[s].total),
        ]),
      }}
      className="mt-3"
    >
      {SCHEMES.map((s) => (
        <Bars
          key={s}
          plot={plot}
          bars={[{ x0: 0, x1: bytes[s].perToken / size, y0: ROW[s] - 0.32, y1: ROW[s] + 0.32 }]}
          fill={s === scheme ? 'var(--accent)' : 'var(--accent-soft)'}
          stroke="var(--accent)"
          data-scheme={s}
          data-selected={s === scheme ? '' : undefined}
        />
      ))}
      {SCHEMES.map((s) => (
        <Label
          key={s}
          plot={plot}
          x={bytes[s].perToken / size}
          y={ROW[s]}
          dx={5}
          dy="0.32em"
          fontSize={11}
          fontWeight={s === scheme ? 700 : 400}
        >
          {formatBytes(bytes[s].perToken)}
          {s === scheme ? t.selected : ''}
        </Label>
      ))}
    </Chart>
  );
}
