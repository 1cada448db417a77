'use client';

import { useId, useMemo, useState } from 'react';
import { TrialSliders } from '@/components/demos/shared/trial-sliders';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import { passHatK } from '@/lib/agents/pass-hat-k';
import { passAtK } from '@/lib/metrics/pass-at-k';
import { PassChart, type PassPoint } from './pass-chart';
import {
  encodePass,
  MAX_TRIALS,
  PASS_PRESET_KEYS,
  PASS_PRESETS,
  type PassClamp,
  type PassState,
} from './state';
import type { ReliabilityText } from './text';

const TRIALS = Array.from({ length: MAX_TRIALS }, (_, i) => i + 1);
const fmt = (v: number) => formatFixed(v, 4);

/**
 * Part 1: n trials of one task with c successes give pass@k (lib/metrics `passAtK`, HumanEval's
 * estimator) and pass^k (lib/agents `passHatK`, τ-bench's) at the chosen k and as two curves over
 * k = 1 … n. Sliders only, so every state is valid; shrinking n clamps c and k visibly.
 */
export function PassSection({ initial, t }: { initial: PassState; t: ReliabilityText }) {
  const headingId = useId();
  const [state, setState] = useState<PassState>(initial);
  const [clamp, setClamp] = useState<PassClamp | null>(null);
  const [changed, setChanged] = useState(false);
  const { n, c, k } = state;
  useWriteQuery(encodePass(state), changed);

  const curve = useMemo<PassPoint[]>(
    () => TRIALS.slice(0, n).map((kk) => ({ k: kk, at: passAtK(n, c, kk), hat: passHatK(n, c, kk) })),
    [n, c],
  );
  const current = curve[k - 1] ?? { k, at: 0, hat: 0 };
  const [at, hat] = [fmt(current.at), fmt(current.hat)];

  const set = (next: PassState, moved: PassClamp | null = null) => {
    setState(next);
    setClamp(moved);
    setChanged(true);
  };
  const notes = [k === 1 && t.k1, c < k && t.hatZero, n - c < k && k > 1 && t.atOne].filter(Boolean);

  return (
    <section aria-labelledby={`${headingId}-h`}>
      <h3 id={`${headingId}-h`} className="text-sm font-semibold">
        {t.passHeading}
      </h3>
      <div className="mt-2">
        <TrialSliders value={state} maxN={MAX_TRIALS} clamp={clamp} onChange={set} t={t} />
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.passReadout(k, at, hat)}
      </output>
      {notes.length > 0 && (
        <p className="mt-2 text-sm" data-pass-note>
          {notes.join(' ')}
        </p>
      )}
      <p className="mt-1 text-sm text-muted">{t.passWhy}</p>

      <PassChart
        curve={curve}
        k={k}
        format={fmt}
        text={{
          title: t.passChartTitle,
          summary: t.passChart(n, c, k, at, hat),
          x: t.passX,
          y: t.y,
          at: t.legendAt,
          hat: t.legendHat,
          tableCaption: t.passTableCaption(n, c),
        }}
      />
      <PresetButtons
        label={t.presets}
        keys={PASS_PRESET_KEYS}
        names={t}
        onPick={(key) => set(PASS_PRESETS[key])}
      />
      <p className="mt-2 text-xs text-muted" data-source>
        {t.passSource}
      </p>
    </section>
  );
}
