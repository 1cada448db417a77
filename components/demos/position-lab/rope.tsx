'use client';

import { useMemo, useState } from 'react';
import { Radios } from '@/components/demos/attention-lab/controls';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { applyRope } from '@/lib/transformer/rope';
import { ropeInverseFrequencies } from '@/lib/transformer/rope-frequencies';
import { readInteger, readPair } from './fields';
import { NumberField } from './number-field';
import { Readout } from './readout';
import { DecayChart, VectorsChart } from './rope-charts';
import { ropeDecayBound } from '@/lib/transformer/rope-decay';
import { ropePairs, ropeScore } from './rope-math';
import type { PositionLabText } from './text';
import { useLastGood } from './use-last-good';

const POSITIONS = Array.from({ length: 17 }, (_, i) => i);
const DISTANCES = [256, 1024, 4096, 32768];
const BASES = ['10000', '500000'] as const;
type Base = (typeof BASES)[number];
const LAYOUTS = ['half', 'interleaved'] as const;
const MAX_VECTOR = 10;
const f3 = (v: number) => formatFixed(v, 3);

/**
 * State of the RoPE tab, kept by the lab across tab switches: the 2-D q and k with their
 * positions and the shift, the decay curve's head dimension, base and range, and the head
 * dimension of the pairing view. Every number comes from lib through `rope-math.ts`.
 */
export function useRope(t: PositionLabText) {
  const [qText, setQText] = useState('1, 0');
  const [kText, setKText] = useState('0.8, 0.6');
  const [m, setM] = useState(3);
  const [n, setN] = useState(1);
  const [s, setS] = useState(3);
  const [headDimText, setHeadDimText] = useState('128');
  const [base, setBase] = useState<Base>('10000');
  const [distanceIndex, setDistanceIndex] = useState(1);
  const [pairDimText, setPairDimText] = useState('8');

  const qField = readPair(qText, MAX_VECTOR);
  const kField = readPair(kText, MAX_VECTOR);
  const q = useLastGood(qField, [1, 0]);
  const k = useLastGood(kField, [0.8, 0.6]);
  const headDimField = readInteger(headDimText, 2, 256, (d) => ropeInverseFrequencies(d));
  const headDim = useLastGood(headDimField, 128);
  const pairDimField = readInteger(pairDimText, 2, 32, (d) => ropeInverseFrequencies(d));
  const pairDim = useLastGood(pairDimField, 8);
  const maxDistance = DISTANCES[distanceIndex] ?? 1024;

  const rotation = useMemo(
    () => ({
      qm: applyRope(q, m),
      kn: applyRope(k, n),
      qs: applyRope(q, m + s),
      ks: applyRope(k, n + s),
      dotA: f3(ropeScore(q, k, m, n)),
      dotB: f3(ropeScore(q, k, m + s, n + s)),
    }),
    [q, k, m, n, s],
  );
  const curve = useMemo(
    () => ropeDecayBound(headDim, Number(base), maxDistance),
    [headDim, base, maxDistance],
  );
  const pairs = useMemo(
    () => ({ half: ropePairs(pairDim, 'half'), interleaved: ropePairs(pairDim, 'interleaved') }),
    [pairDim],
  );

  return {
    qText,
    setQText,
    kText,
    setKText,
    qError: qField.ok ? null : t.field(t.qField, qField.error, t.vectorNeed),
    kError: kField.ok ? null : t.field(t.kField, kField.error, t.vectorNeed),
    m,
    setM,
    n,
    setN,
    s,
    setS,
    headDimText,
    setHeadDimText,
    headDimError: headDimField.ok ? null : t.field(t.headDim, headDimField.error, t.headDimNeed),
    headDim,
    base,
    setBase,
    distanceIndex,
    setDistanceIndex,
    pairDimText,
    setPairDimText,
    pairDimError: pairDimField.ok ? null : t.field(t.pairDim, pairDimField.error, t.pairDimNeed),
    pairDim,
    rotation,
    curve,
    pairs,
    readout: t.ropeReadout(m, n, rotation.dotA, m + s, n + s, rotation.dotB),
  };
}

export type RopeState = ReturnType<typeof useRope>;

