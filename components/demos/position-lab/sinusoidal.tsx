'use client';

import { useMemo, useState } from 'react';
import { formatFixedSignificant } from '@/components/demos/attention-lab/format';
import { Chart, createPlot, Dots, Line } from '@/components/ui/chart';
import { cellTicks, HeatmapCells, HeatmapKey, heatmapPlot } from '@/components/ui/chart/heatmap';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { ropeInverseFrequencies } from '@/lib/transformer/rope-frequencies';
import { sinusoidalPositionEncoding } from '@/lib/transformer/sinusoidal';
import { readInteger } from './fields';
import { NumberField } from './number-field';
import { Readout } from './readout';
import type { PositionLabText } from './text';
import { useLastGood } from './use-last-good';

const MAX_LENGTH = 64;
const MAX_D = 64;
const f3 = (v: number) => formatFixed(v, 3);
const sig = (v: number) => formatFixedSignificant(v, 4);

/**
 * State of the sinusoidal tab, kept by the lab so it survives switching tabs: the typed L and
 * d_model (last valid values in use), the selected cell, the PE matrix from
 * `sinusoidalPositionEncoding` and the frequencies ω_i = 10000^(−2i/d) — the same ladder
 * `ropeInverseFrequencies` returns, so it is read from there.
 */
export function useSinusoidal(t: PositionLabText) {
  const [lengthText, setLengthText] = useState('32');
  const [dModelText, setDModelText] = useState('16');
  const [pos, setPos] = useState(1);
  const [dim, setDim] = useState(0);
  const lengthField = readInteger(lengthText, 1, MAX_LENGTH);
  const dModelField = readInteger(dModelText, 2, MAX_D, (d) => sinusoidalPositionEncoding(0, d));
  const L = useLastGood(lengthField, 32);
  const d = useLastGood(dModelField, 16);
  const p = Math.min(pos, L - 1);
  const j = Math.min(dim, d - 1);

  const data = useMemo(() => {
    const pe = Array.from({ length: L }, (_, x) => sinusoidalPositionEncoding(x, d));
    const omega = ropeInverseFrequencies(d);
    return { pe, omega, wavelength: omega.map((w) => (2 * Math.PI) / w) };
  }, [L, d]);

  const pair = Math.floor(j / 2);
  const value = f3(data.pe[p]?.[j] ?? 0);
  const readout = t.sinReadout({
    pos: p,
    dim: j,
    fn: j % 2 === 0 ? 'sin' : 'cos',
    pair,
    d,
    value,
    omega: sig(data.omega[pair] ?? 1),
    wavelength: sig(data.wavelength[pair] ?? 0),
  });
  return {
    lengthText,
    setLengthText,
    dModelText,
    setDModelText,
    setPos,
    setDim,
    lengthError: lengthField.ok ? null : t.field(t.length, lengthField.error, t.lengthNeed),
    dModelError: dModelField.ok ? null : t.field(t.dModel, dModelField.error, t.dModelNeed),
    L,
    d,
    p,
    j,
    value,
    data,
    readout,
  };
}

export type SinusoidalState = ReturnType<typeof useSinusoidal>;

const steps = (n: number) => Array.from({ length: n }, (_, i) => i);

/** L × d_model heatmap of PE(pos, dim), the selected cell outlined, and the wavelength ladder. */
export function SinusoidalPanel({ s, t }: { s: SinusoidalState; t: PositionLabText }) {
  const { L, d, p, j, data } = s;
  const heat = heatmapPlot({
    rows: L,
    columns: d,
    width: 440,
    height: 320,
    margin: { left: 44, bottom: 40 },
  });
  const pairs = data.omega.length;
  const top = Math.max(...data.wavelength);
  const wave = createPlot({
    width: 440,
    height: 220,
    margin: { left: 56 },
    x: { domain: [0, Math.max(1, pairs - 1)] },
    y: { domain: [2 * Math.PI, top > 2 * Math.PI ? top : 20 * Math.PI], type: 'log' },
  });
  const points = data.wavelength.map((w, i) => [i, w] as const);
  return (
    <div>
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        <NumberField
          label={t.length}
          value={s.lengthText}
          onChange={s.setLengthText}
          error={s.lengthError}
          name="length"
        />
        <NumberField
          label={t.dModel}
          value={s.dModelText}
          onChange={s.setDModelText}
          error={s.dModelError}
          name="d-model"
        />
        <RangeField label={t.pos} steps={steps(L)} index={p} onIndexChange={s.setPos} format={String} />
        <RangeField label={t.dim} steps={steps(d)} index={j} onIndexChange={s.setDim} format={String} />
      </div>
      <Readout>{s.readout}</Readout>
      <p className="mt-2 text-sm text-muted">{t.sinNote}</p>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <div>
          <Chart
            plot={heat}
            title={t.heatTitle}
            summary={t.heatSummary(L, d, p, j, s.value)}
            x={{
              label: t.heatX,
              ticks: cellTicks(d, Math.ceil(d / 8)),
              format: (v) => String(Math.floor(v)),
            }}
            y={{
              label: t.heatY,
              ticks: cellTicks(L, Math.ceil(L / 8)),
              format: (v) => String(Math.floor(v)),
            }}
            table={{
              summary: t.heatTable,
              caption: t.heatCaption(L, d),
              columns: [t.posCorner, ...steps(d).map(String)],
              rows: data.pe.map((row, x) => [x, ...row.map(f3)]),
            }}
          >
            <HeatmapCells plot={heat} values={data.pe} max={1} outline={[{ row: p, col: j }]} />
          </Chart>
          <HeatmapKey low="−1" high="1" range="signed" />
        </div>
        <Chart
          plot={wave}
          title={t.waveTitle}
          summary={t.waveSummary(pairs, sig(data.wavelength[0] ?? 0), sig(top))}
          x={{ label: t.waveX, tickCount: Math.min(8, Math.max(1, pairs - 1)), grid: true }}
          y={{ label: t.waveY, grid: true }}
          table={{
            caption: t.waveCaption,
            columns: t.waveColumns,
            rows: data.omega.map((w, i) => [
              i,
              `${2 * i}, ${2 * i + 1}`,
              sig(w),
              sig(data.wavelength[i] ?? 0),
            ]),
          }}
        >
          <Line plot={wave} points={points} />
          <Dots plot={wave} points={points} r={2.5} />
          <Dots
            plot={wave}
            points={points.filter(([i]) => i === Math.floor(j / 2))}
            r={5}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
          />
        </Chart>
      </div>
    </div>
  );
}
