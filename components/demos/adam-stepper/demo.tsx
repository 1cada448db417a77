'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatScientific } from '@/lib/format';
import { PathChart } from './chart';
import {
  biasCorrections,
  DEFAULT_DRAFT,
  MAX_STEPS,
  runBoth,
  SETTING_FIELDS,
  type RunError,
  type RunResult,
  type SettingsDraft,
} from './problem';
import { fixed, StepTable } from './step-table';
import { TEXT, type AdamText } from './text';

type Valid = Extract<RunResult, { ok: true }>;
const STEPS = Array.from({ length: MAX_STEPS + 1 }, (_, t) => t);
const BUTTON =
  'min-h-8 rounded-md border border-line px-3 py-1 text-sm hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50';
const point = (p: readonly number[] | undefined) => `(${(p ?? []).map(fixed).join(', ')})`;

function errorText(t: AdamText, e: RunError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.libError(e.message);
    case 'overflow':
      return t.overflow(t.names[e.optimizer], e.step);
  }
}

/**
 * Adam (L2 in the gradient, torch `Adam`) and AdamW (decoupled decay, torch `AdamW`) stepped side
 * by side on one ill-conditioned quadratic, every number from `adamStep`/`adamwStep` in
 * lib/training: both paths in the plane, and at the chosen step m, v, the bias corrections, the
 * update and θ. The readout is θ of both after step t. Bad settings keep the last valid runs.
 */
export function AdamStepperDemo() {
  const t = TEXT[useLocale()];
  const ids = { error: useId() };
  const [draft, setDraft] = useState<SettingsDraft>(DEFAULT_DRAFT);
  const [step, setStep] = useState(0);

  const result = useMemo(() => runBoth(draft), [draft]);
  // On bad settings the last valid runs stay on screen (the defaults are valid).
  const [good, setGood] = useState<{ result: RunResult; valid: Valid }>(() => ({
    result,
    valid: result as Valid,
  }));
  if (result.ok && result !== good.result) setGood({ result, valid: result });
  const { runs, settings } = result.ok ? result : good.valid;

  const adam = point(runs.adam.theta[step]);
  const adamw = point(runs.adamw.theta[step]);
  const readout = step === 0 ? t.readoutStart(adam, adamw) : t.readout(step, adam, adamw);
  const bias = useMemo(() => biasCorrections(settings.betas, step), [settings, step]);
  const invalid = !result.ok && result.error.kind !== 'overflow' ? result.error.field : null;

  return (
    <DemoFrame id="adam-stepper" title={t.title} hint={t.hint}>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4">
        {SETTING_FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t.fields[field]}
            hint={t.fieldHints[field]}
            value={draft[field]}
            invalid={invalid === field}
            describedBy={ids.error}
            onChange={(text) => setDraft((d) => ({ ...d, [field]: text }))}
          />
        ))}
      </div>
      <InputError id={ids.error} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={step === 0}
          onClick={() => setStep((s) => Math.max(0, s - 1))}
        >
          {t.back}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={step === MAX_STEPS}
          onClick={() => setStep((s) => Math.min(MAX_STEPS, s + 1))}
        >
          {t.step}
        </button>
        <button type="button" className={BUTTON} disabled={step === 0} onClick={() => setStep(0)}>
          {t.reset}
        </button>
      </div>
      <div className="mt-3">
        <RangeField label={t.stepLabel} steps={STEPS} index={step} onIndexChange={setStep} format={String} />
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      <p className="mt-2 text-sm" data-bias>
        {step === 0 ? t.biasStart : t.bias(step, formatScientific(bias[0], 4), formatScientific(bias[1], 4))}
      </p>
      <div className="overflow-x-auto">
        <StepTable runs={runs} t={step} text={t} />
      </div>
      <p className="mt-2 text-xs text-muted">{t.momentNote}</p>

      <PathChart
        runs={runs}
        t={step}
        text={t}
        summary={t.chartSummary(step, adam, adamw)}
        table={{
          caption: t.pathCaption,
          columns: t.pathColumns,
          rows: STEPS.slice(0, step + 1).map((s) => [
            s,
            ...(runs.adam.theta[s] ?? []).map(fixed),
            ...(runs.adamw.theta[s] ?? []).map(fixed),
          ]),
        }}
      />
    </DemoFrame>
  );
}
