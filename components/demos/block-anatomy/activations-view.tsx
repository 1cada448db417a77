'use client';

import { useMemo, useState } from 'react';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { ActivationsChart } from './activations-chart';
import { ACTIVATION, CURVE_KEYS, sampleCurves } from './curves';
import { GatedExample } from './gated-example';
import type { ViewText } from './text-views';

/** x from −4 to 4 in quarters, written (i − 16)/4 so every step is exact. */
const XS = Array.from({ length: 33 }, (_, i) => (i - 16) / 4);
const DEFAULT_X = XS.indexOf(1);
const formatX = (x: number) => String(x).replace(/^-/, '\u2212');

/**
 * ReLU, GELU (exact and tanh) and SiLU plotted from lib/transformer, with a slider that reads all
 * four at one x, and the gated FFN (SwiGLU, GeGLU) on a small example.
 */
export function ActivationsView({ t, active }: { t: ViewText; active: boolean }) {
  const [index, setIndex] = useState(DEFAULT_X);
  const x = XS[index] ?? 1;
  const curves = useMemo(() => sampleCurves(), []);
  const values = useMemo(
    () => CURVE_KEYS.map((key) => `${t.curves[key]} ${formatFixed(ACTIVATION[key](x), 4)}`).join(' · '),
    [x, t],
  );
  return (
    <div>
      <RangeField label={t.x} steps={XS} index={index} onIndexChange={setIndex} format={formatX} />
      <output
        data-readout={active ? '' : undefined}
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.actReadout(formatX(x), values)}
      </output>
      <ActivationsChart curves={curves} x={x} xLabel={formatX(x)} t={t} />
      <p className="mt-2 text-sm text-fg-2">{t.actNote}</p>
      <GatedExample t={t} />
    </div>
  );
}
