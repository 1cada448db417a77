'use client';

import { useMemo, useState } from 'react';
import { formatEntry, formatSlope } from '@/components/demos/attention-lab/format';
import { Bars, Chart, createPlot, Label, type BarDatum } from '@/components/ui/chart';
import { cellTicks, HeatmapCells, HeatmapKey, heatmapPlot } from '@/components/ui/chart/heatmap';
import { RangeField } from '@/components/ui/range-field';
import { alibiBias, alibiSlopes } from '@/lib/transformer/alibi';
import { attentionMask } from '@/lib/transformer/attention-mask';
import { readInteger } from './fields';
import { NumberField } from './number-field';
import { Readout } from './readout';
import type { PositionLabText } from './text';
import { useLastGood } from './use-last-good';

const MAX_HEADS = 64;
const LENGTHS = Array.from({ length: 9 }, (_, i) => i + 2);
/** Past this many heads the readout lists the first slopes only; the table has them all. */
const LISTED = 16;

/**
 * State of the ALiBi tab: the typed head count (`alibiSlopes` decides whether it is allowed), the
 * head whose bias matrix is shown and the sequence length; slopes from `alibiSlopes`, the bias from
 * `alibiBias`, the causal mask from `attentionMask`.
 */
export function useAlibi(t: PositionLabText) {
  const [headsText, setHeadsText] = useState('8');
  const [head, setHead] = useState(1);
  const [lengthIndex, setLengthIndex] = useState(4);
  const headsField = readInteger(headsText, 1, MAX_HEADS, (h) => alibiSlopes(h));
  const heads = useLastGood(headsField, 8);
  const h = Math.min(head, heads);
  const L = LENGTHS[lengthIndex] ?? 6;

  const slopes = useMemo(() => alibiSlopes(heads), [heads]);
  const slope = slopes[h - 1] ?? 0;
  const matrix = useMemo(() => {
    const bias = alibiBias(slope, L);
    const allowed = attentionMask('causal', L);
    return bias.map((row, i) => row.map((b, j) => (allowed[i]?.[j] ? b : null)));
  }, [slope, L]);

  const names = slopes.map(formatSlope);
  const list = names.length > LISTED ? `${names.slice(0, LISTED).join(', ')}, …` : names.join(', ');
  return {
    headsText,
    setHeadsText,
    headsError: headsField.ok ? null : t.field(t.heads, headsField.error, t.headsNeed),
    heads,
    h,
    setHead,
    L,
    lengthIndex,
    setLengthIndex,
    slopes,
    names,
    slope,
    matrix,
    readout: t.alibiReadout(heads, h, names[h - 1] ?? '', list),
  };
}

export type AlibiState = ReturnType<typeof useAlibi>;

/** Slopes of every head (table and bars) and the bias matrix of one head over a causal mask. */
export function AlibiPanel({ a, t }: { a: AlibiState; t: PositionLabText }) {
  const { heads, h, L, slopes, names, matrix } = a;
  const headSteps = Array.from({ length: heads }, (_, i) => i + 1);
  const bars = createPlot({
    width: 440,
    height: 200,
    margin: { left: 48 },
    x: { domain: [0.5, heads + 0.5] },
    y: { domain: [0, 1] },
  });
  const data: BarDatum[] = slopes.map((m, i) => ({
    x0: i + 1 - 0.35,
    x1: i + 1 + 0.35,
    y0: 0,
    y1: m,
    ...(i + 1 === h ? { fill: 'var(--accent-strong)' } : {}),
  }));
  const xStep = Math.ceil(heads / 16);
  const heat = heatmapPlot({
    rows: L,
    columns: L,
    width: 300,
    height: 300,
    margin: { left: 40, bottom: 36 },
  });
  const labels = matrix.map((row) => row.map((b) => (b === null ? '' : formatEntry(b, L > 7 ? 1 : 2))));
  const corner = matrix[L - 1]?.[0] ?? 0;
  return (
    <div>
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        <NumberField
          label={t.heads}
          value={a.headsText}
          onChange={a.setHeadsText}
          error={a.headsError}
          name="heads"
        />
        <RangeField
          label={t.head}
          steps={headSteps}
          index={h - 1}
          onIndexChange={(i) => a.setHead(i + 1)}
          format={String}
        />
      </div>
      <Readout>{a.readout}</Readout>
      <p className="mt-2 text-sm text-muted">{t.alibiRule}</p>

      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <Chart
          plot={bars}
          title={t.slopesTitle}
          summary={t.slopesSummary(heads, names[0] ?? '', names[heads - 1] ?? '')}
          x={{
            label: t.slopesX,
            ticks: headSteps.filter((k) => (k - 1) % xStep === 0),
            format: String,
          }}
          y={{ label: t.slopesY, tickCount: 4, grid: true }}
          table={{
            summary: t.slopesCaption(heads),
            caption: t.slopesCaption(heads),
            columns: t.slopesColumns,
            rows: slopes.map((m, i) => [i + 1, names[i] ?? '', String(m)]),
          }}
        >
          <Bars plot={bars} bars={data} fill="var(--accent)" />
          <Label plot={bars} x={h} y={slopes[h - 1] ?? 0} dy={-4} textAnchor="middle" fontSize={10}>
            {names[h - 1]}
          </Label>
        </Chart>

        <div>
          <RangeField
            label={t.seqLen}
            steps={LENGTHS}
            index={a.lengthIndex}
            onIndexChange={a.setLengthIndex}
            format={String}
          />
          <p className="mt-2 text-sm font-medium">{t.biasTitle(h, names[h - 1] ?? '')}</p>
          <Chart
            plot={heat}
            title={t.biasTitle(h, names[h - 1] ?? '')}
            summary={t.biasSummary(L, h, names[h - 1] ?? '', formatEntry(corner, 3))}
            x={{ label: t.keyAxis, ticks: cellTicks(L), format: (v) => String(Math.floor(v)) }}
            y={{ label: t.queryAxis, ticks: cellTicks(L), format: (v) => String(Math.floor(v)) }}
            table={{
              caption: t.biasCaption,
              columns: [t.biasCorner, ...Array.from({ length: L }, (_, j) => String(j))],
              rows: matrix.map((row, i) => [
                i,
                ...row.map((b) => (b === null ? t.masked : formatEntry(b, 3))),
              ]),
            }}
            className="w-full max-w-xs"
          >
            <HeatmapCells plot={heat} values={matrix} labels={labels} gap={1} fontSize={L > 7 ? 8 : 10} />
          </Chart>
          <HeatmapKey low={formatEntry(corner, 2)} high="0" range="negative">
            <span className="text-muted">{t.hatchNote}</span>
          </HeatmapKey>
          <p className="mt-2 text-sm text-muted">{t.biasNote}</p>
        </div>
      </div>
    </div>
  );
}
