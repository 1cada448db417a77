'use client';

import { useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { AcceptancePart } from './acceptance-part';
import { ALPHAS, SpeedPart } from './speed-part';
import { TEXT } from './text';

const nearest = (grid: readonly number[], x: number) =>
  grid.reduce((best, g, i) => (Math.abs(g - x) < Math.abs((grid[best] ?? 0) - x) ? i : best), 0);

/**
 * Speculative decoding (Leviathan et al. 2023): per-token acceptance min(1, p/q), the residual,
 * α and a seeded simulation showing the output follows p; then the expected tokens per target
 * call and speed-up as α, γ and c change. Every number comes from `lib/decoding`.
 */
export function SpeculativeDecoding() {
  const t = TEXT[useLocale()];
  const [alphaIndex, setAlphaIndex] = useState(ALPHAS.indexOf(0.8));
  return (
    <DemoFrame id="speculative-decoding" title={t.title} hint={t.hint}>
      <AcceptancePart t={t} onUseAlpha={(a) => setAlphaIndex(nearest(ALPHAS, a))} />
      <SpeedPart t={t} alphaIndex={alphaIndex} onAlphaIndex={setAlphaIndex} />
    </DemoFrame>
  );
}
