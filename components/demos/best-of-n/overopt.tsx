'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatN, formatValue } from './format';
import { OverChart } from './overopt-chart';
import {
  goldCurve,
  overTable,
  pointAt,
  readOver,
  samplesForKl,
  SLIDER_DIVISIONS,
  type OverError,
  type OverReading,
} from './overopt-compute';
import { OVER_TEXT, type OverText } from './overopt-text';
import {
  DEFAULT_OVER,
  loadedPreset,
  METHODS,
  OVER_FIELDS,
  PRESET_KEYS,
  PRESETS,
  type OverDraft,
  type OverField,
} from './presets';
import { encodeOver, type OverLinked } from './url-state';

type Valid = Extract<OverReading, { ok: true }>;

const POSITIONS = Array.from({ length: SLIDER_DIVISIONS + 1 }, (_, i) => i);

function errorText(t: OverText, e: OverError): string {
  return e.kind === 'field' ? t.fieldError(t.fields[e.field], e.error) : t.libError(e.message);
}

function invalidFields(reading: OverReading): OverField[] {
  if (reading.ok) return [];
  return reading.error.kind === 'field' ? [reading.error.field] : reading.error.fields;
}

/** The default coefficients' reading (valid by construction; a failure is a bug in presets.ts). */
function defaultReading(): Valid {
  const reading = readOver(DEFAULT_OVER);
  if (!reading.ok) throw new Error(`the default over-optimisation fit is invalid: ${reading.error.kind}`);
  return reading;
}

/**
 * The over-optimisation view: Gao et al.'s gold-reward forms for best-of-n and RL with the
 * reader's α and β (illustrative presets), the peak from `overoptimizationPeak` marked, and a
 * slider along d = √KL reading the gold gain there. Bad coefficients (β ≤ 0: no peak) show an
 * inline message and keep the last valid curve; the address carries the state (`oo-` keys).
 */
export function OverPanel({ initial }: { initial: OverLinked }) {
  const t = OVER_TEXT[useLocale()];
  const ids = { error: useId(), method: useId() };
  const [draft, setDraft] = useState<OverDraft>(initial.draft);
  const [at, setAt] = useState(initial.at);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readOver(draft), [draft]);
  // On bad input the last valid curve stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<Valid>(() => (reading.ok ? reading : defaultReading()));
  if (reading.ok && reading !== good) setGood(reading);
  const { config } = reading.ok ? reading : good;
  useWriteQuery(encodeOver({ draft, at }), changed && reading.ok);

  const curve = useMemo(() => goldCurve(config), [config]);
  const point = useMemo(() => pointAt(config, at), [config, at]);
  const samples = useMemo(
    () => (config.fit.method === 'bon' ? samplesForKl(config.peak.kl) : null),
    [config],
  );
  const rows = useMemo(() => overTable(config), [config]);

  const edit = (next: OverDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const invalid = invalidFields(reading);
  const loaded = loadedPreset(draft);
  const method = config.fit.method;
  const readout = t.readout({
    peakD: formatValue(config.peak.d),
    peakKl: formatValue(config.peak.kl),
    peakGold: formatValue(config.peak.gold),
    n: samples === null ? null : formatN(samples),
    d: formatValue(point.d),
    kl: formatValue(point.kl),
    gold: formatValue(point.gold),
    where: point.where,
  });

  return (
    <DemoFrame id="best-of-n" title={t.title} hint={t.hint}>
      <div data-tab="overoptimization">
        <fieldset>
          <legend className="text-sm font-medium">{t.methodLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {METHODS.map((m) => (
              <label key={m} className="flex min-h-6 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={ids.method}
                  value={m}
                  checked={draft.method === m}
                  onChange={() => edit({ ...draft, method: m })}
                  className="size-4 accent-accent"
                />
                {t.methods[m]}
                <span className="font-mono text-xs text-muted">{t.formulas[m]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-3 grid grid-cols-2 gap-x-3 gap-y-2">
          {OVER_FIELDS.map((f) => (
            <NumberInput
              key={f}
              label={t.fields[f]}
              hint={t.fieldHints[f]}
              value={draft[f]}
              invalid={invalid.includes(f)}
              describedBy={ids.error}
              onChange={(text) => edit({ ...draft, [f]: text })}
            />
          ))}
        </div>
        <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />
        <PresetButtons
          label={t.presets}
          keys={PRESET_KEYS}
          names={t.presetNames}
          onPick={(key) => edit(PRESETS[key])}
          className="mt-1"
        />
        <p className="mt-1 text-xs text-muted" data-preset-note={loaded ?? ''}>
          {t.presetNote}
        </p>

        <div className="mt-4">
          <RangeField
            label={t.slider}
            steps={POSITIONS}
            index={at}
            onIndexChange={(i) => {
              setAt(i);
              setChanged(true);
            }}
            format={(i) => `d = ${formatValue(pointAt(config, i).d)}`}
          />
        </div>
        <output
          data-readout
          data-where={point.where}
          aria-live="polite"
          className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
        >
          {readout}
        </output>
        <p className="mt-2 text-sm">{t.peakFormulas[method]}</p>
        <p className="mt-1 text-xs text-muted">{t.proxyNote}</p>

        <OverChart
          dMax={config.dMax}
          low={curve.low}
          high={curve.high}
          points={curve.points}
          peak={[config.peak.d, config.peak.gold]}
          at={[point.d, point.gold]}
          summary={t.chartSummary(readout)}
          t={t}
          table={{
            summary: t.tableSummary,
            caption: t.tableCaption,
            columns: t.columns,
            rows: rows.map((r) => [
              r.peak ? t.peakRow(formatValue(r.d)) : formatValue(r.d),
              formatValue(r.kl),
              formatValue(r.gold),
            ]),
          }}
        />
      </div>
    </DemoFrame>
  );
}
