'use client';

import { useMemo, useState } from 'react';
import { TrialSliders, type Trials, type TrialsClamp } from '@/components/demos/shared/trial-sliders';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import { passAtKCurve } from '@/lib/metrics';
import { PassAtKChart } from './chart';
import { TEXT } from './text';

const MAX_N = 200;
const PRESETS = {
  humaneval: { n: 200, c: 20, k: 5 },
  hard: { n: 10, c: 1, k: 10 },
} as const;

const fmt = (v: number) => formatFixed(v, 3);

/**
 * pass@k from n samples with c correct: the unbiased estimate 1 − C(n−c,k)/C(n,k) against the
 * naive 1 − (1 − c/n)^k, as readouts and as two curves over k = 1 … n (all from `lib/metrics`).
 */
export function PassAtK() {
  const t = TEXT[useLocale()];
  const [{ n, c, k }, setState] = useState<Trials>(PRESETS.humaneval);
  const [clamp, setClamp] = useState<TrialsClamp | null>(null);

  const curve = useMemo(() => passAtKCurve(n, c), [n, c]);
  const at = curve[k - 1] ?? { unbiased: 0, naive: 0, gap: 0 };
  const u = fmt(at.unbiased);
  const v = fmt(at.naive);
  const set = (next: Trials, moved: TrialsClamp | null = null) => {
    setState(next);
    setClamp(moved);
  };

  return (
    <DemoFrame id="pass-at-k" title={t.title} hint={t.hint}>
      <TrialSliders value={{ n, c, k }} maxN={MAX_N} clamp={clamp} onChange={set} t={t} />

      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(k, u, v)}
      </output>
      <p className="mt-2 text-sm">
        <span className="font-mono tabular-nums">{t.gap(fmt(at.gap))}</span>
        {k === 1 ? ` · ${t.k1}` : n - c < k ? ` · ${t.full}` : ''}
      </p>
      <p className="mt-1 text-sm text-muted">{t.why}</p>

      <PassAtKChart
        curve={curve}
        k={k}
        format={fmt}
        text={{
          title: t.chartTitle,
          label: t.chart(n, c, k, u, v),
          x: t.x,
          unbiased: t.unbiased,
          naive: t.naive,
          tableCaption: t.tableCaption(n, c),
        }}
      />

      <PresetButtons
        label={t.presets}
        keys={['humaneval', 'hard', 'all'] as const}
        names={t}
        onPick={(key) => set(key === 'all' ? { n, c: n, k } : PRESETS[key])}
      />
    </DemoFrame>
  );
}
