'use client';

import { useId, useMemo, useState } from 'react';
import { Bars, Chart, createPlot, type BarDatum } from '@/components/ui/chart';
import { RangeField } from '@/components/ui/range-field';
import { formatBytes, formatCount } from '@/lib/format';
import { attentionHbmTraffic } from '@/lib/transformer';
import { ELEMENT_BYTES, HEAD_DIMS, SEQ_LENS, SRAM_KIB } from './scores';
import type { OnlineSoftmaxText } from './text';

const fmtLen = (n: number) => (n >= 1024 ? `${n / 1024}K` : String(n));

/**
 * HBM traffic of one attention head's forward pass, standard (Algorithm 0) vs tiled (Algorithm 1
 * of FlashAttention), from `attentionHbmTraffic`, as numbers and a bar chart.
 */
export function TrafficCalculator({ t }: { t: OnlineSoftmaxText }) {
  const ids = { d: useId(), sram: useId() };
  const [lenIndex, setLenIndex] = useState(SEQ_LENS.indexOf(4096));
  const [headDim, setHeadDim] = useState<number>(64);
  const [sramKib, setSramKib] = useState<number>(192);
  const seqLen = SEQ_LENS[lenIndex] ?? 4096;

  const r = useMemo(
    () => attentionHbmTraffic({ seqLen, headDim, sramElements: (sramKib * 1024) / ELEMENT_BYTES }),
    [seqLen, headDim, sramKib],
  );
  const std = r.standard.reads + r.standard.writes;
  const flash = r.flash.reads + r.flash.writes;
  const bytes = (elements: number) => formatBytes(elements * ELEMENT_BYTES);
  const values = [r.standard.reads, r.standard.writes, r.flash.reads, r.flash.writes];
  const plot = createPlot({
    width: 420,
    height: 220,
    margin: { left: 56, bottom: 56 },
    x: { domain: [0, 4] },
    y: { domain: [0, Math.max(...values) * 1.05] },
  });
  const bars: BarDatum[] = values.map((v, i) => ({ x0: i + 0.15, x1: i + 0.85, y0: 0, y1: v }));

  return (
    <div className="mt-6 border-t border-line pt-4">
      <p className="font-semibold">{t.trafficTitle}</p>
      <div className="mt-2 grid gap-1">
        <RangeField
          label={t.seqLen}
          steps={SEQ_LENS}
          index={lenIndex}
          onIndexChange={setLenIndex}
          format={fmtLen}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label htmlFor={ids.d} className="font-medium">
          {t.headDim}
        </label>
        <select
          id={ids.d}
          value={headDim}
          onChange={(e) => setHeadDim(Number(e.target.value))}
          className="min-h-8 rounded-md border border-line bg-surface px-2 py-1"
        >
          {HEAD_DIMS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <label htmlFor={ids.sram} className="font-medium">
          {t.sram}
        </label>
        <select
          id={ids.sram}
          value={sramKib}
          onChange={(e) => setSramKib(Number(e.target.value))}
          className="min-h-8 rounded-md border border-line bg-surface px-2 py-1"
        >
          {SRAM_KIB.map((k) => (
            <option key={k} value={k}>
              {t.sramName(k)}
            </option>
          ))}
        </select>
      </div>
      <p className="mt-3 text-sm" data-traffic>
        {std >= flash
          ? t.traffic(bytes(std), bytes(flash), formatCount(std / flash))
          : t.trafficMore(bytes(std), bytes(flash), formatCount(flash / std))}
      </p>
      <p className="mt-1 text-sm text-muted">
        {t.blocks(r.flash.blockCols, r.flash.blockRows, r.flash.colBlocks)}
      </p>
      <p className="mt-1 text-sm text-muted">{t.flops}</p>
      <Chart
        plot={plot}
        title={t.chartTitle}
        summary={t.chartLabel(bytes(std), bytes(flash))}
        x={{ ticks: [0.5, 1.5, 2.5, 3.5], format: (v) => t.bars[Math.floor(v)] ?? '' }}
        y={{ label: t.y, tickCount: 4, grid: true, format: formatCount }}
        table={{
          summary: t.trafficCaption,
          caption: t.trafficCaption,
          columns: t.trafficColumns,
          rows: [
            [t.standard, r.standard.reads, r.standard.writes, bytes(std)],
            [t.flash, r.flash.reads, r.flash.writes, bytes(flash)],
          ],
        }}
        fontSize={10}
        className="mt-3 max-w-xl"
      >
        <Bars plot={plot} bars={bars.slice(0, 2)} fill="var(--underline)" stroke="currentColor" />
        <Bars plot={plot} bars={bars.slice(2)} fill="var(--accent-soft)" stroke="var(--accent)" />
      </Chart>
    </div>
  );
}
