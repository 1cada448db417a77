'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import { passAtKCurve } from '@/lib/metrics';
import { PassAtKChart } from './chart';
import { TEXT } from './text';

const MAX_N = 200;
const N_STEPS = Array.from({ length: MAX_N }, (_, i) => i + 1);
const PRESETS = {
  humaneval: { n: 200, c: 20, k: 5 },
  hard: { n: 10, c: 1, k: 10 },
} as const;

const fmt = (v: number) => formatFixed(v, 3);
const show = String;

/** What shrinking n changed, shown until the next change (never a silent clamp). */
type Clamp = { c?: [number, number]; k?: [number, number] } | null;

/**
 * pass@k from n samples with c correct: the unbiased estimate 1 − C(n−c,k)/C(n,k) against the
 * naive 1 − (1 − c/n)^k, as readouts and as two curves over k = 1 … n (all from `lib/metrics`).
 */
export function PassAtK() {
  const t = TEXT[useLocale()];
  const kNoteId = useId();
  const [{ n, c, k }, setState] = useState<{ n: number; c: number; k: number }>(PRESETS.humaneval);
  const [clamp, setClamp] = useState<Clamp>(null);

  const curve = useMemo(() => passAtKCurve(n, c), [n, c]);
  const cSteps = useMemo(() => Array.from({ length: n + 1 }, (_, i) => i), [n]);
  const at = curve[k - 1] ?? { unbiased: 0, naive: 0, gap: 0 };
  const u = fmt(at.unbiased);
  const v = fmt(at.naive);

  const set = (next: { n: number; c: number; k: number }) => {
    setState(next);
    setClamp(null);
  };
  const setN = (next: number) => {
    const moved: Clamp = {};
    if (c > next) moved.c = [c, next];
    if (k > next) moved.k = [k, next];
    setState({ n: next, c: Math.min(c, next), k: Math.min(k, next) });
    setClamp(moved.c || moved.k ? moved : null);
  };

  return (
    <DemoFrame id="pass-at-k" title={t.title} hint={t.hint}>
      <div className="grid gap-3">
        <RangeField
          label={t.n}
          steps={N_STEPS}
          index={n - 1}
          onIndexChange={(i) => setN(i + 1)}
          format={show}
        />
        <RangeField
          label={t.c}
          steps={cSteps}
          index={c}
          onIndexChange={(i) => set({ n, c: i, k })}
          format={show}
        />
        {/* k ∈ [1, n]: at n = 1 the range holds one value, so the slider is disabled rather than
            left looking movable (a native range with min = max draws a thumb that never moves). */}
        <fieldset
          disabled={n === 1}
          aria-describedby={n === 1 ? kNoteId : undefined}
          className="m-0 min-w-0 border-0 p-0 disabled:opacity-60 disabled:[&_input]:cursor-not-allowed"
        >
          <RangeField
            label={t.k}
            steps={N_STEPS.slice(0, n)}
            index={k - 1}
            onIndexChange={(i) => set({ n, c, k: Math.min(i + 1, n) })}
            format={show}
          />
        </fieldset>
        {n === 1 && (
          <p id={kNoteId} className="-mt-2 text-sm text-muted">
            {t.kFixed}
          </p>
        )}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm font-medium text-pitfall">
        {clamp?.c && t.clamp('c', ...clamp.c)} {clamp?.k && t.clamp('k', ...clamp.k)}
      </p>

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
