'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { useOpenedParam, useWriteParam } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatBytes } from '@/lib/format';
import { MemoryChart } from './chart';
import { SetupFields, StageControls } from './form';
import {
  decimalGigabytes,
  fitOf,
  trainingMemory,
  type MemoryError,
  type MemoryResult,
  type MemoryView,
} from './memory';
import {
  draftOf,
  PRESET_KEYS,
  PRESETS,
  STAGES,
  type Field,
  type Options,
  type PresetKey,
  type Setup,
} from './presets';
import { decodeSetup, encodeSetup, PARAM } from './state';
import { TEXT, type MemoryText } from './text';

function errorText(t: MemoryText, e: MemoryError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.libError(e.fields.map((f) => `“${t.fields[f]}”`).join(', '), e.message);
    case 'tpHeads':
      return t.tpHeadsError(e.tp, e.heads);
    case 'batch':
      return t.batchError(e.globalBatch, e.microBatch, e.dp);
    case 'tooLarge':
      return t.tooLarge;
  }
}

function invalidFields(result: MemoryResult): Field[] {
  if (result.ok) return [];
  const e = result.error;
  switch (e.kind) {
    case 'field':
      return [e.field];
    case 'lib':
      return e.fields;
    case 'tpHeads':
      return ['tp', 'heads'];
    case 'batch':
      return ['globalBatch', 'microBatch', 'dp'];
    case 'tooLarge':
      return [];
  }
}

/**
 * The client island: the static HTML shows the `preset`; in the browser a shared `?memory=` link
 * is read once after hydration and, if lib/ accepts it, the calculator remounts with it.
 */
export function TrainingMemoryDemo({ preset }: { preset: PresetKey }) {
  const opened = useOpenedParam(PARAM);
  const shared = useMemo(() => {
    const setup = decodeSetup(opened);
    return setup && trainingMemory(draftOf(setup.values), setup.options).ok ? setup : null;
  }, [opened]);
  return <Calculator key={shared ? encodeSetup(shared) : 'default'} initial={shared ?? PRESETS[preset]} />;
}

/**
 * Per-GPU bytes of parameters, gradients, optimizer state (`modelStateBytes`, split by ZeRO's
 * accounting) and activations (`activationBytes`) at the chosen ZeRO stage, with the other stages
 * beside it in the chart; the readout is the selected stage's total. Bad input shows the reason
 * inline and keeps the last valid numbers.
 */
function Calculator({ initial }: { initial: Setup }) {
  const t = TEXT[useLocale()];
  const errorId = useId();
  const [start] = useState(() => ({ draft: draftOf(initial.values), options: initial.options }));
  const [draft, setDraft] = useState<Record<Field, string>>(start.draft);
  const [options, setOptions] = useState<Options>(start.options);
  // Identity, not value: once the learner has changed anything the address follows, even back to the start.
  const changed = draft !== start.draft || options !== start.options;
  const result = useMemo(() => trainingMemory(draft, options), [draft, options]);
  // Every preset (and every accepted shared link) is valid, so the first result is too.
  const [good, setGood] = useState<{ result: MemoryResult; view: MemoryView }>(() => ({
    result,
    view: (result as Extract<MemoryResult, { ok: true }>).view,
  }));
  if (result.ok && result !== good.result) setGood({ result, view: result.view });
  const view = result.ok ? result.view : good.view;
  useWriteParam(PARAM, encodeSetup({ values: view.values, options }), changed);

  const stage = view.stages[options.stage];
  const fit = fitOf(stage.total);
  const fitText = fit.fits ? t.fits(formatBytes(fit.margin)) : t.fitsNot(formatBytes(fit.margin));
  const onOptions = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));

  return (
    <DemoFrame id="training-memory" title={t.title} hint={t.hint}>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => {
          setDraft(draftOf(PRESETS[key].values));
          setOptions(PRESETS[key].options);
        }}
        className="mb-3"
      />
      <StageControls t={t} options={options} onChange={onOptions} />

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(formatBytes(stage.total), groupDigits(Math.round(stage.total)))}
      </output>
      <p className="mt-2 text-sm font-medium" data-fit={fit.fits ? 'yes' : 'no'}>
        {fit.fits ? '✓ ' : '✗ '}
        {fitText}
      </p>
      <p className="mt-1 text-sm" data-model-states>
        {t.modelStates(
          groupDigits(Math.round(stage.modelStates)),
          decimalGigabytes(stage.modelStates),
          formatBytes(stage.modelStates),
        )}
        {stage.cpu > 0 && ` ${t.cpu(formatBytes(stage.cpu))}`}
      </p>

      <MemoryChart
        stages={view.stages}
        selected={options.stage}
        t={t}
        summary={t.chartSummary(
          t.stageShort(options.stage),
          formatBytes(stage.total),
          fitText,
          STAGES.map((s) => `${t.stageShort(s)} ${formatBytes(view.stages[s].total)}`).join(', '),
        )}
      />

      <SetupFields
        t={t}
        draft={draft}
        invalid={invalidFields(result)}
        errorId={errorId}
        options={options}
        onField={(field, text) => setDraft((d) => ({ ...d, [field]: text }))}
        onOptions={onOptions}
      />
      <InputError id={errorId} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />
      <p className="text-sm" data-batch>
        {t.batch(view.accumulation, groupDigits(view.tokensPerStep))} {t.totalGpus(groupDigits(view.gpus))}
      </p>
      <p className="mt-2 text-sm text-muted">{t.formula}</p>
      <p className="mt-1 text-sm text-muted">{t.caveat}</p>
    </DemoFrame>
  );
}
