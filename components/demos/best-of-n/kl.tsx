'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteParam } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatN, formatNats } from './format';
import { KlChart } from './kl-chart';
import {
  CHART_MAX_N,
  DEFAULT_N,
  klCurves,
  klTable,
  nSteps,
  readN,
  type KlError,
  type KlReading,
} from './kl-compute';
import { KL_TEXT, type KlText } from './kl-text';
import { N_KEY } from './url-state';

type Valid = Extract<KlReading, { ok: true }>;

function errorText(t: KlText, e: KlError): string {
  if (e.kind === 'field') return t.fieldError(e.error);
  if (e.kind === 'tooLarge') return t.tooLarge;
  return t.libError(e.message);
}

/** The default N's reading (valid by construction; a failure is a bug in kl-compute.ts). */
function defaultReading(): Valid {
  const reading = readN(DEFAULT_N);
  if (!reading.ok) throw new Error(`the default best-of-N is invalid: ${reading.error.kind}`);
  return reading;
}

/**
 * The KL view: N (typed or dragged) gives the best-of-N KL bound from `bestOfNKl`, compared with
 * ln N on a log axis up to 1,024 (further when N is larger). Bad input shows an inline message and
 * keeps the last valid N; once the learner changes something the address carries N (`bon-n`).
 */
export function KlPanel({ initial }: { initial: string }) {
  const t = KL_TEXT[useLocale()];
  const ids = { error: useId() };
  const [text, setText] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readN(text), [text]);
  // On bad input the last valid N stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<Valid>(() => (reading.ok ? reading : defaultReading()));
  if (reading.ok && reading !== good) setGood(reading);
  const { view } = reading.ok ? reading : good;
  useWriteParam(N_KEY, text, changed && reading.ok);

  const maxN = Math.max(CHART_MAX_N, view.n);
  const curves = useMemo(() => klCurves(maxN), [maxN]);
  const top = useMemo(
    () => Math.max(...curves.ln.map(([, v]) => v), ...curves.kl.map(([, v]) => v)),
    [curves],
  );
  const rows = useMemo(() => klTable(view.n), [view.n]);
  const steps = useMemo(() => nSteps(view.n), [view.n]);

  const edit = (next: string) => {
    setText(next);
    setChanged(true);
  };
  const n = formatN(view.n);
  const readout = t.readout({
    n,
    fraction: `${formatN(view.n - 1)}/${n}`,
    kl: formatNats(view.kl),
    lnN: formatNats(view.lnN),
  });

  return (
    <DemoFrame id="best-of-n" title={t.title} hint={t.hint}>
      <div data-tab="kl">
        <div className="grid grid-cols-1 items-end gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <NumberInput
            label={t.nField}
            hint={t.nHint}
            value={text}
            invalid={!reading.ok}
            describedBy={ids.error}
            onChange={edit}
          />
          <RangeField
            label={t.slider}
            steps={steps}
            index={Math.max(0, steps.indexOf(view.n))}
            onIndexChange={(i) => edit(String(steps[i] ?? view.n))}
            format={formatN}
          />
        </div>
        <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />
        <output
          data-readout
          aria-live="polite"
          className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
        >
          {readout}
        </output>
        <p className="mt-2 text-sm">{t.boundNote}</p>
        <p className="mt-1 text-xs text-muted">{t.gaoNote}</p>

        <KlChart
          maxN={maxN}
          top={top}
          kl={curves.kl}
          ln={curves.ln}
          at={[view.n, view.kl]}
          summary={t.chartSummary(readout)}
          t={t}
          table={{
            summary: t.tableSummary,
            caption: t.tableCaption,
            columns: t.columns,
            rows: rows.map((r) => [
              r.current ? t.currentRow(formatN(r.n)) : formatN(r.n),
              formatNats(r.kl),
              formatNats(r.lnN),
            ]),
          }}
        />
      </div>
    </DemoFrame>
  );
}
