'use client';

import { useMemo, useState } from 'react';
import { RangeField } from '@/components/ui/range-field';
import { draftLengthSweep } from '@/lib/decoding/speculative-sim';
import { formatFixed } from '@/lib/format';
import { SpeedChart } from './speed-chart';
import type { DemoText } from './text';

/** Slider grids: α = 0 … 0.99, γ = 1 … 10, c = 0 … 1. */
export const ALPHAS = Array.from({ length: 100 }, (_, i) => i / 100);
const GAMMAS = Array.from({ length: 10 }, (_, i) => i + 1);
const COSTS = Array.from({ length: 21 }, (_, i) => i / 20);
const f2 = (v: number) => formatFixed(v, 2);

/** Part 2: expected tokens per target call and speed-up for α, γ and c, with a chart over γ. */
export function SpeedPart({
  t,
  alphaIndex,
  onAlphaIndex,
}: {
  t: DemoText;
  alphaIndex: number;
  onAlphaIndex: (i: number) => void;
}) {
  const [gammaIndex, setGammaIndex] = useState(3);
  const [costIndex, setCostIndex] = useState(2);
  const alpha = ALPHAS[alphaIndex] ?? 0.8;
  const gamma = GAMMAS[gammaIndex] ?? 4;

  const sweep = useMemo(
    () => draftLengthSweep(alpha, COSTS[costIndex] ?? 0.1, GAMMAS.length),
    [alpha, costIndex],
  );
  const row = sweep.rows[gamma - 1] ?? sweep.rows[0]!;
  const best = sweep.rows[sweep.bestGamma - 1] ?? row;

  return (
    <div className="mt-6 border-t border-line pt-4">
      <h4 className="font-semibold">{t.part2}</h4>
      <div className="mt-2 grid gap-2">
        <RangeField
          label={t.alphaLabel}
          steps={ALPHAS}
          index={alphaIndex}
          onIndexChange={onAlphaIndex}
          format={f2}
        />
        <RangeField
          label={t.gamma}
          steps={GAMMAS}
          index={gammaIndex}
          onIndexChange={setGammaIndex}
          format={String}
        />
        <RangeField label={t.cost} steps={COSTS} index={costIndex} onIndexChange={setCostIndex} format={f2} />
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(f2(row.tokens), formatFixed(row.speedup, 1))}
      </output>

      <SpeedChart
        t={t}
        rows={sweep.rows}
        gamma={gamma}
        ceiling={sweep.ceiling}
        label={t.chartLabel(f2(alpha), sweep.rows.map((r) => f2(r.tokens)).join(', '), gamma)}
      />
      <p className="mt-2 text-sm">
        {t.diminishing(gamma, f2(row.gain), f2(sweep.ceiling), best.gamma, f2(best.speedup))}
      </p>
    </div>
  );
}
