'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatScientific } from '@/lib/format';
import { ScheduleChart } from './chart';
import {
  PRESET_KEYS,
  PRESETS,
  SCHEDULE_KINDS,
  sameDraft,
  type PresetKey,
  type ScheduleDraft,
  type ScheduleField,
  type ScheduleKind,
} from './presets';
import {
  curveSteps,
  defaultIndex,
  fieldsFor,
  formatShare,
  fractionAt,
  lrAt,
  MAX_TOTAL_STEPS,
  phaseAt,
  readSchedule,
  sliderSteps,
  tableSteps,
  usesMinRatio,
  type ScheduleConfig,
  type ScheduleError,
  type ScheduleResult,
} from './schedule';
import { TEXT, type ScheduleText } from './text';
import { encodeState, type LinkedState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const lrText = (v: number) => formatScientific(v, 3);
const count = (n: number) => (Number.isSafeInteger(n) ? groupDigits(n) : String(n));

function errorText(t: ScheduleText, e: ScheduleError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.libError(e.message);
    case 'noSteps':
      return t.noSteps;
    case 'tooLong':
      return t.tooLong(groupDigits(MAX_TOTAL_STEPS));
    case 'warmupTooLong':
      return t.warmupTooLong(count(e.warmup), count(e.total));
    case 'decayFraction':
      return t.decayFraction(String(e.value));
    case 'noDecaySteps':
      return t.noDecaySteps(String(e.value), count(e.total));
    case 'decayTooLong':
      return t.decayTooLong(count(e.warmup), count(e.decaySteps), count(e.total));
  }
}

function invalidFields(result: ScheduleResult): ScheduleField[] {
  if (result.ok) return [];
  const e = result.error;
  switch (e.kind) {
    case 'field':
      return [e.field];
    case 'lib':
      return e.fields;
    case 'noSteps':
    case 'tooLong':
      return ['total'];
    case 'warmupTooLong':
      return ['warmup', 'total'];
    default:
      return ['decay'];
  }
}

/** A preset's schedule (every preset is valid; a failure here is a bug in presets.ts). */
function presetConfig(key: PresetKey): ScheduleConfig {
  const result = readSchedule(PRESETS[key]);
  if (!result.ok) throw new Error(`preset ${key} is invalid: ${result.error.kind}`);
  return result.config;
}

/**
 * The schedule explorer: a learning-rate schedule typed as HF's arguments, drawn over the whole
 * run with `learningRate` from lib/training, and the rate at the step the slider picks as the
 * readout. Bad input shows lib's message (or the demo's, for what lib allows) and keeps the last
 * valid chart; once the learner changes something the address carries the state.
 */
export function Explorer({
  preset,
  linked,
}: {
  preset: PresetKey;
  linked: (LinkedState & { hasIndex: boolean }) | null;
}) {
  const t = TEXT[useLocale()];
  const ids = { schedule: useId(), error: useId() };
  const [draft, setDraft] = useState<ScheduleDraft>(linked?.draft ?? PRESETS[preset]);
  const result = useMemo(() => readSchedule(draft), [draft]);
  // On bad input the last valid schedule stays on screen (the preset's if a link starts bad).
  const [good, setGood] = useState<{ result: ScheduleResult; config: ScheduleConfig }>(() => ({
    result,
    config: result.ok ? result.config : presetConfig(preset),
  }));
  if (result.ok && result !== good.result) setGood({ result, config: result.config });
  const config = result.ok ? result.config : good.config;
  const [index, setIndex] = useState(() => (linked?.hasIndex ? linked.index : defaultIndex(good.config)));
  const [changed, setChanged] = useState(false);

  const view = useMemo(() => {
    const steps = sliderSteps(config.totalSteps);
    const points = curveSteps(config).map((s) => [s, lrAt(config, s)] as const);
    const last = lrAt(config, config.totalSteps);
    const floor = usesMinRatio(config.schedule) && config.minLrRatio > 0 ? last : null;
    const rows = tableSteps(config).map((s) => [
      groupDigits(s),
      lrText(lrAt(config, s)),
      formatShare(fractionAt(config, s)),
      t.phases[phaseAt(config, s)],
    ]);
    return { steps, points, last, floor, rows };
  }, [config, t]);
  const step = view.steps[index] ?? 0;
  const reading = useMemo(
    () => ({ lr: lrAt(config, step), fraction: fractionAt(config, step), phase: phaseAt(config, step) }),
    [config, step],
  );
  const readout = t.readout(
    groupDigits(step),
    groupDigits(config.totalSteps),
    t.phases[reading.phase],
    lrText(reading.lr),
    formatShare(reading.fraction),
  );

  // Keep the address in step once the learner has changed something (replaceState: Back still
  // leaves the page); only valid settings are written.
  useEffect(() => {
    if (!changed || !result.ok) return;
    const url = new URL(window.location.href);
    url.search = encodeState(url.search, preset, { draft, index });
    window.history.replaceState(window.history.state, '', url);
  }, [changed, result.ok, draft, index, preset]);

  const edit = (patch: Partial<ScheduleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const pick = (key: PresetKey) => {
    setDraft(PRESETS[key]);
    setIndex(defaultIndex(presetConfig(key)));
    setChanged(true);
  };
  const invalid = invalidFields(result);
  const loaded = PRESET_KEYS.find((key) => sameDraft(draft, PRESETS[key]));

  return (
    <DemoFrame id="schedule-explorer" title={t.title} hint={t.hint}>
      <div className="flex flex-col gap-0.5 text-sm">
        <label htmlFor={ids.schedule} className="font-medium">
          {t.schedule}
        </label>
        <select
          id={ids.schedule}
          value={draft.schedule}
          onChange={(e) => edit({ schedule: e.target.value as ScheduleKind })}
          className={SELECT}
        >
          {SCHEDULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.schedules[kind]}
            </option>
          ))}
        </select>
      </div>

      <div className="mt-3 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
        {fieldsFor(draft.schedule).map((field) => (
          <NumberInput
            key={field}
            label={t.fields[field]}
            hint={t.fieldHints[field]}
            value={draft[field]}
            invalid={invalid.includes(field)}
            describedBy={ids.error}
            onChange={(text) => edit({ [field]: text } as Partial<ScheduleDraft>)}
          />
        ))}
      </div>
      <InputError id={ids.error} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />

      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={pick}
        className="mt-1"
      />
      {loaded && <p className="mt-1 text-xs text-muted">{t.presetNotes[loaded]}</p>}

      <div className="mt-4">
        <RangeField
          label={t.step}
          steps={view.steps}
          index={index}
          onIndexChange={(i) => {
            setIndex(i);
            setChanged(true);
          }}
          format={groupDigits}
        />
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>

      <ScheduleChart
        config={config}
        points={view.points}
        at={[step, reading.lr]}
        floor={view.floor}
        summary={t.chartSummary(
          t.schedules[config.schedule],
          lrText(config.peakLr),
          lrText(view.last),
          readout,
        )}
        t={t}
        table={{ summary: t.tableSummary, caption: t.tableCaption, columns: t.columns, rows: view.rows }}
      />
    </DemoFrame>
  );
}