/** The three RoPE views: the 2-D rotation, the long-term decay bound, the two pairing layouts. */
export function RopePanel({ r, t }: { r: RopeState; t: PositionLabText }) {
  const pairCells = (layout: (typeof LAYOUTS)[number]) => {
    const cells = new Array<number>(r.pairDim).fill(0);
    for (const p of r.pairs[layout]) {
      cells[p.a] = p.index;
      cells[p.b] = p.index;
    }
    return cells;
  };
  return (
    <div>
      <h3 className="text-sm font-semibold">{t.rotationTitle}</h3>
      <div className="mt-2 grid items-start gap-4 md:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="grid gap-1">
          <div className="grid gap-x-4 sm:grid-cols-2">
            <NumberField
              label={t.qField}
              value={r.qText}
              onChange={r.setQText}
              error={r.qError}
              name="q"
              inputMode="decimal"
              width="w-28"
            />
            <NumberField
              label={t.kField}
              value={r.kText}
              onChange={r.setKText}
              error={r.kError}
              name="k"
              inputMode="decimal"
              width="w-28"
            />
          </div>
          <RangeField label={t.m} steps={POSITIONS} index={r.m} onIndexChange={r.setM} format={String} />
          <RangeField label={t.n} steps={POSITIONS} index={r.n} onIndexChange={r.setN} format={String} />
          <RangeField label={t.shift} steps={POSITIONS} index={r.s} onIndexChange={r.setS} format={String} />
          <Readout>{r.readout}</Readout>
          <p className="mt-1 text-sm text-muted">{t.rotationNote}</p>
        </div>
        <VectorsChart {...r.rotation} m={r.m} n={r.n} s={r.s} t={t} />
      </div>

      <h3 className="mt-6 text-sm font-semibold">{t.decayTitle}</h3>
      <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        <NumberField
          label={t.headDim}
          value={r.headDimText}
          onChange={r.setHeadDimText}
          error={r.headDimError}
          name="head-dim"
        />
        <RangeField
          label={t.maxDistance}
          steps={DISTANCES}
          index={r.distanceIndex}
          onIndexChange={r.setDistanceIndex}
          format={(d) => d.toLocaleString('en-US')}
        />
      </div>
      <Radios legend={t.base} keys={BASES} names={t.bases} value={r.base} onChange={r.setBase} />
      <p className="mt-2 text-sm text-muted">{t.decayWhat}</p>
      <DecayChart curve={r.curve} headDim={r.headDim} base={Number(r.base)} t={t} />

      <h3 className="mt-6 text-sm font-semibold">{t.layoutsTitle}</h3>
      <div className="mt-2">
        <NumberField
          label={t.pairDim}
          value={r.pairDimText}
          onChange={r.setPairDimText}
          error={r.pairDimError}
          name="pair-dim"
        />
      </div>
      <div className="overflow-x-auto">
        <table className="text-sm tabular-nums [&_td]:min-w-7 [&_td]:px-1 [&_td]:py-0.5 [&_td]:text-center [&_td]:font-mono [&_th]:px-1.5 [&_th]:py-0.5">
          <caption className="mb-1 text-left text-sm font-medium">{t.layoutCaption(r.pairDim)}</caption>
          <thead>
            <tr className="border-b border-line text-xs text-muted">
              <th scope="col" className="text-left font-normal">
                {t.layoutCorner}
              </th>
              {Array.from({ length: r.pairDim }, (_, d) => (
                <th key={d} scope="col" className="text-center font-normal">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LAYOUTS.map((layout) => (
              <tr key={layout} className="border-b border-line/60" data-layout={layout}>
                <th scope="row" className="text-left font-mono text-xs font-normal">
                  {t.layoutNames[layout]}
                </th>
                {pairCells(layout).map((i, d) => (
                  <td key={d} className={i % 2 === 0 ? 'bg-accent-soft' : undefined}>
                    θ<sub>{i}</sub>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-2 grid gap-1 text-sm">
        {LAYOUTS.map((layout) => (
          <li key={layout}>
            <span className="font-medium">{t.layouts[layout]}</span>
            <br />
            <span className="font-mono text-xs" data-pairs={layout}>
              {t.pairsList(r.pairs[layout].map((p) => `(${p.a}, ${p.b})`).join(' '))}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">{t.layoutNote}</p>
    </div>
  );
}
