'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { DpoChart } from './chart';
import {
  formatSigned,
  formatValue,
  lossAt,
  lossCurve,
  readDraft,
  type DpoError,
  type DpoReading,
} from './compute';
import {
  DEFAULT_DRAFT,
  LOGP_FIELDS,
  LOSS_TYPES,
  PRESET_KEYS,
  loadedPreset,
  withPolicyAsReference,
  withPreset,
  type DpoDraft,
  type DpoField,
} from './presets';
import { TEXT, type DpoText } from './text';
import { encodeState } from './url-state';

/** β values the slider visits (TRL's default 0.1 among them); a typed β is added in its place. */
const BETA_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5];

type Valid = Extract<DpoReading, { ok: true }>;

function errorText(t: DpoText, e: DpoError): string {
  if (e.kind === 'field') return t.fieldError(t.fields[e.field], e.error);
  if (e.kind === 'overflow') return t.overflow;
  const field = e.fields[0];
  const rule =
    field === undefined
      ? t.rules.other
      : field === 'beta'
        ? t.rules.beta
        : field === 'eps'
          ? t.rules.eps
          : t.rules.logp;
  return t.libError(field === undefined ? '' : t.fields[field], rule, e.message);
}

function invalidFields(reading: DpoReading): DpoField[] {
  if (reading.ok) return [];
  const e = reading.error;
  return e.kind === 'field' ? [e.field] : e.kind === 'lib' ? e.fields : [];
}

/** The default draft's reading (valid by construction; a failure is a bug in presets.ts). */
function defaultReading(): Valid {
  const reading = readDraft(DEFAULT_DRAFT);
  if (!reading.ok) throw new Error(`the default DPO draft is invalid: ${reading.error.kind}`);
  return reading;
}

/**
 * The DPO calculator: four log-probabilities, β, the loss type and ε give the loss, the implicit
 * rewards, the margin and the gradient weight (lib/alignment), and the loss curve against h with
 * the current pair marked. Bad input shows an inline message and keeps the last valid result;
 * once the learner changes something the address carries the state.
 */
export function Calculator({ initial }: { initial: DpoDraft }) {
  const t = TEXT[useLocale()];
  const ids = { loss: useId(), error: useId() };
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid result stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<Valid>(() => (reading.ok ? reading : defaultReading()));
  if (reading.ok && reading !== good) setGood(reading);
  const { config, view } = reading.ok ? reading : good;
  useWriteQuery(encodeState(draft), changed && reading.ok);

  const curve = useMemo(() => lossCurve(config, view.h), [config, view.h]);
  const rows = useMemo(
    () => [
      ...curve.ticks.map((h) => [formatValue(h), formatValue(lossAt(config, h))]),
      [t.currentRow(formatValue(view.h)), formatValue(view.loss)],
    ],
    [curve, config, view, t],
  );
  const betaSteps = useMemo(
    () => [...new Set([...BETA_STEPS, config.beta])].sort((a, b) => a - b),
    [config.beta],
  );

  const edit = (next: DpoDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const invalid = invalidFields(reading);
  const loaded = loadedPreset(draft);
  const name = t.lossNames[config.lossType];
  const loss = formatValue(view.loss);
  const field = (f: DpoField) => (
    <NumberInput
      key={f}
      label={t.fields[f]}
      hint={t.fieldHints[f]}
      value={draft[f]}
      invalid={invalid.includes(f)}
      describedBy={ids.error}
      onChange={(text) => edit({ ...draft, [f]: text })}
    />
  );
  const direction = (reward: number) => {
    const text = formatValue(reward);
    return text === '0.0000' ? t.direction.same : reward > 0 ? t.direction.above : t.direction.below;
  };
  const weightFormula =
    config.lossType === 'sigmoid'
      ? config.labelSmoothing > 0
        ? t.weightFormulas.sigmoidSmoothed
        : t.weightFormulas.sigmoid
      : t.weightFormulas[config.lossType];
  const terms: [string, string, string][] = [
    [t.terms.h, t.termHints.h, formatSigned(view.h)],
    [
      t.terms.chosenReward,
      t.termHints.chosenReward,
      t.withDirection(formatSigned(view.chosenReward), direction(view.chosenReward)),
    ],
    [
      t.terms.rejectedReward,
      t.termHints.rejectedReward,
      t.withDirection(formatSigned(view.rejectedReward), direction(view.rejectedReward)),
    ],
    [t.terms.margin, t.termHints.margin, formatSigned(view.margin)],
    [t.terms.weight, weightFormula, formatValue(view.weight)],
  ];

  return (
    <DemoFrame id="dpo-calculator" title={t.title} hint={t.hint}>
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">{LOGP_FIELDS.map(field)}</div>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          onClick={() => edit(withPolicyAsReference(draft))}
          className="min-h-6 rounded-md border border-line px-2.5 py-1 font-medium hover:bg-surface-2"
        >
          {t.policyAsReference}
        </button>
      </div>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => edit(withPreset(draft, key))}
        className="mt-2"
      />
      {loaded && (
        <p className="mt-1 text-xs text-muted" data-preset-note>
          {t.presetNotes[loaded]}
        </p>
      )}

      <div className="mt-4">
        <RangeField
          label={t.betaSlider}
          steps={betaSteps}
          index={Math.max(0, betaSteps.indexOf(config.beta))}
          onIndexChange={(i) => edit({ ...draft, beta: String(betaSteps[i] ?? config.beta) })}
          format={String}
        />
      </div>
      <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
        {field('beta')}
        {field('eps')}
      </div>
      <p className="mt-1 text-xs text-muted">{t.epsNote}</p>

      <fieldset className="mt-3">
        <legend className="text-sm font-medium">{t.lossLegend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {LOSS_TYPES.map((type) => (
            <label key={type} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                type="radio"
                name={ids.loss}
                value={type}
                checked={draft.lossType === type}
                onChange={() => edit({ ...draft, lossType: type })}
                className="size-4 accent-accent"
              />
              {t.lossNames[type]}
              <span className="font-mono text-xs text-muted">{t.lossFormulas[type]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.lossType === 'ipo' && (
        <p className="mt-1 text-xs text-muted" data-ipo-note>
          {t.ipoNote}
        </p>
      )}

      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(name, loss)}
      </output>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-terms>
        {terms.map(([term, hint, value]) => (
          <div key={term} className="contents">
            <dt>
              {term} <span className="font-mono text-xs text-muted">{hint}</span>
            </dt>
            <dd className="font-mono tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-muted">{t.weightNote}</p>

      <DpoChart
        domain={curve.domain}
        top={curve.top}
        points={curve.points}
        at={[view.h, view.loss]}
        summary={t.chartSummary(name, formatValue(view.h), loss)}
        t={t}
        table={{ summary: t.tableSummary, caption: t.tableCaption(name), columns: t.columns, rows }}
      />
    </DemoFrame>
  );
}
